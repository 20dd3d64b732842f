// SPDX-License-Identifier: Apache-2.0
#include "kb/KbWorkflow.h"

#include "db/DbError.h"
#include "db/SqlArray.h"
#include "kb/KbRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace minwon {

namespace {

struct KbWorkflowTr
{
    Q_DECLARE_TR_FUNCTIONS(KbWorkflow)
};

/// The workflow rules of migration 0008 raise "[kb.key] english text":
/// say the same in the desk's language.
QString ruleMessage(const QString& key)
{
    if (key == QLatin1String("not_person"))
        return KbWorkflowTr::tr("Only a person of this call center may write or confirm guidance.");
    if (key == QLatin1String("new_status"))
        return KbWorkflowTr::tr("A new version starts as a draft or in review; an approver publishes it.");
    if (key == QLatin1String("version_no"))
        return KbWorkflowTr::tr("Someone saved a newer version of this article meanwhile. Open it again.");
    if (key == QLatin1String("frozen"))
        return KbWorkflowTr::tr("A saved version is never changed; save a new version instead.");
    if (key == QLatin1String("submit_author"))
        return KbWorkflowTr::tr("Only the author submits a draft for review.");
    if (key == QLatin1String("withdraw_author"))
        return KbWorkflowTr::tr("Only the author withdraws a version.");
    if (key == QLatin1String("approver_only"))
        return KbWorkflowTr::tr("Only an approver approves or returns guidance.");
    if (key == QLatin1String("own_version"))
        return KbWorkflowTr::tr("You wrote this version: another approver must review it.");
    if (key == QLatin1String("return_reason"))
        return KbWorkflowTr::tr("Say why the version is returned.");
    if (key == QLatin1String("no_previous"))
        return KbWorkflowTr::tr("There is no published version before this one to correct.");
    if (key == QLatin1String("scheduled"))
        return KbWorkflowTr::tr(
            "This version is scheduled for its in-force date and cannot be published earlier.");
    if (key == QLatin1String("cancel"))
        return KbWorkflowTr::tr("Only another approver cancels a scheduled version.");
    if (key == QLatin1String("supersede") || key == QLatin1String("in_force")
        || key == QLatin1String("transition"))
        return KbWorkflowTr::tr(
            "This step is not possible in the version's current state. Reload and try again.");
    return {};
}

QString describe(const QSqlError& error)
{
    static const QRegularExpression pattern(QStringLiteral("\\[kb\\.([a-z_]+)\\]"));
    const auto match = pattern.match(error.databaseText());
    if (match.hasMatch()) {
        const QString message = ruleMessage(match.captured(1));
        if (!message.isEmpty())
            return message;
    }
    return DbError::describe(error);
}

bool fail(QString* error, const QSqlQuery& q)
{
    if (error)
        *error = describe(q.lastError());
    return false;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QUuid uuid(const QVariant& v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

} // namespace

KbWorkflow::KbWorkflow(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<KbArticleSummary> KbWorkflow::articles(QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT v.article_id, v.title, v.category_code, v.version_no, v.status, "
            " coalesce((SELECT max(p.version_no) FROM kb_versions p WHERE p.article_id = v.article_id "
            "   AND p.status = 'published'), 0), coalesce(pe.display_name, ''), v.author_id, "
            " v.updated_at "
            "FROM kb_versions v LEFT JOIN people pe ON pe.id = v.author_id "
            "WHERE v.version_no = (SELECT max(l.version_no) FROM kb_versions l WHERE l.article_id = "
            "v.article_id) "
            "ORDER BY (v.status IN ('draft', 'in_review', 'approved', 'rejected')) DESC, v.updated_at DESC, "
            " v.article_id"))) {
        fail(error, q);
        return {};
    }
    QList<KbArticleSummary> rows;
    while (q.next()) {
        KbArticleSummary s;
        s.articleId = q.value(0).toString();
        s.title = q.value(1).toString();
        s.category = q.value(2).toString();
        s.latestVersion = q.value(3).toInt();
        s.latestStatus = q.value(4).toString();
        s.publishedVersion = q.value(5).toInt();
        s.authorName = q.value(6).toString();
        s.authorId = uuid(q.value(7));
        s.changedAt = q.value(8).toDateTime();
        rows.append(s);
    }
    return rows;
}

QList<KbVersionRecord> KbWorkflow::history(const QString& articleId, QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT v.version_no, v.title, v.body, v.category_code, v.tags, coalesce(v.source_ref, ''), "
        " v.effective_from, v.effective_until, coalesce(v.change_note, ''), v.is_correction, v.status, "
        " coalesce(v.corrects_version, 0), coalesce(v.review_note, ''), v.author_id, "
        " coalesce(a.display_name, ''), coalesce(ap.display_name, ''), coalesce(r.display_name, ''), "
        " v.created_at, v.submitted_at, v.approved_at, v.publish_at, v.published_at, v.returned_at, "
        " v.updated_at "
        "FROM kb_versions v LEFT JOIN people a ON a.id = v.author_id "
        "LEFT JOIN people ap ON ap.id = v.approved_by LEFT JOIN people r ON r.id = v.returned_by "
        "WHERE v.article_id = ? ORDER BY v.version_no DESC"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(error, q);
        return {};
    }
    QList<KbVersionRecord> rows;
    while (q.next()) {
        KbVersionRecord r;
        r.article.id = articleId;
        r.article.version = q.value(0).toInt();
        r.article.title = q.value(1).toString();
        r.article.body = q.value(2).toString();
        r.article.category = q.value(3).toString();
        r.article.tags = parsePgArray(q.value(4).toString());
        r.article.source = q.value(5).toString();
        r.article.effectiveFrom = q.value(6).toDate();
        r.article.effectiveUntil = q.value(7).toDate();
        r.article.changeNote = q.value(8).toString();
        r.article.correction = q.value(9).toBool();
        r.status = q.value(10).toString();
        r.correctsVersion = q.value(11).toInt();
        r.reviewNote = q.value(12).toString();
        r.authorId = uuid(q.value(13));
        r.authorName = q.value(14).toString();
        r.approverName = q.value(15).toString();
        r.returnedByName = q.value(16).toString();
        r.createdAt = q.value(17).toDateTime();
        r.submittedAt = q.value(18).toDateTime();
        r.approvedAt = q.value(19).toDateTime();
        r.publishAt = q.value(20).toDateTime();
        r.publishedAt = q.value(21).toDateTime();
        r.returnedAt = q.value(22).toDateTime();
        r.updatedAt = q.value(23).toDateTime();
        rows.append(r);
    }
    return rows;
}

int KbWorkflow::saveVersion(const ArticleFile& article, bool submit, QString* error)
{
    if (!m_db.transaction()) {
        fail(error, DbError::describe(m_db.lastError()));
        return 0;
    }
    auto rollback = [this] { m_db.rollback(); };
    QSqlQuery q(m_db);
    // Writers of the same article take turns for the next number.
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('kb:' || ?))"));
    q.addBindValue(article.id);
    if (!q.exec()) {
        fail(error, q);
        rollback();
        return 0;
    }
    q.prepare(
        QStringLiteral("SELECT coalesce(max(version_no), 0) + 1 FROM kb_versions WHERE article_id = ?"));
    q.addBindValue(article.id);
    if (!q.exec() || !q.next()) {
        fail(error, q);
        rollback();
        return 0;
    }
    const int next = q.value(0).toInt();
    if (article.version == 0 && next > 1) {
        fail(error,
             KbWorkflowTr::tr("An article with the id \"%1\" exists already. Open it to change it.")
                 .arg(article.id));
        rollback();
        return 0;
    }
    if (article.version > 0 && article.version != next - 1) {
        // The editor started from an older version than the newest.
        fail(error, ruleMessage(QStringLiteral("version_no")));
        rollback();
        return 0;
    }
    KbRepository repo(m_db);
    KbRepository::VersionMeta meta;
    meta.status = submit ? QStringLiteral("in_review") : QStringLiteral("draft");
    if (!q.exec(QStringLiteral("SELECT current_person_id()")) || !q.next()) {
        fail(error, q);
        rollback();
        return 0;
    }
    meta.authorId = uuid(q.value(0));
    ArticleFile copy = article;
    copy.correction = false;
    QString message;
    if (!repo.insertVersion(copy, next, meta, &message)) {
        // The repository describes generic errors; rule errors read better here.
        static const QRegularExpression pattern(QStringLiteral("\\[kb\\.([a-z_]+)\\]"));
        const auto match = pattern.match(message);
        const QString rule = match.hasMatch() ? ruleMessage(match.captured(1)) : QString();
        fail(error, rule.isEmpty() ? message : rule);
        rollback();
        return 0;
    }
    if (!m_db.commit()) {
        fail(error, DbError::describe(m_db.lastError()));
        rollback();
        return 0;
    }
    return next;
}

bool KbWorkflow::setStatus(const QString& articleId, int version, const QString& from, const QString& to,
                           QString* error, const QString& extraSet, const QVariantList& extraValues)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE kb_versions SET status = ?%1 WHERE article_id = ? AND version_no = ? "
                             "AND status = ? RETURNING status")
                  .arg(extraSet));
    q.addBindValue(to);
    for (const QVariant& v : extraValues)
        q.addBindValue(v);
    q.addBindValue(articleId);
    q.addBindValue(version);
    q.addBindValue(from);
    if (!q.exec())
        return fail(error, q);
    if (!q.next())
        return fail(error, ruleMessage(QStringLiteral("transition")));
    return true;
}

bool KbWorkflow::submit(const QString& articleId, int version, QString* error)
{
    return setStatus(articleId, version, QStringLiteral("draft"), QStringLiteral("in_review"), error);
}

bool KbWorkflow::withdraw(const QString& articleId, int version, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE kb_versions SET status = 'withdrawn' WHERE article_id = ? AND version_no = ? "
                       "AND status IN ('draft', 'in_review') RETURNING status"));
    q.addBindValue(articleId);
    q.addBindValue(version);
    if (!q.exec())
        return fail(error, q);
    if (!q.next())
        return fail(error, ruleMessage(QStringLiteral("transition")));
    return true;
}

QString KbWorkflow::approve(const QString& articleId, int version, bool correction, QString* error)
{
    QSqlQuery q(m_db);
    // The database decides between published and approved (scheduled).
    q.prepare(
        QStringLiteral("UPDATE kb_versions SET status = 'published', is_correction = ? "
                       "WHERE article_id = ? AND version_no = ? AND status = 'in_review' RETURNING status"));
    q.addBindValue(correction);
    q.addBindValue(articleId);
    q.addBindValue(version);
    if (!q.exec()) {
        fail(error, q);
        return {};
    }
    if (!q.next()) {
        fail(error, ruleMessage(QStringLiteral("transition")));
        return {};
    }
    return q.value(0).toString();
}

bool KbWorkflow::returnToAuthor(const QString& articleId, int version, const QString& note, QString* error)
{
    return setStatus(articleId, version, QStringLiteral("in_review"), QStringLiteral("rejected"), error,
                     QStringLiteral(", review_note = ?"), {note});
}

int KbWorkflow::publishDue(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT kb_publish_due()")) || !q.next()) {
        fail(error, q);
        return -1;
    }
    return q.value(0).toInt();
}

QList<KbCallback> KbWorkflow::callbacks(const QString& articleId, QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT article_id, wrong_version, correction_version, title, case_id, opened_at, channel, "
        " citizen_name, phone, sender, counselor_name, called_at, called_by_name FROM "
        "kb_correction_callbacks "
        "WHERE (? = '' OR article_id = ?) ORDER BY (called_at IS NULL) DESC, corrected_at DESC, opened_at "
        "DESC "
        "LIMIT 5000"));
    q.addBindValue(articleId);
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(error, q);
        return {};
    }
    QList<KbCallback> rows;
    while (q.next()) {
        KbCallback c;
        c.articleId = q.value(0).toString();
        c.wrongVersion = q.value(1).toInt();
        c.correctionVersion = q.value(2).toInt();
        c.title = q.value(3).toString();
        c.caseId = uuid(q.value(4));
        c.openedAt = q.value(5).toDateTime();
        c.channel = q.value(6).toString();
        c.citizenName = q.value(7).toString();
        c.phone = q.value(8).toString();
        c.sender = q.value(9).toString();
        c.counselorName = q.value(10).toString();
        c.calledAt = q.value(11).toDateTime();
        c.calledByName = q.value(12).toString();
        rows.append(c);
    }
    return rows;
}

bool KbWorkflow::markCalledBack(const QUuid& caseId, const QString& articleId, int correctionVersion,
                                QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kb_callbacks (case_id, article_id, correction_version) "
                             "VALUES (?::uuid, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(caseId.toString(QUuid::WithoutBraces));
    q.addBindValue(articleId);
    q.addBindValue(correctionVersion);
    if (!q.exec())
        return fail(error, q);
    return true;
}

QList<KbChange> KbWorkflow::myChanges(QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT article_id, version_no, title, status, is_correction, change_note, "
                               "changed_at FROM kb_my_changes ORDER BY changed_at DESC, article_id"))) {
        fail(error, q);
        return {};
    }
    QList<KbChange> rows;
    while (q.next()) {
        KbChange c;
        c.articleId = q.value(0).toString();
        c.version = q.value(1).toInt();
        c.title = q.value(2).toString();
        c.status = q.value(3).toString();
        c.isCorrection = q.value(4).toBool();
        c.changeNote = q.value(5).toString();
        c.changedAt = q.value(6).toDateTime();
        rows.append(c);
    }
    return rows;
}

bool KbWorkflow::acknowledge(const QList<std::pair<QString, int>>& versions, QString* error)
{
    if (!m_db.transaction())
        return fail(error, DbError::describe(m_db.lastError()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kb_acknowledgements (person_id, article_id, version_no) "
                             "VALUES (current_person_id(), ?, ?) ON CONFLICT DO NOTHING"));
    for (const auto& [articleId, version] : versions) {
        q.addBindValue(articleId);
        q.addBindValue(version);
        if (!q.exec()) {
            fail(error, q);
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(error, DbError::describe(m_db.lastError()));
    }
    return true;
}

} // namespace minwon
