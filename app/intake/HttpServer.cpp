// SPDX-License-Identifier: Apache-2.0
#include "intake/HttpServer.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace minwon {

namespace {

/// Answers written but not yet taken by the client, per connection.
constexpr qint64 kMaxUnsentBytes = 64 * 1024;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

QString newRequestId()
{
    const quint64 a = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1").arg(a, 16, 16, QLatin1Char('0'));
}

bool saneRequestId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

class HttpServer::Listener : public QTcpServer
{
public:
    explicit Listener(HttpServer* server)
        : QTcpServer(server)
        , m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    HttpServer* m_server;
};

/// One client connection: reads requests one at a time, hands each to the
/// server, writes the answer, and closes with a linger so that an error
/// reply reaches a client that is still sending.
class HttpConnection : public QObject
{
public:
    enum class State
    {
        Idle,
        Head,
        Body,
        Chunked,
        Waiting,
        Closing
    };

    HttpConnection(HttpServer* server, quint64 id, QTcpSocket* socket)
        : QObject(server)
        , m_server(server)
        , m_id(id)
        , m_socket(socket)
        , m_requestTimer(new QTimer(this))
        , m_idleTimer(new QTimer(this))
        , m_lingerTimer(new QTimer(this))
    {
        const HttpLimits& limits = server->limits();
        m_socket->setParent(this);
        m_socket->setReadBufferSize(limits.socketReadBuffer);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_requestTimer->setSingleShot(true);
        m_requestTimer->setInterval(limits.requestTimeoutMs);
        m_idleTimer->setSingleShot(true);
        m_idleTimer->setInterval(limits.idleTimeoutMs);
        m_lingerTimer->setSingleShot(true);
        m_lingerTimer->setInterval(limits.lingerMs);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
        connect(m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
        connect(m_idleTimer, &QTimer::timeout, this, &HttpConnection::closeNow);
        connect(m_lingerTimer, &QTimer::timeout, this, &HttpConnection::closeNow);
        m_idleTimer->start();
    }

    quint64 id() const { return m_id; }
    State state() const { return m_state; }

    void respond(const HttpResponse& response)
    {
        if (m_state != State::Waiting)
            return;
        const bool keepAlive = m_keepAlive && !response.close && !m_server->isShuttingDown();
        send(response, keepAlive);
        if (keepAlive) {
            m_state = State::Idle;
            m_request = HttpRequest();
            m_idleTimer->start();
            // A pipelined request may be waiting in the buffers already.
            if (!m_in.isEmpty() || m_socket->bytesAvailable() > 0)
                QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
        } else {
            beginClose();
        }
    }

    /// Shutdown: idle connections close now, the others finish their request.
    void beginShutdown()
    {
        m_keepAlive = false;
        if (m_state == State::Idle) {
            onReadyRead(); // a request that has just arrived still counts
            if (m_state == State::Idle)
                closeNow();
        }
    }

    void closeNow()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_requestTimer->stop();
        m_idleTimer->stop();
        m_lingerTimer->stop();
        m_socket->abort();
        m_server->connectionClosed(this);
    }

private:
    void onReadyRead()
    {
        if (m_closed)
            return;
        if (m_state == State::Closing) {
            m_socket->skip(m_socket->bytesAvailable()); // discarded while lingering
            return;
        }
        if (m_state == State::Waiting)
            return; // left in the socket: the kernel pushes back on the client
        // A client that pipelines requests without reading the answers is
        // not read from until it does, so answers cannot pile up either.
        if (m_state == State::Idle && m_socket->bytesToWrite() > kMaxUnsentBytes)
            return;
        if (m_socket->bytesAvailable() > 0)
            m_in += m_socket->readAll();
        m_server->noteBuffered(m_in.size() + m_request.body.size());
        process();
    }

    void process()
    {
        const HttpLimits& limits = m_server->limits();
        while (!m_closed) {
            switch (m_state) {
            case State::Idle: {
                // Tolerate empty lines between requests (RFC 9112 2.2).
                qsizetype skip = 0;
                while (skip < m_in.size() && (m_in.at(skip) == '\r' || m_in.at(skip) == '\n'))
                    ++skip;
                m_in.remove(0, skip);
                if (m_in.isEmpty())
                    return;
                m_request = HttpRequest();
                m_request.connectionId = m_id;
                m_request.peer = m_socket->peerAddress();
                m_request.started.start();
                m_idleTimer->stop();
                m_requestTimer->start();
                m_state = State::Head;
                break;
            }
            case State::Head: {
                const qsizetype end = m_in.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_in.size() > limits.maxHeaderBytes)
                        fail(431, QStringLiteral("headers_too_large"),
                             QStringLiteral("The request line and headers exceed %1 bytes.")
                                 .arg(limits.maxHeaderBytes));
                    return;
                }
                if (end + 4 > limits.maxHeaderBytes) {
                    fail(431, QStringLiteral("headers_too_large"),
                         QStringLiteral("The request line and headers exceed %1 bytes.")
                             .arg(limits.maxHeaderBytes));
                    return;
                }
                const QByteArray head = m_in.left(end);
                m_in.remove(0, end + 4);
                m_request.bytesIn += end + 4;
                if (!parseHead(head))
                    return;
                break;
            }
            case State::Body: {
                const qint64 take = qMin<qint64>(m_remaining, m_in.size());
                m_request.body.append(m_in.constData(), take);
                m_in.remove(0, take);
                m_remaining -= take;
                m_request.bytesIn += take;
                if (m_remaining > 0)
                    return;
                complete();
                return;
            }
            case State::Chunked:
                if (!readChunks())
                    return;
                complete();
                return;
            case State::Waiting:
            case State::Closing:
                return;
            }
        }
    }

    bool parseHead(const QByteArray& head)
    {
        const HttpLimits& limits = m_server->limits();
        const QList<QByteArray> lines = head.split('\n');
        QByteArray requestLine = lines.first();
        if (requestLine.endsWith('\r'))
            requestLine.chop(1);
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(0).size() > 16
            || !parts.at(1).startsWith('/')) {
            fail(400, QStringLiteral("bad_request"), QStringLiteral("The request line is not valid HTTP."));
            return false;
        }
        m_request.method = parts.at(0);
        m_request.target = parts.at(1);
        for (char c : m_request.target) {
            if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
                fail(400, QStringLiteral("bad_request"), QStringLiteral("The request target is not valid."));
                return false;
            }
        }
        const qsizetype question = m_request.target.indexOf('?');
        const QByteArray rawPath = question < 0 ? m_request.target : m_request.target.left(question);
        m_request.path = QUrl::fromPercentEncoding(rawPath);
        if (question >= 0)
            m_request.query = QUrlQuery(QString::fromLatin1(m_request.target.mid(question + 1)));
        const QByteArray version = parts.at(2);
        if (version == "HTTP/1.0") {
            m_request.http10 = true;
        } else if (version != "HTTP/1.1") {
            fail(505, QStringLiteral("http_version_not_supported"), QStringLiteral("Use HTTP/1.1."));
            return false;
        }
        if (lines.size() > 101) {
            fail(431, QStringLiteral("headers_too_large"), QStringLiteral("More than 100 header fields."));
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
                fail(400, QStringLiteral("bad_request"), QStringLiteral("A header field is not valid."));
                return false;
            }
            m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        const QByteArray requestId = m_request.header("x-request-id");
        m_request.requestId = saneRequestId(requestId) ? QString::fromLatin1(requestId) : newRequestId();

        const QByteArray connection = m_request.header("connection").toLower();
        m_keepAlive = m_request.http10 ? connection.contains("keep-alive") : !connection.contains("close");
        if (m_server->isShuttingDown())
            m_keepAlive = false;

        const QByteArray encoding = m_request.header("transfer-encoding").toLower();
        const bool hasLength = m_request.hasHeader("content-length");
        if (!encoding.isEmpty() && hasLength) {
            fail(400, QStringLiteral("bad_request"),
                 QStringLiteral("Content-Length and Transfer-Encoding must not come together."));
            return false;
        }
        const QByteArray expect = m_request.header("expect").toLower();
        if (!expect.isEmpty() && expect != "100-continue") {
            fail(417, QStringLiteral("expectation_failed"),
                 QStringLiteral("Only 100-continue is supported."));
            return false;
        }
        if (!encoding.isEmpty()) {
            if (encoding != "chunked") {
                fail(501, QStringLiteral("unsupported_transfer_encoding"),
                     QStringLiteral("Only the chunked transfer coding is supported."));
                return false;
            }
            m_state = State::Chunked;
            m_chunkPhase = ChunkPhase::Size;
            m_remaining = 0;
            continueIfExpected(expect);
            return true;
        }
        qint64 length = 0;
        if (hasLength) {
            // Several Content-Length fields must agree (they arrive joined by ", ").
            const QList<QByteArray> values = m_request.header("content-length").split(',');
            bool first = true;
            for (const QByteArray& v : values) {
                const QByteArray t = v.trimmed();
                bool ok = !t.isEmpty() && t.size() <= 18;
                for (char c : t)
                    ok = ok && c >= '0' && c <= '9';
                const qint64 n = ok ? t.toLongLong(&ok) : -1;
                if (!ok || (!first && n != length)) {
                    fail(400, QStringLiteral("bad_request"), QStringLiteral("Content-Length is not valid."));
                    return false;
                }
                length = n;
                first = false;
            }
        }
        // Decided before a single byte of the body is read.
        if (length > limits.maxBodyBytes) {
            fail(413, QStringLiteral("body_too_large"),
                 QStringLiteral("The body is %1 bytes; at most %2 are accepted.")
                     .arg(length)
                     .arg(limits.maxBodyBytes));
            return false;
        }
        if (length == 0) {
            complete();
            return false;
        }
        m_request.body.reserve(length);
        m_remaining = length;
        m_state = State::Body;
        continueIfExpected(expect);
        return true;
    }

    void continueIfExpected(const QByteArray& expect)
    {
        if (expect == "100-continue" && m_in.isEmpty() && !m_request.http10)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    /// Chunked body: true when the last chunk and trailers are in.
    bool readChunks()
    {
        const HttpLimits& limits = m_server->limits();
        while (true) {
            switch (m_chunkPhase) {
            case ChunkPhase::Size: {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0) {
                    if (m_in.size() > 1024)
                        fail(400, QStringLiteral("bad_request"),
                             QStringLiteral("A chunk size line is too long."));
                    return false;
                }
                QByteArray line = m_in.left(eol);
                m_in.remove(0, eol + 2);
                m_request.bytesIn += eol + 2;
                const qsizetype semicolon = line.indexOf(';');
                if (semicolon >= 0)
                    line.truncate(semicolon);
                line = line.trimmed();
                bool ok = !line.isEmpty() && line.size() <= 15;
                const qint64 size = ok ? line.toLongLong(&ok, 16) : -1;
                if (!ok || size < 0) {
                    fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size is not valid."));
                    return false;
                }
                if (m_request.body.size() + size > limits.maxBodyBytes) {
                    fail(413, QStringLiteral("body_too_large"),
                         QStringLiteral("The body exceeds %1 bytes.").arg(limits.maxBodyBytes));
                    return false;
                }
                m_remaining = size;
                m_chunkPhase = size == 0 ? ChunkPhase::Trailers : ChunkPhase::Data;
                break;
            }
            case ChunkPhase::Data: {
                const qint64 take = qMin<qint64>(m_remaining, m_in.size());
                m_request.body.append(m_in.constData(), take);
                m_in.remove(0, take);
                m_request.bytesIn += take;
                m_remaining -= take;
                if (m_remaining > 0)
                    return false;
                m_chunkPhase = ChunkPhase::DataEnd;
                break;
            }
            case ChunkPhase::DataEnd:
                if (m_in.size() < 2)
                    return false;
                if (!m_in.startsWith("\r\n")) {
                    fail(400, QStringLiteral("bad_request"),
                         QStringLiteral("A chunk does not end with CRLF."));
                    return false;
                }
                m_in.remove(0, 2);
                m_request.bytesIn += 2;
                m_chunkPhase = ChunkPhase::Size;
                break;
            case ChunkPhase::Trailers: {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0) {
                    if (m_in.size() > limits.maxHeaderBytes)
                        fail(431, QStringLiteral("headers_too_large"),
                             QStringLiteral("The trailers are too large."));
                    return false;
                }
                m_in.remove(0, eol + 2);
                m_request.bytesIn += eol + 2;
                if (eol == 0)
                    return true; // trailers (ignored) end with an empty line
                break;
            }
            }
        }
    }

    void complete()
    {
        m_requestTimer->stop();
        m_state = State::Waiting;
        m_server->noteBuffered(m_in.size() + m_request.body.size());
        m_server->dispatch(this, m_request);
        m_request.body = QByteArray(); // the handler has its own copy
    }

    /// A request that cannot be read further: answer, log, close with a linger.
    void fail(int status, const QString& reason, const QString& message)
    {
        m_requestTimer->stop();
        HttpResponse response = HttpResponse::error(status, reason, message);
        response.close = true;
        if (m_request.requestId.isEmpty())
            m_request.requestId = newRequestId();
        send(response, false);
        beginClose();
    }

    void send(const HttpResponse& response, bool keepAlive)
    {
        const QByteArray bytes = serializeResponse(response, keepAlive, m_request.requestId);
        m_socket->write(bytes);
        m_socket->flush();
        m_server->log(m_request, response, bytes.size());
    }

    /// Stop reading requests; once the answer is out, half-close and discard
    /// what the client still sends until it closes or the linger ends.
    void beginClose()
    {
        m_state = State::Closing;
        m_in.clear();
        m_in.squeeze();
        m_request = HttpRequest();
        m_idleTimer->stop();
        m_requestTimer->stop();
        if (m_socket->bytesToWrite() == 0)
            halfClose();
    }

    void halfClose()
    {
        if (m_halfClosed || m_closed)
            return;
        m_halfClosed = true;
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        m_lingerTimer->start();
        m_socket->skip(m_socket->bytesAvailable());
    }

    void onBytesWritten(qint64)
    {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
            halfClose();
        else if (m_state == State::Idle && m_socket->bytesToWrite() <= kMaxUnsentBytes
                 && (!m_in.isEmpty() || m_socket->bytesAvailable() > 0))
            onReadyRead();
    }

    void onDisconnected()
    {
        if (m_state == State::Waiting) {
            // The client went away while its request is being handled; the
            // handler still finishes it (and the server logs it).
            m_state = State::Closing;
        }
        closeNow();
    }

    void onRequestTimeout()
    {
        if (m_state == State::Head || m_state == State::Body || m_state == State::Chunked)
            fail(408, QStringLiteral("request_timeout"),
                 QStringLiteral("The request did not arrive completely within %1 ms.")
                     .arg(m_server->limits().requestTimeoutMs));
    }

    enum class ChunkPhase
    {
        Size,
        Data,
        DataEnd,
        Trailers
    };

    HttpServer* m_server;
    quint64 m_id;
    QTcpSocket* m_socket;
    QTimer* m_requestTimer;
    QTimer* m_idleTimer;
    QTimer* m_lingerTimer;
    State m_state = State::Idle;
    ChunkPhase m_chunkPhase = ChunkPhase::Size;
    QByteArray m_in;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_halfClosed = false;
    bool m_closed = false;
};

HttpServer::HttpServer(const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_listener(new Listener(this))
{
    m_listener->setListenBacklogSize(qMax(128, limits.maxConnections));
}

HttpServer::~HttpServer()
{
    m_listener->close();
    const auto connections = m_connections.values();
    m_connections.clear();
    for (HttpConnection* c : connections)
        delete c;
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_listener->listen(address, port))
        return true;
    if (error)
        *error = m_listener->errorString();
    return false;
}

quint16 HttpServer::port() const
{
    return m_listener->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_listener->serverAddress();
}

void HttpServer::accept(qintptr descriptor)
{
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_shuttingDown || m_connections.size() >= m_limits.maxConnections) {
        // Refused politely: one answer, then closed.
        HttpRequest request;
        request.peer = socket->peerAddress();
        request.requestId = newRequestId();
        request.started.start();
        HttpResponse busy = HttpResponse::error(
            503, QStringLiteral("server_busy"),
            m_shuttingDown ? QStringLiteral("The gateway is shutting down.")
                           : QStringLiteral("Too many connections; try again shortly."));
        busy.setHeader("Retry-After", "1");
        const QByteArray bytes = serializeResponse(busy, false, request.requestId);
        socket->write(bytes);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        log(request, busy, bytes.size());
        return;
    }
    const quint64 id = m_nextId++;
    auto* connection = new HttpConnection(this, id, socket);
    m_connections.insert(id, connection);
}

void HttpServer::connectionClosed(HttpConnection* connection)
{
    m_connections.remove(connection->id());
    connection->deleteLater();
    checkDrained();
}

void HttpServer::dispatch(HttpConnection* connection, const HttpRequest& request)
{
    Q_UNUSED(connection);
    HttpRequest head = request;
    head.body = QByteArray();
    m_pending.insert(request.connectionId, head);
    if (m_handler)
        m_handler(request);
    else
        respond(request.connectionId,
                HttpResponse::error(500, QStringLiteral("internal_error"), QStringLiteral("No handler.")));
}

void HttpServer::respond(quint64 connectionId, const HttpResponse& response)
{
    const auto pending = m_pending.find(connectionId);
    if (pending == m_pending.end())
        return; // answered already
    const HttpRequest request = pending.value();
    m_pending.erase(pending);
    HttpConnection* connection = m_connections.value(connectionId);
    if (connection && connection->state() == HttpConnection::State::Waiting) {
        connection->respond(response);
        return;
    }
    // The client went away while its request was handled: the work is done
    // (and committed), only the answer is lost. It is logged all the same.
    HttpResponse gone = response;
    gone.logFields.insert(QStringLiteral("client_gone"), true);
    log(request, gone, 0);
    checkDrained();
}

void HttpServer::log(const HttpRequest& request, const HttpResponse& response, qint64 bytesOut)
{
    if (m_logger)
        m_logger(request, response, bytesOut);
}

void HttpServer::noteBuffered(qint64 bytes)
{
    m_peakBuffered = qMax(m_peakBuffered, bytes);
}

void HttpServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_listener->close();
    const auto connections = m_connections.values();
    for (HttpConnection* c : connections)
        c->beginShutdown();
    checkDrained();
}

void HttpServer::abortAll()
{
    const auto connections = m_connections.values();
    for (HttpConnection* c : connections)
        c->closeNow();
}

void HttpServer::checkDrained()
{
    if (m_shuttingDown && m_connections.isEmpty() && m_pending.isEmpty() && !m_drainedSent) {
        m_drainedSent = true;
        QMetaObject::invokeMethod(this, &HttpServer::drained, Qt::QueuedConnection);
    }
}

} // namespace minwon
