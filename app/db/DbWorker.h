// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "db/DbResult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <functional>
#include <memory>

class QTimer;

namespace minwon {

class SqlConnection;

/// Lives in the DbSession's thread and owns its connection. Internal.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    DbWorker(const ConnectionConfig& config, const QString& password);
    ~DbWorker() override;

    void connectNow();
    void shutdown();
    /// Runs one job and reports it with finished().
    void execute(quint64 id, const std::function<DbResult(QSqlDatabase&)>& job);
    bool isOnline() const { return m_online; }

signals:
    void stateChanged(int state, const QString& message, bool wasOutage);
    void notified(const QString& payload);
    void finished(quint64 id, const minwon::DbResult& result);

private:
    bool openAndListen(QString* error);
    void markLost(const QString& message);
    void scheduleReconnect();

    ConnectionConfig m_config;
    QString m_password;
    std::unique_ptr<SqlConnection> m_connection;
    QTimer* m_reconnectTimer = nullptr;
    int m_backoffMs = 500;
    bool m_online = false;
    bool m_hadOutage = false;
    bool m_stopping = false;
};

} // namespace minwon
