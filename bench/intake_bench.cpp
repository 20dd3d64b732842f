// SPDX-License-Identifier: Apache-2.0
// Intake gateway benchmark: sustained contacts per second and latency
// percentiles of POST /v1/contacts over loopback with 1, 8 and 64 parallel
// keep-alive connections, each with one request outstanding. The gateway is
// the same IntakeServer as minwon-intake (its own thread, 4 database
// connections, log lines written to /dev/null) on a throwaway durable
// PostgreSQL of its own; every answer is checked and the contacts are
// counted in the database afterwards.
//
//   build/bench/intake_bench [--seconds 10] [--connections 1,8,64] [--db-connections 4] [--no-fsync]
//                            [--json FILE]
//
// --no-fsync runs PostgreSQL with fsync off (as the test clusters do), which
// shows the gateway's own cost when the disk's flush is not the bottleneck.

#include "BenchServer.h"
#include "BenchStats.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "intake/IntakeServer.h"
#include "intake/IntakeTokens.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using minwon::bench::Percentiles;
using minwon::bench::percentiles;

struct Level
{
    int connections = 0;
    double seconds = 0;
    int completed = 0;
    int errors = 0;
    Percentiles latencyMs;
};

/// One keep-alive connection sending POST /v1/contacts back to back.
class Client
{
public:
    Client(int index, quint16 port, const QByteArray& token, int* run)
        : m_index(index)
        , m_port(port)
        , m_token(token)
        , m_run(run)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { onReadyRead(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { sendNext(); });
    }

    void start(bool* measuring, std::vector<double>* latencies, int* completed, int* errors)
    {
        m_measuring = measuring;
        m_latencies = latencies;
        m_completed = completed;
        m_errors = errors;
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    void stop() { m_stopped = true; }
    bool idle() const { return !m_waiting; }

private:
    void sendNext()
    {
        if (m_stopped)
            return;
        ++m_sequence;
        const QByteArray body
            = QStringLiteral(R"({"channel": "sms", "sender": "010-%1-%2", "text": "벤치마크 문의 %3"})")
                  .arg(5000 + m_index % 4000, 4, 10, QLatin1Char('0'))
                  .arg(m_sequence % 10000, 4, 10, QLatin1Char('0'))
                  .arg(m_sequence)
                  .toUtf8();
        QByteArray request
            = "POST /v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Authorization: Bearer "
            + m_token + "\r\nIdempotency-Key: bench-" + QByteArray::number(*m_run) + '-'
            + QByteArray::number(m_index) + '-' + QByteArray::number(m_sequence)
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_clock.start();
        m_waiting = true;
        m_socket.write(request);
    }

    void onReadyRead()
    {
        m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = m_in.indexOf("Content-Length: ");
        if (lengthAt < 0 || lengthAt > end)
            return;
        const qsizetype lineEnd = m_in.indexOf("\r\n", lengthAt);
        const qsizetype length = m_in.mid(lengthAt + 16, lineEnd - lengthAt - 16).toLongLong();
        if (m_in.size() < end + 4 + length)
            return;
        const bool created = m_in.startsWith("HTTP/1.1 201");
        m_in.remove(0, end + 4 + length);
        m_waiting = false;
        if (*m_measuring) {
            m_latencies->push_back(double(m_clock.nsecsElapsed()) / 1e6);
            ++*(created ? m_completed : m_errors);
        }
        sendNext();
    }

    int m_index;
    quint16 m_port;
    QByteArray m_token;
    int* m_run;
    QTcpSocket m_socket;
    QByteArray m_in;
    QElapsedTimer m_clock;
    int m_sequence = 0;
    bool m_waiting = false;
    bool m_stopped = false;
    bool* m_measuring = nullptr;
    std::vector<double>* m_latencies = nullptr;
    int* m_completed = nullptr;
    int* m_errors = nullptr;
};

Level runLevel(quint16 port, const QByteArray& token, int connections, int seconds, int run)
{
    static int runId = 0;
    runId = run;
    bool measuring = false;
    std::vector<double> latencies;
    latencies.reserve(200000);
    int completed = 0;
    int errors = 0;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < connections; ++i) {
        clients.push_back(std::make_unique<Client>(i, port, token, &runId));
        clients.back()->start(&measuring, &latencies, &completed, &errors);
    }
    QEventLoop loop;
    // One second of warm-up, then the measured stretch.
    QTimer::singleShot(1000, &loop, [&] { measuring = true; });
    QElapsedTimer measured;
    QTimer::singleShot(1000, &loop, [&] { measured.start(); });
    QTimer::singleShot(1000 + seconds * 1000, &loop, [&] {
        measuring = false;
        for (auto& c : clients)
            c->stop();
        loop.quit();
    });
    loop.exec();
    Level level;
    level.connections = connections;
    level.seconds = double(measured.nsecsElapsed()) / 1e9;
    level.completed = completed;
    level.errors = errors;
    level.latencyMs = percentiles(latencies);
    // Let the last answers arrive before the sockets go.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 3000
           && !std::all_of(clients.begin(), clients.end(), [](const auto& c) { return c->idle(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return level;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    minwon::initCore();
    int seconds = 10;
    int dbConnections = 4;
    QList<int> levels {1, 8, 64};
    QString jsonPath;
    QStringList args = app.arguments();
    const bool durable = args.removeAll(QStringLiteral("--no-fsync")) == 0;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--db-connections"))
            dbConnections = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--connections")) {
            levels.clear();
            for (const QString& n : args[++i].split(QLatin1Char(',')))
                levels << qMax(1, n.toInt());
        } else if (args[i] == QLatin1String("--json"))
            jsonPath = args[++i];
    }

    minwon::PrivateServer::Options options;
    options.durable = durable;
    minwon::bench::BenchServer bench(options);
    if (!bench.isReady())
        return 1;
    minwon::PrivateServer& server = bench.server();
    QString error;
    const minwon::ConnectionConfig config = server.connectionConfig(QStringLiteral("bench"));
    QString token;
    {
        minwon::SqlConnection conn(config, {}, QStringLiteral("bench"));
        conn.open(&error);
        minwon::Migrator migrator(conn.db());
        if (!migrator.migrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlDatabase db = conn.db();
        token = minwon::IntakeTokens::add(db, QStringLiteral("bench"), {QStringLiteral("all")}, 10000000,
                                          1000000, {}, &error);
        if (token.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    // The gateway in a thread of its own, as in minwon-intake (where it has
    // the main thread): the client's event loop does not share its thread.
    FILE* devNull = std::fopen("/dev/null", "w");
    QThread gatewayThread;
    QObject anchor;
    anchor.moveToThread(&gatewayThread);
    gatewayThread.start();
    minwon::IntakeServer* gateway = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            minwon::IntakeServer::Options o;
            o.database = config;
            o.port = 0;
            o.dbConnections = dbConnections;
            o.limits.maxConnections = 4096;
            o.logSink = [devNull](const QByteArray& line) {
                std::fwrite(line.constData(), 1, size_t(line.size()), devNull);
                std::fputc('\n', devNull);
            };
            gateway = new minwon::IntakeServer(o);
            if (gateway->start(&error))
                port = gateway->port();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "gateway: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("intake benchmark: POST /v1/contacts over loopback, %d s per level after 1 s of warm-up, "
                "%d database connections, PostgreSQL with fsync %s, %d CPU threads\n",
                seconds, dbConnections, durable ? "on" : "off", QThread::idealThreadCount());
    QList<Level> results;
    int run = 0;
    for (int connections : std::as_const(levels)) {
        const Level l = runLevel(port, token.toLatin1(), connections, seconds, ++run);
        results << l;
        std::printf(
            "%3d connections: %6d contacts in %.1f s = %7.0f contacts/s; latency ms p50 %.2f p95 %.2f "
            "p99 %.2f max %.1f; errors %d\n",
            l.connections, l.completed, l.seconds, l.completed / l.seconds, l.latencyMs.p50, l.latencyMs.p95,
            l.latencyMs.p99, l.latencyMs.max, l.errors);
        std::fflush(stdout);
    }

    QMetaObject::invokeMethod(
        &anchor, [&] { delete gateway; }, Qt::BlockingQueuedConnection);
    gatewayThread.quit();
    gatewayThread.wait();
    std::fclose(devNull);

    // Every 201 is one contact in the database, and no more.
    int stored = -1;
    {
        minwon::SqlConnection conn(config, {}, QStringLiteral("bench-check"));
        conn.open();
        QSqlQuery q(conn.db());
        if (q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE source = 'intake:bench'")) && q.next())
            stored = q.value(0).toInt();
    }
    std::printf("contacts stored: %d (every answered request, warm-up included)\n", stored);

    if (!jsonPath.isEmpty()) {
        QJsonArray list;
        for (const Level& l : std::as_const(results)) {
            list.append(QJsonObject {{QStringLiteral("connections"), l.connections},
                                     {QStringLiteral("seconds"), l.seconds},
                                     {QStringLiteral("contacts"), l.completed},
                                     {QStringLiteral("contacts_per_second"), l.completed / l.seconds},
                                     {QStringLiteral("errors"), l.errors},
                                     {QStringLiteral("latency_ms"),
                                      QJsonObject {{QStringLiteral("p50"), l.latencyMs.p50},
                                                   {QStringLiteral("p95"), l.latencyMs.p95},
                                                   {QStringLiteral("p99"), l.latencyMs.p99},
                                                   {QStringLiteral("max"), l.latencyMs.max}}}});
        }
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(QJsonObject {{QStringLiteral("levels"), list},
                                               {QStringLiteral("db_connections"), dbConnections},
                                               {QStringLiteral("seconds_per_level"), seconds},
                                               {QStringLiteral("contacts_stored"), stored},
                                               {QStringLiteral("fsync"), durable},
                                               {QStringLiteral("cpu_threads"), QThread::idealThreadCount()}})
                        .toJson());
    }
    server.stop();
    int errors = 0;
    for (const Level& l : std::as_const(results))
        errors += l.errors;
    return errors == 0 ? 0 : 1;
}
