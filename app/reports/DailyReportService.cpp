// SPDX-License-Identifier: Apache-2.0
#include "reports/DailyReportService.h"

#include "db/DbSession.h"

#include <QLocale>

namespace minwon {

DailyReportService::DailyReportService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::DailyReport>();
}

void DailyReportService::load(const QDate& from, const QDate& to, Done done, QObject* context)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run(
        [from, to, korean](QSqlDatabase& db) {
            DailyReport report;
            QString error;
            if (!DailyReport::load(db, from, to, korean, &report, &error))
                return DbResult::failure(DbError::Kind::Other, error);
            return DbResult::success(QVariant::fromValue(report));
        },
        [done](const DbResult& result) {
            done(result.ok, result.ok ? result.value.value<DailyReport>() : DailyReport(), result.message);
        },
        context);
}

} // namespace minwon
