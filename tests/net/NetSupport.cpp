// SPDX-License-Identifier: Apache-2.0
#include "NetSupport.h"

#include "intake/IntakeTokens.h"
#include "support/CatchQt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>

namespace minwon::test {

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        // Called once a round: predicates may consume what they read.
        if (done())
            return true;
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::usleep(200);
    }
}

QString HttpReply::reason() const
{
    const QJsonDocument doc = json();
    if (doc.isArray())
        return doc.array().first().toObject().value(QStringLiteral("reason")).toString();
    return doc.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString();
}

std::optional<HttpReply> takeResponse(QByteArray& buffer)
{
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpReply reply;
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        reply.status = status.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (reply.status >= 100 && reply.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qsizetype length = reply.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        reply.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return reply;
    }
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& target, const Headers& headers,
                      const QByteArray& body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : headers) {
        out += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && (!body.isEmpty() || method == "POST"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    return out;
}

QByteArray jsonPost(const QByteArray& target, const QString& token, const QString& key,
                    const QByteArray& body, const Headers& extra)
{
    Headers headers {{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key.toLatin1()});
    headers.append(extra);
    return rawRequest("POST", target, headers, body);
}

HttpReply exchange(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    QByteArray buffer;
    std::optional<HttpReply> reply;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, [&closed] { closed = true; });
    waitFor(
        [&] {
            buffer += socket.readAll();
            if (!reply)
                reply = takeResponse(buffer);
            return reply.has_value() || closed || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    buffer += socket.readAll();
    if (!reply)
        reply = takeResponse(buffer);
    HttpReply result = reply.value_or(HttpReply());
    if (result.header("connection") == "close")
        waitFor([&] { return closed || socket.state() == QAbstractSocket::UnconnectedState; }, 3000);
    result.closed = closed || socket.state() == QAbstractSocket::UnconnectedState;
    result.elapsedMs = clock.elapsed();
    return result;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Gateway ----------------------------------------------------------------------

Gateway::Gateway(const Tweak& tweak)
    : m_ownDb(std::make_unique<TestDatabase>(TestDatabase::Kind::Demo))
    , m_db(m_ownDb.get())
{
    init(m_db->config(), tweak);
}

Gateway::Gateway(TestDatabase& db, const ConnectionConfig& serverConfig, const Tweak& tweak)
    : m_db(&db)
{
    init(serverConfig, tweak);
}

void Gateway::init(const ConnectionConfig& serverConfig, const Tweak& tweak)
{
    m_owner = std::make_unique<SqlConnection>(m_db->config(), QString(), QStringLiteral("gateway-test"));
    REQUIRE(m_owner->open());
    IntakeServer::Options options;
    options.database = serverConfig;
    options.port = 0;
    options.dbConnections = 3;
    options.tokenCacheMs = 300;
    options.limits.requestTimeoutMs = 3000;
    auto logs = m_logs;
    options.logSink = [logs](const QByteArray& line) { logs->append(QString::fromUtf8(line)); };
    if (tweak)
        tweak(options);
    m_server = std::make_unique<IntakeServer>(options);
    QString error;
    REQUIRE(m_server->start(&error));
}

Gateway::~Gateway()
{
    m_server->shutdown();
    waitFor([this] { return m_server->isFinished(); }, 10000);
    m_server.reset();
    m_owner.reset();
}

QList<QJsonObject> Gateway::requestLogs() const
{
    QList<QJsonObject> result;
    for (const QString& line : *m_logs) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(QStringLiteral("request_id")))
            result << o;
    }
    return result;
}

QString Gateway::addConnector(const QString& name, const QStringList& channels, int ratePerMinute, int burst)
{
    QSqlDatabase db = m_owner->db();
    QString error;
    const QString token = IntakeTokens::add(db, name, channels, ratePerMinute, burst, {}, &error);
    INFO(error.toStdString());
    REQUIRE(!token.isEmpty());
    return token;
}

HttpReply Gateway::post(const QByteArray& target, const QString& token, const QString& key,
                        const QJsonObject& body)
{
    return exchange(port(), jsonPost(target, token, key, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

HttpReply Gateway::post(const QByteArray& target, const QString& token, const QString& key,
                        const QByteArray& body, const Headers& extra)
{
    return exchange(port(), jsonPost(target, token, key, body, extra));
}

HttpReply Gateway::get(const QByteArray& target)
{
    return exchange(port(), rawRequest("GET", target, {}));
}

QVariant Gateway::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_owner->db());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        FAIL((q.lastError().text() + QStringLiteral(" in ") + sql).toStdString());
        return {};
    }
    return q.value(0);
}

// PgProxy ----------------------------------------------------------------------

class PgProxy::Relay : public QObject
{
public:
    Relay(const QString& listenPath, const QString& targetPath)
        : m_listenPath(listenPath)
        , m_targetPath(targetPath)
        , m_listener(new QLocalServer(this))
    {
        m_listener->setSocketOptions(QLocalServer::WorldAccessOption);
        connect(m_listener, &QLocalServer::newConnection, this, &Relay::accept);
    }

    bool up()
    {
        if (m_listener->isListening())
            return true;
        QLocalServer::removeServer(m_listenPath);
        return m_listener->listen(m_listenPath);
    }

    void down()
    {
        m_listener->close();
        const auto pairs = m_pairs;
        for (Pair* p : pairs)
            drop(p);
    }

private:
    struct Pair
    {
        QLocalSocket* client = nullptr;
        QLocalSocket* server = nullptr;
    };

    void accept()
    {
        while (QLocalSocket* client = m_listener->nextPendingConnection()) {
            auto* pair = new Pair;
            pair->client = client;
            pair->server = new QLocalSocket(this);
            m_pairs << pair;
            connect(client, &QLocalSocket::readyRead, this,
                    [pair] { pair->server->write(pair->client->readAll()); });
            connect(pair->server, &QLocalSocket::readyRead, this,
                    [pair] { pair->client->write(pair->server->readAll()); });
            connect(client, &QLocalSocket::disconnected, this, [this, pair] { drop(pair); });
            connect(pair->server, &QLocalSocket::disconnected, this, [this, pair] { drop(pair); });
            pair->server->connectToServer(m_targetPath);
            if (!pair->server->waitForConnected(2000)) {
                drop(pair);
                continue;
            }
            if (client->bytesAvailable() > 0)
                pair->server->write(client->readAll());
        }
    }

    void drop(Pair* pair)
    {
        if (!m_pairs.removeOne(pair))
            return;
        pair->client->disconnect(this);
        pair->server->disconnect(this);
        pair->client->abort();
        pair->server->abort();
        pair->client->deleteLater();
        pair->server->deleteLater();
        delete pair;
    }

    QString m_listenPath;
    QString m_targetPath;
    QLocalServer* m_listener;
    QList<Pair*> m_pairs;
};

PgProxy::PgProxy(const ConnectionConfig& target)
    : m_target(target)
    , m_thread(new QThread)
    , m_relay(new Relay(m_dir.path() + QStringLiteral("/.s.PGSQL.%1").arg(target.port),
                        target.hosts.first() + QStringLiteral("/.s.PGSQL.%1").arg(target.port)))
{
    m_relay->moveToThread(m_thread);
    m_thread->start();
}

PgProxy::~PgProxy()
{
    down();
    QMetaObject::invokeMethod(
        m_relay, [this] { delete m_relay; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

ConnectionConfig PgProxy::config() const
{
    ConnectionConfig c = m_target;
    c.hosts = {m_dir.path()};
    return c;
}

bool PgProxy::up()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_relay, [this, &ok] { ok = m_relay->up(); }, Qt::BlockingQueuedConnection);
    return ok;
}

void PgProxy::down()
{
    QMetaObject::invokeMethod(
        m_relay, [this] { m_relay->down(); }, Qt::BlockingQueuedConnection);
}

} // namespace minwon::test
