// SPDX-License-Identifier: Apache-2.0
#include "db/DbWorker.h"

#include "db/SqlConnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

namespace minwon {

namespace {
// Retries at 0.5, 1, 2, 4, 4, 4… s: a server back after a restart is found
// within a few seconds, and 500 desks retrying cost it 125 connects a second
// at most. The jitter spreads the desks that lost the server at one instant.
constexpr int kMaxBackoffMs = 4000;
const QString kChannel = QStringLiteral("minwon_change");
} // namespace

DbWorker::DbWorker(const ConnectionConfig& config, const QString& password)
    : m_config(config)
    , m_password(password)
{
}

DbWorker::~DbWorker() = default;

void DbWorker::connectNow()
{
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &DbWorker::connectNow);
    }
    if (m_stopping || m_online)
        return;
    emit stateChanged(1, tr("Connecting to the database…"), false);
    QString error;
    if (openAndListen(&error)) {
        m_online = true;
        m_backoffMs = 500;
        const bool wasOutage = m_hadOutage;
        m_hadOutage = false;
        emit stateChanged(2, QString(), wasOutage);
        return;
    }
    m_connection.reset();
    m_hadOutage = true;
    emit stateChanged(3, error, false);
    scheduleReconnect();
}

bool DbWorker::openAndListen(QString* error)
{
    m_connection = std::make_unique<SqlConnection>(m_config, m_password, QStringLiteral("session"));
    if (!m_connection->open(error))
        return false;
    QSqlDatabase db = m_connection->db();
    // open() forgets subscriptions: subscribe again after every reconnect,
    // before the services reload, so no change falls between the two.
    if (!db.driver()->subscribeToNotification(kChannel)) {
        if (error)
            *error = DbError::describe(db.driver()->lastError());
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == kChannel)
                    emit notified(payload.toString());
            });
    return true;
}

void DbWorker::scheduleReconnect()
{
    if (m_stopping)
        return;
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    m_reconnectTimer->start(m_backoffMs - m_backoffMs / 8 + jitter);
    m_backoffMs = qMin(kMaxBackoffMs, m_backoffMs * 2);
}

void DbWorker::markLost(const QString& message)
{
    if (!m_online)
        return;
    m_online = false;
    m_hadOutage = true;
    m_connection.reset();
    emit stateChanged(3, message, false);
    m_backoffMs = 500;
    scheduleReconnect();
}

void DbWorker::execute(quint64 id, const std::function<DbResult(QSqlDatabase&)>& job)
{
    if (!m_online || !m_connection) {
        emit finished(id,
                      DbResult::failure(DbError::Kind::Unreachable,
                                        DbError::describe(DbError::Kind::Unreachable, QString())));
        return;
    }
    QSqlDatabase db = m_connection->db();
    DbResult result = job(db);
    if (!result.ok && !DbError::isTransient(result.kind)) {
        // Some breaks surface as odd errors ("Database not open", a failed
        // BEGIN): if the connection itself no longer answers, it is an outage.
        QSqlQuery probe(db);
        if (!db.isOpen() || !probe.exec(QStringLiteral("SELECT 1"))) {
            const QString detail = result.message;
            result = DbResult::failure(DbError::Kind::ConnectionLost,
                                       DbError::describe(DbError::Kind::ConnectionLost, detail));
        }
    }
    if (!result.ok && DbError::isTransient(result.kind))
        markLost(result.message); // a promoted standby answers read-only: find the new primary
    emit finished(id, result);
}

void DbWorker::shutdown()
{
    m_stopping = true;
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    m_online = false;
    m_connection.reset();
}

} // namespace minwon
