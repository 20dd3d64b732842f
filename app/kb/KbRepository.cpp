// SPDX-License-Identifier: Apache-2.0
#include "kb/KbRepository.h"

#include "db/DbError.h"
#include "db/SqlArray.h"

#include <QSqlQuery>

namespace minwon {

namespace {
QVariant uuidOrNull(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>())
                       : QVariant(id.toString(QUuid::WithoutBraces));
}
QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t) : QVariant(QMetaType::fromType<QDateTime>());
}
} // namespace

KbRepository::KbRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KbRepository::insertVersion(const ArticleFile& article, int versionNo, const VersionMeta& meta,
                                 QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO kb_articles (id, created_by, created_at) "
                       "VALUES (?, ?::uuid, coalesce(?::timestamptz, now())) ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(article.id);
    q.addBindValue(uuidOrNull(meta.authorId));
    q.addBindValue(timeOrNull(meta.createdAt));
    if (!q.exec()) {
        if (error)
            *error = DbError::describe(q.lastError());
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO kb_versions (article_id, version_no, title, body, category_code, tags, source_ref, "
        " effective_from, effective_until, status, author_id, approved_by, approved_at, published_at, "
        " is_correction, change_note, created_at, publish_at, submitted_at) "
        "VALUES (?, ?, ?, ?, ?, ?::text[], nullif(?, ''), ?, ?, ?, ?::uuid, ?::uuid, ?, ?, ?, nullif(?, ''), "
        " coalesce(?::timestamptz, now()), ?, ?)"));
    q.addBindValue(article.id);
    q.addBindValue(versionNo);
    q.addBindValue(article.title);
    q.addBindValue(article.body);
    q.addBindValue(article.category);
    q.addBindValue(pgArray(article.tags));
    q.addBindValue(article.source);
    q.addBindValue(article.effectiveFrom);
    q.addBindValue(article.effectiveUntil.isValid() ? QVariant(article.effectiveUntil)
                                                    : QVariant(QMetaType::fromType<QDate>()));
    q.addBindValue(meta.status);
    q.addBindValue(uuidOrNull(meta.authorId));
    q.addBindValue(uuidOrNull(meta.approverId));
    q.addBindValue(timeOrNull(meta.approvedAt));
    q.addBindValue(timeOrNull(meta.publishedAt));
    q.addBindValue(article.correction);
    q.addBindValue(article.changeNote);
    q.addBindValue(timeOrNull(meta.createdAt));
    q.addBindValue(timeOrNull(meta.publishAt));
    q.addBindValue(timeOrNull(meta.submittedAt));
    if (!q.exec()) {
        if (error)
            *error = DbError::describe(q.lastError());
        return false;
    }
    return true;
}

} // namespace minwon
