// SPDX-License-Identifier: Apache-2.0
#include "db/DbSession.h"

#include "db/DbWorker.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QThread>

namespace minwon {

DbSession::DbSession(const ConnectionConfig& config, const QString& password, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<minwon::DbResult>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("minwon-db"));
    m_worker = new DbWorker(config, password);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DbWorker::stateChanged, this,
            [this](int state, const QString& message, bool wasOutage) {
                onWorkerState(state, message, wasOutage);
            });
    connect(m_worker, &DbWorker::notified, this, &DbSession::onNotification);
}

DbSession::~DbSession()
{
    stop();
}

void DbSession::start()
{
    if (!m_thread->isRunning())
        m_thread->start();
    QMetaObject::invokeMethod(m_worker, &DbWorker::connectNow, Qt::QueuedConnection);
}

void DbSession::stop()
{
    if (!m_thread || !m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &DbWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void DbSession::setHealthInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->setHealthInterval(ms); }, Qt::QueuedConnection);
}

void DbSession::run(Job job, Callback done, QObject* context)
{
    QPointer<QObject> guard(context ? context : this);
    QPointer<DbSession> self(this);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job), done = std::move(done), guard, self, hasContext]() {
            DbResult result = worker->execute(job);
            if (!done || !self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [done, guard, hasContext, result = std::move(result)]() {
                    if (hasContext && !guard)
                        return;
                    done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

DbResult DbSession::runSync(Job job)
{
    DbResult out;
    if (QThread::currentThread() == m_thread)
        return m_worker->execute(job);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, &job, &out]() { out = worker->execute(job); },
        Qt::BlockingQueuedConnection);
    return out;
}

void DbSession::onWorkerState(int state, const QString& message, bool wasOutage)
{
    m_state = static_cast<State>(state);
    m_stateMessage = message;
    emit stateChanged(m_state, message);
    if (m_state == State::Online && wasOutage)
        emit reconnected();
}

void DbSession::onNotification(const QString& payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    emit changed(object.value(QStringLiteral("t")).toString(), object.value(QStringLiteral("op")).toString(),
                 object.value(QStringLiteral("id")).toString(), object);
}

} // namespace minwon
