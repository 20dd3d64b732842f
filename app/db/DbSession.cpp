// SPDX-License-Identifier: Apache-2.0
#include "db/DbSession.h"

#include "db/DbWorker.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace minwon {

DbSession::DbSession(const ConnectionConfig& config, const QString& password, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_password(password)
    , m_watchdog(new QTimer(this))
{
    qRegisterMetaType<minwon::DbResult>();
    m_watchdog->setInterval(250);
    connect(m_watchdog, &QTimer::timeout, this, &DbSession::checkStall);
    m_idleTimer.start();
}

DbSession::~DbSession()
{
    stop();
}

void DbSession::createWorker()
{
    m_thread = new QThread; // no parent: an abandoned one is deleted when it finally finishes
    m_thread->setObjectName(QStringLiteral("minwon-db"));
    m_worker = new DbWorker(m_config, m_password);
    m_worker->moveToThread(m_thread);
    DbWorker* worker = m_worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    // Reports of an abandoned worker are ignored.
    connect(worker, &DbWorker::stateChanged, this, [this, worker](int state, const QString& message, bool) {
        if (worker == m_worker)
            onWorkerState(state, message, false);
    });
    connect(worker, &DbWorker::notified, this, [this, worker](const QString& payload) {
        if (worker == m_worker)
            onNotification(payload);
    });
    connect(worker, &DbWorker::finished, this, [this, worker](quint64 id, const DbResult& result) {
        if (worker == m_worker)
            finishJob(id, result);
    });
    m_thread->start();
    QMetaObject::invokeMethod(worker, &DbWorker::connectNow, Qt::QueuedConnection);
}

void DbSession::start()
{
    if (m_worker)
        return;
    m_stopping = false;
    createWorker();
    m_watchdog->start();
}

void DbSession::stop()
{
    if (!m_worker)
        return;
    m_stopping = true;
    m_watchdog->stop();
    DbWorker* worker = m_worker;
    QThread* thread = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    QMetaObject::invokeMethod(worker, &DbWorker::shutdown, Qt::QueuedConnection);
    thread->quit();
    // A connection stuck on a server that does not answer is left behind
    // rather than freezing the window.
    if (!thread->wait(3000))
        m_abandoned.append(thread);
    // Whoever asked is going away with us: their callbacks are dropped, not called.
    m_busy = false;
    m_inFlight = Pending {};
    m_queue.clear();
}

void DbSession::setHealthInterval(int ms)
{
    m_healthIntervalMs = qMax(200, ms);
}

void DbSession::setStallLimit(int ms)
{
    m_stallLimitMs = qMax(500, ms);
}

int DbSession::pendingJobs() const
{
    return int(m_queue.size()) + (m_busy ? 1 : 0);
}

void DbSession::run(Job job, Callback done, QObject* context)
{
    Pending p;
    p.id = m_nextId++;
    p.job = std::move(job);
    p.done = std::move(done);
    p.context = context;
    p.hasContext = context != nullptr;
    // Once the desk has been online, an unreachable database answers at once:
    // the caller falls back (outbox, cached guidance) instead of waiting.
    if (m_hadOutage && m_state != State::Online) {
        complete(p,
                 DbResult::failure(DbError::Kind::Unreachable,
                                   m_stateMessage.isEmpty()
                                       ? DbError::describe(DbError::Kind::Unreachable, {})
                                       : m_stateMessage));
        return;
    }
    m_queue.enqueue(std::move(p));
    dispatch();
}

DbResult DbSession::runSync(Job job)
{
    DbResult out;
    bool finished = false;
    QEventLoop loop;
    run(
        std::move(job),
        [&](const DbResult& result) {
            out = result;
            finished = true;
            loop.quit();
        },
        nullptr);
    if (!finished)
        loop.exec();
    return out;
}

void DbSession::dispatch()
{
    if (m_busy || m_queue.isEmpty() || !m_worker || m_state != State::Online)
        return;
    m_inFlight = m_queue.dequeue();
    m_busy = true;
    m_inFlightTimer.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_inFlight.id, job = m_inFlight.job] { worker->execute(id, job); },
        Qt::QueuedConnection);
}

void DbSession::finishJob(quint64 id, const DbResult& result)
{
    if (!m_busy || id != m_inFlight.id)
        return;
    m_busy = false;
    const Pending done = m_inFlight;
    m_inFlight = Pending {};
    m_idleTimer.restart();
    complete(done, result);
    dispatch();
}

void DbSession::complete(const Pending& pending, const DbResult& result)
{
    if (!pending.done || (pending.hasContext && !pending.context))
        return;
    pending.done(result);
}

void DbSession::failQueued(const DbResult& result)
{
    while (!m_queue.isEmpty())
        complete(m_queue.dequeue(), result);
}

void DbSession::checkStall()
{
    // Reap abandoned connections that have come back.
    // A finished thread deletes itself (deleteLater), so the guarded pointer
    // may already be null: never ask a deleted thread whether it finished.
    for (qsizetype i = m_abandoned.size() - 1; i >= 0; --i) {
        const QThread* thread = m_abandoned.at(i).data();
        if (thread == nullptr || thread->isFinished())
            m_abandoned.removeAt(i);
    }

    if (m_busy && m_inFlightTimer.elapsed() > m_stallLimitMs) {
        // The database does not answer (a paused server, a network that drops
        // packets silently). Leave the stuck connection to its thread, tell
        // the window, and start over on a new one.
        const QString message = tr("The database does not answer.");
        QThread* stuck = m_thread;
        DbWorker* worker = m_worker;
        m_worker = nullptr;
        m_thread = nullptr;
        QMetaObject::invokeMethod(worker, &DbWorker::shutdown, Qt::QueuedConnection);
        stuck->quit();
        m_abandoned.append(stuck);
        m_busy = false;
        const Pending lost = m_inFlight;
        m_inFlight = Pending {};
        onWorkerState(int(State::Offline), message, false);
        complete(lost, DbResult::failure(DbError::Kind::Unreachable, message));
        createWorker();
        return;
    }
    if (m_state == State::Online && !m_busy && m_queue.isEmpty()
        && m_idleTimer.elapsed() > m_healthIntervalMs) {
        m_idleTimer.restart();
        run([](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT 1")) ? DbResult::success()
                                                      : DbResult::failure(q.lastError());
        });
    }
}

void DbSession::onWorkerState(int state, const QString& message, bool)
{
    const State previous = m_state;
    m_state = static_cast<State>(state);
    m_stateMessage = message;
    if (m_state == State::Offline) {
        m_hadOutage = true;
        failQueued(DbResult::failure(DbError::Kind::Unreachable, message));
    }
    if (previous != m_state || m_state == State::Offline)
        emit stateChanged(m_state, message);
    if (m_state == State::Online) {
        m_idleTimer.restart();
        if (m_hadOutage && previous != State::Online)
            emit reconnected();
        dispatch();
    }
}

void DbSession::onNotification(const QString& payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    emit changed(object.value(QStringLiteral("t")).toString(), object.value(QStringLiteral("op")).toString(),
                 object.value(QStringLiteral("id")).toString(), object);
}

} // namespace minwon
