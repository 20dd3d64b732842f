// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <functional>

namespace minwon {

class DbSession;

/// A counselor's working state as the database records it.
struct AgentState
{
    QString state = QStringLiteral("offline"); ///< available, on_contact, after_contact, break, offline
    QDateTime since;
    QDateTime acwDeadline; ///< set in after-contact work
    QUuid contactId;

    bool operator==(const AgentState&) const = default;
};

/// The signed-in counselor's own state: loaded at sign-in, changed through
/// the database's rules (set_agent_state), followed live so that claiming,
/// finishing and completing elsewhere in the window show at once.
class AgentService : public QObject
{
    Q_OBJECT
public:
    AgentService(DbSession* session, const QUuid& me, QObject* parent = nullptr);

    const AgentState& current() const { return m_state; }
    void reload();
    /// available, break or offline. The database refuses what the rules do
    /// not allow (for example leaving after-contact work without a wrap-up
    /// code) and `done` says why in words.
    void setState(const QString& state, std::function<void(bool ok, const QString& message)> done = {});

signals:
    void stateChanged(const minwon::AgentState& state);

private:
    DbSession* m_session;
    QUuid m_me;
    AgentState m_state;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::AgentState)
