// SPDX-License-Identifier: Apache-2.0
#include "reports/CaseReviewService.h"

#include "db/DbSession.h"

#include <QLocale>

namespace minwon {

CaseReviewService::CaseReviewService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::CaseRow>();
    qRegisterMetaType<minwon::CaseDetail>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString& op, const QString& id, const QJsonObject&) {
                if (table == QLatin1String("cases"))
                    emit caseChanged(QUuid::fromString(id), op);
            });
    connect(m_session, &DbSession::reconnected, this, &CaseReviewService::reconnected);
}

void CaseReviewService::count(const CaseFilter& filter, const RequestTicket& ticket, CountDone done,
                              QObject* context)
{
    m_session->run(
        [counts = m_counts, filter, ticket](QSqlDatabase& db) {
            if (ticket.isStale()) {
                ++counts->skipped;
                return DbResult::failure(DbError::Kind::Other, QString());
            }
            ++counts->run;
            return ReportStore::countCases(db, filter);
        },
        [done, ticket](const DbResult& result) {
            if (ticket.isStale())
                return;
            done(result.ok, result.ok ? result.value.toLongLong() : 0, result.message);
        },
        context);
}

void CaseReviewService::fetchPage(const CaseFilter& filter, int offset, int limit,
                                  const RequestTicket& ticket, PageDone done, QObject* context)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run(
        [counts = m_counts, filter, offset, limit, ticket, korean](QSqlDatabase& db) {
            if (ticket.isStale()) {
                ++counts->skipped;
                return DbResult::failure(DbError::Kind::Other, QString());
            }
            ++counts->run;
            return ReportStore::loadCases(db, filter, korean, offset, limit);
        },
        [done, ticket](const DbResult& result) {
            if (ticket.isStale())
                return;
            done(result.ok, result.ok ? result.value.value<QList<CaseRow>>() : QList<CaseRow>(),
                 result.message);
        },
        context);
}

void CaseReviewService::loadDetail(const QUuid& caseId, DetailDone done, QObject* context)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run(
        [caseId, korean](QSqlDatabase& db) { return ReportStore::loadCaseDetail(db, caseId, korean); },
        [done](const DbResult& result) {
            done(result.ok, result.ok ? result.value.value<CaseDetail>() : CaseDetail(), result.message);
        },
        context);
}

void CaseReviewService::review(const ReviewInput& input, ReviewDone done, QObject* context)
{
    auto status = std::make_shared<ReportStore::ReviewStatus>(ReportStore::ReviewStatus::Failed);
    m_session->run([input, status](QSqlDatabase& db) { return ReportStore::review(db, input, status.get()); },
                   [this, done, status, input](const DbResult& result) {
                       if (result.ok)
                           emit reviewed(input.caseId, input.decision);
                       done(*status, result.ok ? result.value.toInt() : 0, result.message);
                   },
                   context);
}

} // namespace minwon
