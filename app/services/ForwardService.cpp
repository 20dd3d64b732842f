// SPDX-License-Identifier: Apache-2.0
#include "services/ForwardService.h"

#include "db/DbSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace minwon {

namespace {
struct ForwardServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(ForwardService)
};
} // namespace

ForwardService::ForwardService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::ForwardItem>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString&, const QJsonObject&) {
                if (table == QLatin1String("forwards"))
                    emit changed();
            });
    connect(m_session, &DbSession::reconnected, this, &ForwardService::changed);
}

void ForwardService::loadOpen(std::function<void(const QList<ForwardItem>&, const QString&)> done)
{
    m_session->run(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // Overdue first, then the oldest.
            if (!q.exec(QStringLiteral(
                    "SELECT f.id, f.case_id, f.department_code, d.name_ko, d.name_en, f.purpose, f.state, "
                    " coalesce(f.result, ''), f.sent_at, f.due_at, f.version, c.summary, coalesce(v.kind, "
                    "''), "
                    " coalesce(v.place_address, ''), coalesce(v.business_name, ''), v.observed_at, "
                    " coalesce(v.description, ''), "
                    " (SELECT string_agg(to_char(n.at AT TIME ZONE 'Asia/Seoul', 'MM-DD HH24:MI') || ' ' || "
                    "n.note, "
                    "   E'\\n' ORDER BY n.at) FROM forward_notes n WHERE n.forward_id = f.id) "
                    "FROM forwards f JOIN departments d ON d.code = f.department_code "
                    "JOIN cases c ON c.id = f.case_id LEFT JOIN violation_reports v ON v.id = f.report_id "
                    "WHERE f.state <> 'closed' AND (f.department_code = "
                    " (SELECT department_code FROM people WHERE login = session_user) "
                    " OR (SELECT role FROM people WHERE login = session_user) IN ('supervisor', 'admin')) "
                    "ORDER BY (f.due_at < now()) DESC, f.sent_at LIMIT 1000")))
                return DbResult::failure(q.lastError());
            QList<ForwardItem> rows;
            const bool korean = QLocale().language() == QLocale::Korean;
            while (q.next()) {
                ForwardItem f;
                f.id = QUuid::fromString(q.value(0).toString());
                f.caseId = QUuid::fromString(q.value(1).toString());
                f.department = q.value(2).toString();
                f.departmentName = korean ? q.value(3).toString() : q.value(4).toString();
                f.purpose = q.value(5).toString();
                f.state = q.value(6).toString();
                f.result = q.value(7).toString();
                f.sentAt = q.value(8).toDateTime();
                f.dueAt = q.value(9).toDateTime();
                f.version = q.value(10).toInt();
                f.caseSummary = q.value(11).toString();
                f.reportKind = q.value(12).toString();
                f.place = q.value(13).toString();
                f.business = q.value(14).toString();
                f.observedAt = q.value(15).toDateTime();
                f.description = q.value(16).toString();
                f.notes = q.value(17).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                rows.append(f);
            }
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<ForwardItem>>() : QList<ForwardItem> {},
                 result.ok ? QString() : result.message);
        },
        this);
}

void ForwardService::update(const QUuid& id, const QString& state, const QString& result, const QString& note,
                            int version, std::function<void(bool, const QString&)> done)
{
    m_session->run(
        [id, state, result, note, version](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT update_forward(?::uuid, ?, ?, ?, ?)"));
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            q.addBindValue(state);
            q.addBindValue(result);
            q.addBindValue(note);
            q.addBindValue(version);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(q.value(0));
        },
        [done](const DbResult& r) {
            if (r.ok) {
                done(true, {});
                return;
            }
            const QString text = r.error.databaseText();
            if (text.contains(QLatin1String("needs its result")))
                done(false, ForwardServiceTr::tr("Write the result of the field check."));
            else if (text.contains(QLatin1String("another department")))
                done(false, ForwardServiceTr::tr("This forward is addressed to another department."));
            else if (text.contains(QLatin1String("changed meanwhile")))
                done(false,
                     ForwardServiceTr::tr("Someone changed this forward meanwhile; the list was refreshed."));
            else if (text.contains(QLatin1String("cannot go from")))
                done(false, ForwardServiceTr::tr("A forward cannot go back to an earlier step."));
            else
                done(false, r.message);
        },
        this);
}

} // namespace minwon
