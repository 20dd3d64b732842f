// SPDX-License-Identifier: Apache-2.0
#include "services/CaseService.h"

#include "db/DbSession.h"
#include "domain/Labels.h"
#include "services/CaseWriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace minwon {

namespace {

struct CaseServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
};

QString id(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// The personal fields of each case row, looked up one case at a time:
// case_personal is a security-barrier view, and as a plain join the planner
// would mask every case of the city before joining (a sequential scan).
const QString kPersonalJoin = QStringLiteral(
    "LEFT JOIN LATERAL (SELECT p.citizen_name, p.phone, p.address, p.citizen_name_masked, p.phone_masked "
    "FROM case_personal p WHERE p.id = c.id OFFSET 0) cp ON true ");

const QString kSummaryColumns = QStringLiteral(
    "c.id, c.opened_at, c.channel, coalesce(c.subcategory_code, c.category_code, ''), c.summary, c.state, "
    " coalesce(p.display_name, ''), coalesce(c.wrapup_code, ''), "
    " (SELECT string_agg(v.title || ' (v' || cq.version_no || ')', E'\\n' ORDER BY cq.quoted_at) "
    "    FROM case_quotes cq JOIN kb_versions v ON v.article_id = cq.article_id AND v.version_no = "
    "cq.version_no "
    "   WHERE cq.case_id = c.id), "
    " (SELECT string_agg(d.name_ko || E'\\t' || f.state, E'\\n' ORDER BY f.sent_at) "
    "    FROM forwards f JOIN departments d ON d.code = f.department_code WHERE f.case_id = c.id), "
    " coalesce(c.review_comment, ''), coalesce(cp.citizen_name_masked, ''), coalesce(cp.phone_masked, '') ");

QList<CaseSummary> readSummaries(QSqlQuery& q)
{
    QList<CaseSummary> rows;
    while (q.next()) {
        CaseSummary row;
        row.id = QUuid::fromString(q.value(0).toString());
        row.openedAt = q.value(1).toDateTime();
        row.channel = q.value(2).toString();
        row.category = q.value(3).toString();
        row.summary = q.value(4).toString();
        row.state = q.value(5).toString();
        row.counselorName = q.value(6).toString();
        row.wrapupCode = q.value(7).toString();
        row.quotedGuidance = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& f : q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            row.forwardStates << f.section(QLatin1Char('\t'), 0, 0) + QStringLiteral(": ")
                    + labels::forwardState(f.section(QLatin1Char('\t'), 1));
        row.reviewComment = q.value(10).toString();
        // Masked by the database (case_personal): the clear values never
        // reach a list.
        row.citizenNameMasked = q.value(11).toString();
        row.phoneMasked = q.value(12).toString();
        rows.append(row);
    }
    return rows;
}

QString revealError(const DbResult& result)
{
    const QString text = result.error.databaseText();
    if (text.contains(QLatin1String("say why")))
        return CaseServiceTr::tr("Give a reason to see personal data.");
    if (text.contains(QLatin1String("longer than 500")))
        return CaseServiceTr::tr("The reason may be at most 500 characters.");
    if (result.kind == DbError::Kind::PermissionDenied)
        return CaseServiceTr::tr("You may see the personal data only of cases you handle.");
    return result.message;
}

} // namespace

CaseService::CaseService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::CaseSummary>();
    qRegisterMetaType<minwon::PersonalData>();
    qRegisterMetaType<minwon::ForwardView>();
    qRegisterMetaType<minwon::DuplicateCandidate>();
    qRegisterMetaType<minwon::CaseRecord>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& rowId, const QJsonObject& payload) {
                if (table == QLatin1String("case_editors"))
                    emit editorsChanged(QUuid::fromString(rowId));
                else if (table == QLatin1String("cases"))
                    emit caseChanged(QUuid::fromString(rowId), payload.value(QStringLiteral("v")).toInt());
            });
}

void CaseService::save(const CaseRecord& record, const QUuid& operationId, SaveCallback done)
{
    m_session->run(
        [record, operationId](QSqlDatabase& db) {
            const CaseWriteResult r = writeCase(db, record, operationId);
            if (r.status == CaseWriteResult::Status::Failed)
                return DbResult::failure(r.error);
            return DbResult::success(r.status == CaseWriteResult::Status::Conflict ? -1 : r.version);
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(DbError::isTransient(result.kind) ? SaveStatus::Offline : SaveStatus::Failed, 0,
                     result.message);
            else if (result.value.toInt() < 0)
                done(SaveStatus::Conflict, 0,
                     CaseServiceTr::tr("Someone else saved this case meanwhile; nothing was overwritten."));
            else
                done(SaveStatus::Saved, result.value.toInt(), {});
        },
        this);
}

void CaseService::load(const QUuid& caseId, std::function<void(bool, const CaseRecord&, const QString&)> done)
{
    m_session->run(
        [caseId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(
                // The personal fields come through case_personal: in clear
                // for the counselor who holds the case open, masked otherwise.
                QStringLiteral(
                    "SELECT c.id, c.contact_id, c.channel, coalesce(c.sender, ''), "
                    " coalesce(cp.citizen_name, ''), coalesce(cp.phone, ''), coalesce(cp.address, ''), "
                    " coalesce(c.category_code, ''), coalesce(c.subcategory_code, ''), c.summary, "
                    " c.answer, coalesce(c.wrapup_code, ''), c.callback_requested, c.callback_at, "
                    " c.state, c.version, coalesce(c.review_comment, '') "
                    "FROM cases c ")
                + kPersonalJoin + QStringLiteral("WHERE c.id = ?::uuid"));
            q.addBindValue(id(caseId));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            if (!q.next())
                return DbResult::failure(DbError::Kind::Other,
                                         CaseServiceTr::tr("The case no longer exists."));
            CaseRecord r;
            r.id = QUuid::fromString(q.value(0).toString());
            r.contactId = QUuid::fromString(q.value(1).toString());
            r.channel = q.value(2).toString();
            r.sender = q.value(3).toString();
            r.citizenName = q.value(4).toString();
            r.phone = q.value(5).toString();
            r.address = q.value(6).toString();
            r.category = q.value(7).toString();
            r.subcategory = q.value(8).toString();
            r.summary = q.value(9).toString();
            r.answer = q.value(10).toString();
            r.wrapupCode = q.value(11).toString();
            r.callbackRequested = q.value(12).toBool();
            r.callbackAt = q.value(13).toDateTime();
            r.state = q.value(14).toString();
            r.version = q.value(15).toInt();
            r.reviewComment = q.value(16).toString();
            q.prepare(QStringLiteral("SELECT article_id, version_no FROM case_quotes WHERE case_id = ?::uuid "
                                     "ORDER BY quoted_at"));
            q.addBindValue(id(caseId));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            while (q.next())
                r.quotes.append({q.value(0).toString(), q.value(1).toInt()});
            q.prepare(
                QStringLiteral("SELECT id, kind, place_address, coalesce(business_name, ''), observed_at, "
                               "description, duplicate_of FROM violation_reports WHERE case_id = ?::uuid "
                               "ORDER BY created_at LIMIT 1"));
            q.addBindValue(id(caseId));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            if (q.next())
                r.report = ViolationReport {QUuid::fromString(q.value(0).toString()),
                                            q.value(1).toString(),
                                            q.value(2).toString(),
                                            q.value(3).toString(),
                                            q.value(4).toDateTime(),
                                            q.value(5).toString(),
                                            QUuid::fromString(q.value(6).toString())};
            return DbResult::success(QVariant::fromValue(r));
        },
        [done](const DbResult& result) {
            done(result.ok, result.ok ? result.value.value<CaseRecord>() : CaseRecord {}, result.message);
        },
        this);
}

void CaseService::loadHistory(const QString& sender, std::function<void(const QList<CaseSummary>&)> done)
{
    m_session->run(
        [sender](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
                      + QStringLiteral("FROM cases c LEFT JOIN people p ON p.id = c.counselor_id ")
                      + kPersonalJoin
                      + QStringLiteral("WHERE c.sender = ? ORDER BY c.opened_at DESC LIMIT 50"));
            q.addBindValue(sender);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            return DbResult::success(QVariant::fromValue(readSummaries(q)));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<CaseSummary>>() : QList<CaseSummary> {});
        },
        this);
}

void CaseService::loadReturned(std::function<void(const QList<CaseSummary>&)> done)
{
    m_session->run(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
                      + QStringLiteral("FROM cases c LEFT JOIN people p ON p.id = c.counselor_id ")
                      + kPersonalJoin
                      + QStringLiteral("WHERE c.state = 'returned' AND c.counselor_id = current_person_id() "
                                       "ORDER BY c.updated_at DESC LIMIT 200"));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            return DbResult::success(QVariant::fromValue(readSummaries(q)));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<CaseSummary>>() : QList<CaseSummary> {});
        },
        this);
}

void CaseService::loadForwards(const QUuid& caseId, std::function<void(const QList<ForwardView>&)> done)
{
    m_session->run(
        [caseId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT f.id, d.name_ko, d.name_en, f.purpose, f.state, coalesce(f.result, ''), "
                " f.sent_at, f.due_at, f.version FROM forwards f "
                "JOIN departments d ON d.code = f.department_code WHERE f.case_id = ?::uuid "
                "ORDER BY f.sent_at"));
            q.addBindValue(id(caseId));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            QList<ForwardView> rows;
            while (q.next())
                rows.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toDateTime(), q.value(7).toDateTime(), q.value(8).toInt()});
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<ForwardView>>() : QList<ForwardView> {});
        },
        this);
}

void CaseService::reopen(const QUuid& caseId, const QUuid& contactId,
                         std::function<void(bool, const QString&)> done)
{
    m_session->run(
        [caseId, contactId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT reopen_case(?::uuid, ?::uuid)"));
            q.addBindValue(id(caseId));
            q.addBindValue(contactId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(id(contactId)));
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(q.value(0));
        },
        [done](const DbResult& result) {
            if (result.ok)
                done(true, {});
            else if (result.error.databaseText().contains(QLatin1String("can be reopened")))
                done(false, CaseServiceTr::tr("Only a completed or returned case can be reopened."));
            else
                done(false, result.message);
        },
        this);
}

void CaseService::openEdit(const QUuid& caseId)
{
    m_session->run([caseId](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT open_case_edit(?::uuid)"));
        q.addBindValue(id(caseId));
        return q.exec() ? DbResult::success() : DbResult::failure(q.lastError());
    });
}

void CaseService::closeEdit(const QUuid& caseId)
{
    m_session->run([caseId](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT close_case_edit(?::uuid)"));
        q.addBindValue(id(caseId));
        return q.exec() ? DbResult::success() : DbResult::failure(q.lastError());
    });
}

void CaseService::otherEditors(const QUuid& caseId, std::function<void(const QStringList&)> done)
{
    m_session->run(
        [caseId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT display_name FROM case_other_editors(?::uuid)"));
            q.addBindValue(id(caseId));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            return DbResult::success(names);
        },
        [done](const DbResult& result) { done(result.ok ? result.value.toStringList() : QStringList {}); },
        this);
}

void CaseService::findDuplicates(const QString& address, const QString& business, const QDateTime& observedAt,
                                 const QUuid& excludeReport,
                                 std::function<void(const QList<DuplicateCandidate>&)> done)
{
    m_session->run(
        [address, business, observedAt, excludeReport](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT id, case_id, kind, place_address, coalesce(business_name, ''), observed_at "
                "FROM find_duplicate_reports(?, ?, ?, 3, ?::uuid)"));
            q.addBindValue(address);
            q.addBindValue(business);
            q.addBindValue(observedAt);
            q.addBindValue(excludeReport.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(id(excludeReport)));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            QList<DuplicateCandidate> rows;
            while (q.next())
                rows.append({QUuid::fromString(q.value(0).toString()),
                             QUuid::fromString(q.value(1).toString()), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toDateTime()});
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<DuplicateCandidate>>() : QList<DuplicateCandidate> {});
        },
        this);
}

void CaseService::reveal(const QUuid& caseId, const QString& field, const QString& reason,
                         std::function<void(bool, const QString&, const QString&)> done)
{
    m_session->run(
        [caseId, field, reason](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT reveal_case_field(?::uuid, ?, ?)"));
            q.addBindValue(id(caseId));
            q.addBindValue(field);
            q.addBindValue(reason);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(q.value(0));
        },
        [done](const DbResult& result) {
            if (result.ok)
                done(true, result.value.toString(), {});
            else
                done(false, {}, revealError(result));
        },
        this);
}

void CaseService::revealPersonal(const QUuid& caseId, const QString& reason,
                                 std::function<void(bool, const PersonalData&, const QString&)> done)
{
    m_session->run(
        [caseId, reason](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT coalesce(citizen_name, ''), coalesce(phone, ''), "
                                     "coalesce(address, '') FROM reveal_case_pii(?::uuid, ?)"));
            q.addBindValue(id(caseId));
            q.addBindValue(reason);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(QVariant::fromValue(
                PersonalData {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}));
        },
        [done](const DbResult& result) {
            if (result.ok)
                done(true, result.value.value<PersonalData>(), {});
            else
                done(false, {}, revealError(result));
        },
        this);
}

} // namespace minwon
