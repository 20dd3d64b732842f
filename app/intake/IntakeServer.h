// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "intake/HttpServer.h"
#include "intake/IntakeStore.h"
#include "intake/RateLimiter.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTimer;

namespace minwon {

class IntakeDbPool;
struct Open311Request;

/// The intake gateway: every channel's connector puts contacts into the one
/// queue over HTTP (JSON API under /v1, Open311 GeoReport v2 under
/// /open311/v2). HTTP runs in this object's thread; the database work runs
/// on a small pool of threads with a connection each. See docs/intake-api.md.
class IntakeServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ConnectionConfig database;
        QString password;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8088; ///< 0: any free port (tests)
        HttpLimits limits;
        int dbConnections = 4;
        int drainTimeoutMs = 30000; ///< graceful shutdown gives up after this
        int tokenCacheMs = 10000; ///< a revoked token stops working within this
        /// The token-less reads (health, Open311 services and status): per client address.
        int publicRatePerMinute = 1200;
        int publicBurst = 200;
        int retryAfterSeconds = 2; ///< Retry-After of 503 database_unavailable
        int dbRetryDelayMs = 500; ///< after a failed connect, fail fast this long
        QString language = QStringLiteral("ko"); ///< names and notes in Open311 answers
        /// Where the log lines go (one JSON object per line); default stderr.
        std::function<void(const QByteArray& line)> logSink;
    };

    explicit IntakeServer(Options options, QObject* parent = nullptr);
    ~IntakeServer() override;

    bool start(QString* error);
    quint16 port() const;
    const Options& options() const { return m_options; }
    HttpServer& http() { return *m_http; }

    /// Graceful: stop accepting, finish requests in flight, stop the
    /// database threads, then finished(). A second call does nothing.
    void shutdown();
    bool isStopping() const { return m_stopping; }
    bool isFinished() const { return m_finished; }

signals:
    void finished();

private:
    enum class Route
    {
        None,
        Health,
        CreateContact,
        AppendMessage,
        Abandon,
        Services,
        Open311Create,
        Open311Status
    };
    using AuthDone = std::function<void(const IntakeConnector& connector)>;

    void handle(const HttpRequest& request);
    void handleV1(const HttpRequest& request, Route route, const QString& argument);
    void continueV1(const HttpRequest& request, Route route, const QString& argument,
                    const IntakeConnector& connector);
    void handleOpen311Create(const HttpRequest& request);
    void continueOpen311Create(const HttpRequest& request, const Open311Request& in,
                               const IntakeConnector& connector);
    /// Resolves the token (cache, else the database), checks the rate, then
    /// calls `done`; otherwise answers with 401/429/503 itself.
    void authenticate(const HttpRequest& request, const QByteArray& token, AuthDone done);
    void finishAuth(const QString& hash, const StoreReply& reply, const DbJobResult& result);
    struct CachedConnector
    {
        bool found = false;
        IntakeConnector connector;
        qint64 expiresMs = 0;
    };
    /// 429 for a client address past the rate of the token-less reads; true to go on.
    bool admitPublic(const HttpRequest& request);
    /// 401 for an unknown or revoked token, 429 past the rate; true to go on.
    bool admit(const HttpRequest& request, const CachedConnector& entry);
    void purge();

    using Job = std::function<DbJobResult(DbContext& db, StoreReply* reply)>;
    /// Runs a job and answers the request with its reply.
    void runJob(const HttpRequest& request, Job job, QJsonObject logFields, bool transaction = true);

    void respond(const HttpRequest& request, HttpResponse response);
    HttpResponse error(const HttpRequest& request, int status, const QString& reason, const QString& message,
                       const QJsonObject& extra = {}) const;
    HttpResponse failure(const HttpRequest& request, const DbJobResult& result) const;
    void logRequest(const HttpRequest& request, const HttpResponse& response, qint64 bytesOut);
    void logEvent(const QJsonObject& fields);
    void finish();

    Options m_options;
    HttpServer* m_http;
    IntakeDbPool* m_pool = nullptr;
    RateLimiter m_rates;
    QTimer* m_purgeTimer;
    QTimer* m_drainDeadline;
    QHash<QString, CachedConnector> m_tokenCache;
    QHash<QString, QList<std::pair<HttpRequest, AuthDone>>> m_authWaiting;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace minwon
