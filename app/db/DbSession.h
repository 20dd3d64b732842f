// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "db/DbResult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSqlDatabase>

#include <functional>

class QThread;
class QTimer;

namespace minwon {

class DbWorker;

/// A desk's line to the database. The connection lives in its own thread
/// (Qt 6.4: one connection per thread); the GUI posts jobs and gets results
/// back by callback in its own thread, so the window never waits on the
/// network.
///
/// Jobs run one at a time from a queue kept here. That lets the session see a
/// database that stopped answering (a paused server, a half-dead network):
/// when a job runs longer than the stall limit, the session declares the
/// database unreachable, fails that job, abandons the stuck connection to its
/// thread and opens a new one. It also notices an outage from a failed query,
/// from TCP keepalives and from a light check every few idle seconds;
/// reconnects with backoff; subscribes to change notifications again and only
/// then tells the services to reload.
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
    /// object's thread unless `context` was destroyed meanwhile. While the
    /// database is unreachable, jobs fail at once with Kind::Unreachable.
    void run(Job job, Callback done = {}, QObject* context = nullptr);
    /// Blocks (running a local event loop) until the job has run: for sign-in,
    /// command-line tools and tests only.
    DbResult runSync(Job job);

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    const ConnectionConfig& config() const { return m_config; }
    /// How often an idle connection is checked (default 3 s).
    void setHealthInterval(int ms);
    /// How long a job may run before the database counts as not answering
    /// (default 10 s).
    void setStallLimit(int ms);
    /// Jobs waiting or running.
    int pendingJobs() const;

signals:
    void stateChanged(minwon::DbSession::State state, const QString& message);
    /// A row changed somewhere: table, operation (I/U/D), row id, whole payload.
    void changed(const QString& table, const QString& op, const QString& id, const QJsonObject& payload);
    /// Connected again after an outage and re-subscribed: reload what you show.
    void reconnected();

private:
    struct Pending
    {
        quint64 id = 0;
        Job job;
        Callback done;
        QPointer<QObject> context;
        bool hasContext = false;
    };

    void createWorker();
    void dispatch();
    void finishJob(quint64 id, const DbResult& result);
    void complete(const Pending& pending, const DbResult& result);
    void failQueued(const DbResult& result);
    void checkStall();
    void healthCheck();
    void onWorkerState(int state, const QString& message, bool wasOutage);
    void onNotification(const QString& payload);

    ConnectionConfig m_config;
    QString m_password;
    QThread* m_thread = nullptr;
    DbWorker* m_worker = nullptr;
    QList<QPointer<QThread>> m_abandoned; ///< deleted by themselves once finished
    QQueue<Pending> m_queue;
    Pending m_inFlight;
    bool m_busy = false;
    QElapsedTimer m_inFlightTimer;
    QElapsedTimer m_idleTimer;
    QTimer* m_watchdog;
    quint64 m_nextId = 1;
    int m_stallLimitMs = 10000;
    int m_healthIntervalMs = 3000;
    bool m_hadOutage = false;
    bool m_stopping = false;
    State m_state = State::Disconnected;
    QString m_stateMessage;
};

} // namespace minwon
