// SPDX-License-Identifier: Apache-2.0
#include "services/AgentService.h"

#include "db/DbSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace minwon {

namespace {
struct AgentServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(AgentService)
};
} // namespace

AgentService::AgentService(DbSession* session, const QUuid& me, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_me(me)
{
    qRegisterMetaType<minwon::AgentState>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject&) {
                if (table == QLatin1String("agent_status") && QUuid::fromString(id) == m_me)
                    reload();
            });
    connect(m_session, &DbSession::reconnected, this, &AgentService::reload);
}

void AgentService::reload()
{
    const QUuid me = m_me;
    m_session->run(
        [me](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT state, since, acw_deadline, contact_id FROM agent_status "
                                     "WHERE person_id = ?::uuid"));
            q.addBindValue(me.toString(QUuid::WithoutBraces));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            AgentState state;
            if (q.next()) {
                state.state = q.value(0).toString();
                state.since = q.value(1).toDateTime();
                state.acwDeadline = q.value(2).toDateTime();
                state.contactId = QUuid::fromString(q.value(3).toString());
            }
            return DbResult::success(QVariant::fromValue(state));
        },
        [this](const DbResult& result) {
            if (!result.ok)
                return;
            const AgentState state = result.value.value<AgentState>();
            if (state == m_state)
                return;
            m_state = state;
            emit stateChanged(m_state);
        },
        this);
}

void AgentService::setState(const QString& state, std::function<void(bool, const QString&)> done)
{
    m_session->run(
        [state](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT set_agent_state(?)"));
            q.addBindValue(state);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            return DbResult::success();
        },
        [this, done](const DbResult& result) {
            QString message;
            if (!result.ok) {
                const QString text = result.error.databaseText();
                if (text.contains(QLatin1String("wrap-up code")))
                    message
                        = AgentServiceTr::tr("Complete the case with a result before you leave after-contact "
                                             "work.");
                else if (text.contains(QLatin1String("cannot go from")))
                    message = AgentServiceTr::tr("That change of state is not possible now.");
                else if (text.contains(QLatin1String("take or finish a contact")))
                    message = AgentServiceTr::tr("Take or finish a contact to change this state.");
                else
                    message = result.message;
            }
            reload();
            if (done)
                done(result.ok, message);
        },
        this);
}

} // namespace minwon
