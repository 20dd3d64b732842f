// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers of the gateway tests: raw HTTP over real sockets, an in-process
// gateway on a database of its own, and a proxy that can cut the gateway
// off its database.

#include "db/ConnectionConfig.h"
#include "db/SqlConnection.h"
#include "intake/IntakeServer.h"
#include "support/TestCluster.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace minwon::test {

/// Runs the event loop until `done` holds or the time is up; returns `done()`.
bool waitFor(const std::function<bool()>& done, int timeoutMs);

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    bool closed = false; ///< the server closed the connection
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    /// The machine-readable reason of an error (ours or Open311's form).
    QString reason() const;
};

/// Takes one complete response off the front of `buffer` (1xx are skipped).
std::optional<HttpReply> takeResponse(QByteArray& buffer);

using Headers = QList<std::pair<QByteArray, QByteArray>>;
QByteArray rawRequest(const QByteArray& method, const QByteArray& target, const Headers& headers,
                      const QByteArray& body = {});
/// A JSON POST with the connector's token and an idempotency key (each
/// left out when empty).
QByteArray jsonPost(const QByteArray& target, const QString& token, const QString& key,
                    const QByteArray& body, const Headers& extra = {});

/// Sends bytes on a new connection and waits for one reply or the close.
HttpReply exchange(quint16 port, const QByteArray& bytes, int timeoutMs = 10000);

/// Resident memory of this process in KiB.
qint64 residentKb();

/// A gateway on a demo database of its own, logs captured.
class Gateway
{
public:
    using Tweak = std::function<void(IntakeServer::Options&)>;
    explicit Gateway(const Tweak& tweak = {});
    /// The same, on a database config of the caller's (a proxy).
    Gateway(TestDatabase& db, const ConnectionConfig& serverConfig, const Tweak& tweak = {});
    ~Gateway();

    quint16 port() const { return m_server->port(); }
    IntakeServer& server() { return *m_server; }
    TestDatabase& db() { return *m_db; }
    const QStringList& logs() const { return *m_logs; }
    /// Log lines of answered requests, parsed.
    QList<QJsonObject> requestLogs() const;

    /// A connector token; channels {"all"} for every channel.
    QString addConnector(const QString& name, const QStringList& channels = {QStringLiteral("all")},
                         int ratePerMinute = 1000000, int burst = 100000);

    HttpReply post(const QByteArray& target, const QString& token, const QString& key,
                   const QJsonObject& body);
    HttpReply post(const QByteArray& target, const QString& token, const QString& key, const QByteArray& body,
                   const Headers& extra = {});
    HttpReply get(const QByteArray& target);

    /// One value from the test database (as its owner).
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    int count(const QString& sql, const QVariantList& values = {}) { return scalar(sql, values).toInt(); }
    SqlConnection& owner() { return *m_owner; }

private:
    void init(const ConnectionConfig& serverConfig, const Tweak& tweak);

    std::unique_ptr<TestDatabase> m_ownDb;
    TestDatabase* m_db = nullptr;
    std::unique_ptr<SqlConnection> m_owner;
    std::shared_ptr<QStringList> m_logs = std::make_shared<QStringList>();
    std::unique_ptr<IntakeServer> m_server;
};

/// A unix-socket proxy in front of the test cluster: the gateway connects
/// to it, and the test can cut every connection and refuse new ones (the
/// database "goes down") and then let them through again. It relays in a
/// thread of its own, so that the test's thread may block (as the gateway's
/// does when it joins its database threads) without stalling the database.
class PgProxy
{
public:
    explicit PgProxy(const ConnectionConfig& target);
    ~PgProxy();
    PgProxy(const PgProxy&) = delete;
    PgProxy& operator=(const PgProxy&) = delete;

    bool up();
    /// Closes the listening socket and every relayed connection.
    void down();
    /// `target` with its host pointed at the proxy.
    ConnectionConfig config() const;

private:
    class Relay;
    ConnectionConfig m_target;
    QTemporaryDir m_dir;
    QThread* m_thread;
    Relay* m_relay;
};

} // namespace minwon::test
