// SPDX-License-Identifier: Apache-2.0
#include "services/OverviewService.h"

#include "db/DbSession.h"
#include "domain/Labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

namespace minwon {

namespace {

struct OverviewServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(OverviewService)
};

struct Spec
{
    QString sql;
    QStringList headers;
    int labelColumn = -1; ///< a code column shown as words
    QString (*label)(const QString&) = nullptr;
    QList<int> elapsedColumns; ///< moments shown as the time since them
};

Spec spec(OverviewService::View view, bool korean)
{
    const QString name = korean ? QStringLiteral("name_ko") : QStringLiteral("name_en");
    switch (view) {
    case OverviewService::View::AgentBoard:
        return {QStringLiteral("SELECT r.%1, p.display_name, s.state, s.since "
                               "FROM agent_status s JOIN people p ON p.id = s.person_id "
                               "LEFT JOIN rooms r ON r.id = s.room_id "
                               "ORDER BY s.room_id, s.state, s.since")
                    .arg(name),
                {OverviewServiceTr::tr("Room"), OverviewServiceTr::tr("Counselor"),
                 OverviewServiceTr::tr("State"), OverviewServiceTr::tr("For")},
                2,
                &labels::agentState,
                {3}};
    case OverviewService::View::TodayCases:
        return {QStringLiteral(
                    "SELECT to_char(c.opened_at AT TIME ZONE 'Asia/Seoul', 'HH24:MI'), ch.%1, "
                    " coalesce(cat.%1, ''), c.summary, c.state, coalesce(p.display_name, '') "
                    "FROM cases c JOIN channels ch ON ch.code = c.channel "
                    "LEFT JOIN categories cat ON cat.code = coalesce(c.subcategory_code, c.category_code) "
                    "LEFT JOIN people p ON p.id = c.counselor_id "
                    "WHERE c.opened_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Seoul') "
                    "      AT TIME ZONE 'Asia/Seoul' "
                    "ORDER BY c.opened_at DESC LIMIT 500")
                    .arg(name),
                {OverviewServiceTr::tr("Time"), OverviewServiceTr::tr("Channel"),
                 OverviewServiceTr::tr("Category"), OverviewServiceTr::tr("Summary"),
                 OverviewServiceTr::tr("State"), OverviewServiceTr::tr("Counselor")},
                4,
                &labels::caseState,
                {}};
    case OverviewService::View::KbArticles:
        return {QStringLiteral("SELECT v.article_id, v.version_no, v.title, v.status, v.effective_from, "
                               " v.effective_until, coalesce(cat.%1, v.category_code) "
                               "FROM kb_versions v LEFT JOIN categories cat ON cat.code = v.category_code "
                               "ORDER BY v.updated_at DESC, v.article_id, v.version_no DESC")
                    .arg(name),
                {OverviewServiceTr::tr("Article"), OverviewServiceTr::tr("Version"),
                 OverviewServiceTr::tr("Title"), OverviewServiceTr::tr("Status"),
                 OverviewServiceTr::tr("In force from"), OverviewServiceTr::tr("Until"),
                 OverviewServiceTr::tr("Category")},
                3,
                &labels::kbStatus,
                {}};
    case OverviewService::View::DepartmentForwards:
        return {QStringLiteral(
                    "SELECT to_char(f.sent_at AT TIME ZONE 'Asia/Seoul', 'MM-DD HH24:MI'), d.%1, f.state, "
                    " coalesce(v.place_address, ''), coalesce(v.business_name, ''), c.summary "
                    "FROM forwards f JOIN departments d ON d.code = f.department_code "
                    "JOIN cases c ON c.id = f.case_id "
                    "LEFT JOIN violation_reports v ON v.id = f.report_id "
                    "WHERE f.state <> 'closed' AND (f.department_code = "
                    " (SELECT department_code FROM people WHERE login = session_user) OR "
                    " (SELECT department_code FROM people WHERE login = session_user) IS NULL) "
                    "ORDER BY f.sent_at LIMIT 500")
                    .arg(name),
                {OverviewServiceTr::tr("Sent"), OverviewServiceTr::tr("Department"),
                 OverviewServiceTr::tr("State"), OverviewServiceTr::tr("Place"),
                 OverviewServiceTr::tr("Business"), OverviewServiceTr::tr("Summary")},
                2,
                &labels::forwardState,
                {}};
    case OverviewService::View::QueueByChannel:
        return {QStringLiteral(
                    "SELECT ch.%1, count(c.id), "
                    " min(c.arrived_at) "
                    "FROM channels ch LEFT JOIN contacts c ON c.channel = ch.code AND c.state = 'waiting' "
                    "GROUP BY ch.code, ch.%1, ch.sort_order ORDER BY ch.sort_order")
                    .arg(name),
                {OverviewServiceTr::tr("Channel"), OverviewServiceTr::tr("Waiting"),
                 OverviewServiceTr::tr("Longest wait")},
                -1,
                nullptr,
                {2}};
    }
    return {};
}

} // namespace

OverviewService::OverviewService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::OverviewRows>();
}

QStringList OverviewService::sourceTables(View view)
{
    switch (view) {
    case View::AgentBoard:
        return {QStringLiteral("agent_status")};
    case View::TodayCases:
        return {QStringLiteral("cases")};
    case View::KbArticles:
        return {QStringLiteral("kb_versions")};
    case View::DepartmentForwards:
        return {QStringLiteral("forwards")};
    case View::QueueByChannel:
        return {QStringLiteral("contacts")};
    }
    return {};
}

void OverviewService::fetch(View view, std::function<void(const OverviewRows&, const QString&)> done)
{
    const Spec s = spec(view, QLocale().language() == QLocale::Korean);
    m_session->run(
        [s](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(s.sql))
                return DbResult::failure(q.lastError());
            OverviewRows rows;
            rows.headers = s.headers;
            rows.elapsedColumns = s.elapsedColumns;
            const int columns = q.record().count();
            while (q.next()) {
                QVariantList row;
                row.reserve(columns);
                for (int i = 0; i < columns; ++i)
                    row.append(i == s.labelColumn && s.label ? QVariant(s.label(q.value(i).toString()))
                                                             : q.value(i));
                rows.rows.append(row);
            }
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<OverviewRows>() : OverviewRows {},
                 result.ok ? QString() : result.message);
        },
        this);
}

} // namespace minwon
