// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "intake/HttpMessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace minwon {

class HttpConnection;

/// Limits that keep the server's memory and connections bounded whatever
/// clients send.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; ///< request line and headers: 431 beyond
    qsizetype maxBodyBytes = 64 * 1024; ///< 413 beyond, decided from Content-Length before reading
    int requestTimeoutMs = 10000; ///< a request, once begun, must arrive whole within this: 408
    int idleTimeoutMs = 30000; ///< a kept-alive connection without a request is closed
    int maxConnections = 1024; ///< more get 503 at once
    int lingerMs = 2000; ///< after an error reply, unread input is discarded this long before closing
    qint64 socketReadBuffer = 64 * 1024; ///< per connection; the kernel holds the rest (backpressure)
};

/// A small HTTP/1.1 server on QTcpServer for the intake gateway. It reads a
/// request's head, decides on its size before reading the body (413),
/// accepts Content-Length and chunked bodies up to the limit, answers
/// "Expect: 100-continue", times out stalled requests (408), keeps
/// connections alive and handles pipelined requests one at a time, and shuts
/// down gracefully: stop accepting, finish what is in flight, then drained().
///
/// The handler is called in this object's thread with a complete request;
/// it answers later (from any job) with respond(connectionId, response).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest& request)>;
    /// Called once per answered request (and for requests refused before they
    /// were complete), after the response went to the socket.
    using Logger
        = std::function<void(const HttpRequest& request, const HttpResponse& response, qint64 bytesOut)>;

    explicit HttpServer(const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setLogger(Logger logger) { m_logger = std::move(logger); }

    bool listen(const QHostAddress& address, quint16 port, QString* error = nullptr);
    quint16 port() const;
    QHostAddress address() const;
    const HttpLimits& limits() const { return m_limits; }

    /// Answers the request waiting on this connection; ignored when the
    /// client has gone meanwhile.
    void respond(quint64 connectionId, const HttpResponse& response);

    /// Graceful shutdown: stop listening, close idle connections, let
    /// requests being read or handled finish (their answers close the
    /// connection), then emit drained().
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }
    /// Closes every connection now (after a shutdown that took too long).
    void abortAll();

    int connectionCount() const { return int(m_connections.size()); }
    /// Requests handed to the handler and not yet answered.
    int inFlight() const { return int(m_pending.size()); }
    /// The most bytes any one connection held in memory at once (its input
    /// buffer and body), for tests and the health endpoint.
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

signals:
    void drained();

private:
    friend class HttpConnection;
    class Listener;
    void accept(qintptr descriptor);
    void connectionClosed(HttpConnection* connection);
    void dispatch(HttpConnection* connection, const HttpRequest& request);
    void log(const HttpRequest& request, const HttpResponse& response, qint64 bytesOut);
    void noteBuffered(qint64 bytes);
    void checkDrained();

    HttpLimits m_limits;
    Listener* m_listener = nullptr;
    Handler m_handler;
    Logger m_logger;
    QHash<quint64, HttpConnection*> m_connections;
    QHash<quint64, HttpRequest> m_pending; ///< handed to the handler, not yet answered (without body)
    quint64 m_nextId = 1;
    qint64 m_peakBuffered = 0;
    bool m_shuttingDown = false;
    bool m_drainedSent = false;
};

} // namespace minwon
