// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "db/DbResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

class QThread;

namespace minwon {

class DbWorker;

/// A desk's line to the database. The connection lives in its own thread
/// (Qt 6.4: one connection per thread); the GUI posts jobs and gets results
/// back by callback in its own thread, so the window never waits on the
/// network. It listens for change notifications, notices an outage (failed
/// query, keepalives, a light periodic check), reconnects with backoff,
/// re-subscribes and then tells the services to reload.
class DbSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Online,
        Offline
    };
    Q_ENUM(State)

    using Job = std::function<DbResult(QSqlDatabase&)>;
    using Callback = std::function<void(const DbResult&)>;

    DbSession(const ConnectionConfig& config, const QString& password, QObject* parent = nullptr);
    ~DbSession() override;

    /// Connects in the background; stateChanged() tells how it went.
    void start();
    void stop();

    /// Runs `job` on the connection's thread; `done` runs afterwards in this
    /// object's thread unless `context` was destroyed meanwhile.
    void run(Job job, Callback done = {}, QObject* context = nullptr);
    /// Blocks until the job has run: for command-line tools and tests only.
    DbResult runSync(Job job);

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    const ConnectionConfig& config() const { return m_config; }
    /// How often the idle connection is checked (default 3 s).
    void setHealthInterval(int ms);

signals:
    void stateChanged(minwon::DbSession::State state, const QString& message);
    /// A row changed somewhere: table, operation (I/U/D), row id, whole payload.
    void changed(const QString& table, const QString& op, const QString& id, const QJsonObject& payload);
    /// Connected again after an outage and re-subscribed: reload what you show.
    void reconnected();

private:
    void onWorkerState(int state, const QString& message, bool wasOutage);
    void onNotification(const QString& payload);

    ConnectionConfig m_config;
    QThread* m_thread = nullptr;
    DbWorker* m_worker = nullptr;
    State m_state = State::Disconnected;
    QString m_stateMessage;
};

} // namespace minwon
