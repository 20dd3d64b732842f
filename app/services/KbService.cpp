// SPDX-License-Identifier: Apache-2.0
#include "services/KbService.h"

#include "db/DbSession.h"
#include "db/SqlArray.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace minwon {

KbService::KbService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::KbEntry>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject& payload) {
                if (table != QLatin1String("kb_versions"))
                    return;
                emit articleChanged(id, payload.value(QStringLiteral("v")).toInt(),
                                    payload.value(QStringLiteral("status")).toString());
                reload();
            });
    connect(m_session, &DbSession::reconnected, this, &KbService::reload);
}

void KbService::reload()
{
    m_session->run(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT article_id, version_no, title, body, category_code, tags, "
                                       "coalesce(source_ref, ''), "
                                       " effective_from, effective_until, status FROM kb_versions "
                                       "WHERE status IN ('published', 'superseded', 'expired') ORDER BY "
                                       "article_id, version_no")))
                return DbResult::failure(q.lastError());
            QList<KbEntry> entries;
            while (q.next()) {
                KbEntry e;
                e.articleId = q.value(0).toString();
                e.version = q.value(1).toInt();
                e.title = q.value(2).toString();
                e.body = q.value(3).toString();
                e.category = q.value(4).toString();
                e.tags = parsePgArray(q.value(5).toString());
                e.sourceRef = q.value(6).toString();
                e.effectiveFrom = q.value(7).toDate();
                e.effectiveUntil = q.value(8).toDate();
                e.status = q.value(9).toString();
                entries.append(e);
            }
            return DbResult::success(QVariant::fromValue(entries));
        },
        [this](const DbResult& result) {
            if (!result.ok)
                return;
            m_entries = result.value.value<QList<KbEntry>>();
            emit reloaded();
        },
        this);
}

const KbEntry* KbService::entry(const QString& articleId, int version) const
{
    for (const KbEntry& e : m_entries)
        if (e.articleId == articleId && e.version == version)
            return &e;
    return nullptr;
}

QList<const KbEntry*> KbService::search(const QString& query, const QDate& day, int limit) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Hit
    {
        const KbEntry* entry;
        int score;
    };
    QList<Hit> hits;
    for (const KbEntry& e : m_entries) {
        if (e.status != QLatin1String("published") || !e.inForceOn(day))
            continue;
        int score = 0;
        bool all = true;
        for (const QString& w : words) {
            const bool inTitle = e.title.contains(w, Qt::CaseInsensitive);
            const bool inTags = e.tags.join(QLatin1Char(' ')).contains(w, Qt::CaseInsensitive);
            const bool inBody = e.body.contains(w, Qt::CaseInsensitive);
            if (!inTitle && !inTags && !inBody) {
                all = false;
                break;
            }
            score += inTitle ? 10 : (inTags ? 5 : 1);
        }
        if (all)
            hits.append({&e, score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    QList<const KbEntry*> out;
    for (const Hit& h : hits) {
        if (out.size() >= limit)
            break;
        out.append(h.entry);
    }
    return out;
}

} // namespace minwon
