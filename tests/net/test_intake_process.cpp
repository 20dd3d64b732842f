// SPDX-License-Identifier: Apache-2.0
// The minwon-intake program itself: started with the admin tool's database
// options, it serves, and on SIGTERM stops accepting, finishes the requests
// in flight (one still arriving, one waiting in the database) and exits.
#include "NetSupport.h"
#include "intake/IntakeTokens.h"
#include "support/CatchQt.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

using namespace minwon::test;

namespace {

QStringList databaseArgs(const TestDatabase& db)
{
    const minwon::ConnectionConfig c = db.config();
    return {QStringLiteral("--host"), c.hosts.first(), QStringLiteral("--port"), QString::number(c.port),
            QStringLiteral("--db"),   c.database,      QStringLiteral("--user"), c.user};
}

struct Service
{
    QProcess process;
    QByteArray stderrText;
    quint16 port = 0;

    bool start(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MINWON_SETTINGS"), m_dir.filePath(QStringLiteral("settings.conf")));
        env.insert(QStringLiteral("MINWON_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { stderrText += process.readAllStandardError(); });
        process.start(QStringLiteral(MINWON_INTAKE_BINARY), args);
        return waitFor(
                   [this] {
                       for (const QByteArray& line : stderrText.split('\n')) {
                           const QJsonObject o = QJsonDocument::fromJson(line).object();
                           if (o.value(QStringLiteral("event")).toString() == QStringLiteral("listening"))
                               port = quint16(o.value(QStringLiteral("port")).toInt());
                       }
                       return port != 0 || process.state() == QProcess::NotRunning;
                   },
                   15000)
            && port != 0;
    }

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray& line : stderrText.split('\n'))
            if (!line.trimmed().isEmpty())
                result << QJsonDocument::fromJson(line).object();
        return result;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE("minwon-intake finishes the requests in flight when stopped with SIGTERM",
          "[net][db][intake][process]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    minwon::SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
    REQUIRE(owner.open());
    QSqlDatabase sql = owner.db();
    QString error;
    const QString token = minwon::IntakeTokens::add(sql, QStringLiteral("pbx"), {QStringLiteral("all")},
                                                    100000, 1000, {}, &error);
    REQUIRE(!token.isEmpty());

    Service service;
    REQUIRE(service.start(databaseArgs(db) << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0")));
    REQUIRE(exchange(service.port,
                     jsonPost("/v1/contacts", token, QStringLiteral("warm-up"),
                              R"({"channel": "phone", "sender": "010-6000-0000"})"))
                .status
            == 201);

    // In flight 1: half of a request has arrived.
    QTcpSocket arriving;
    arriving.connectToHost(QHostAddress::LocalHost, service.port);
    const QByteArray full = jsonPost("/v1/contacts", token, QStringLiteral("arriving"),
                                     R"({"channel": "phone", "sender": "010-6000-0001"})");
    arriving.write(full.left(full.size() / 2));
    REQUIRE(arriving.waitForBytesWritten(2000));

    // In flight 2: a request waiting in the database (its idempotency key is
    // held by this test's open transaction).
    QSqlQuery q(sql);
    REQUIRE(sql.transaction());
    q.prepare(QStringLiteral(
        "INSERT INTO intake_requests (connector_id, idem_key, request_hash, method, path) "
        "SELECT id, 'waiting-in-db', repeat('0', 64), 'POST', '/v1/contacts' FROM intake_connectors "
        "WHERE name = 'pbx'"));
    REQUIRE(q.exec());
    QTcpSocket waiting;
    waiting.connectToHost(QHostAddress::LocalHost, service.port);
    waiting.write(jsonPost("/v1/contacts", token, QStringLiteral("waiting-in-db"),
                           R"({"channel": "phone", "sender": "010-6000-0002"})"));
    minwon::SqlConnection watcher(db.config(), {}, QStringLiteral("watcher"));
    REQUIRE(watcher.open());
    REQUIRE(waitFor(
        [&] {
            QSqlQuery w(watcher.db());
            return w.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                         "'minwon-intake' AND wait_event_type = 'Lock'"))
                && w.next() && w.value(0).toInt() == 1;
        },
        10000));

    service.process.terminate(); // SIGTERM
    // New connections are refused at once…
    REQUIRE(waitFor(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, service.port);
            probe.waitForConnected(200);
            return probe.state() != QAbstractSocket::ConnectedState;
        },
        5000));
    CHECK(service.process.state() == QProcess::Running);

    // …while the request that was arriving is still read and answered.
    arriving.write(full.mid(full.size() / 2));
    QByteArray in;
    std::optional<HttpReply> first;
    REQUIRE(waitFor(
        [&] {
            in += arriving.readAll();
            if (!first)
                first = takeResponse(in);
            return first.has_value();
        },
        10000));
    CHECK(first->status == 201);
    CHECK(first->header("connection") == "close");
    CHECK(service.process.state() == QProcess::Running); // the other one is not done yet

    // The database lets the other one go on: it is answered too, then the program ends.
    REQUIRE(sql.rollback());
    QByteArray in2;
    std::optional<HttpReply> second;
    REQUIRE(waitFor(
        [&] {
            in2 += waiting.readAll();
            if (!second)
                second = takeResponse(in2);
            return second.has_value();
        },
        10000));
    CHECK(second->status == 201);
    REQUIRE(service.process.waitForFinished(10000));
    CHECK(service.process.exitStatus() == QProcess::NormalExit);
    CHECK(service.process.exitCode() == 0);

    service.stderrText += service.process.readAllStandardError();
    QStringList events;
    int requests = 0;
    for (const QJsonObject& line : service.lines()) {
        if (line.contains(QStringLiteral("event")))
            events << line.value(QStringLiteral("event")).toString();
        if (line.contains(QStringLiteral("request_id")))
            ++requests;
    }
    CHECK(events
          == QStringList {QStringLiteral("listening"), QStringLiteral("shutting_down"),
                          QStringLiteral("stopped")});
    CHECK(requests == 3);
    QSqlQuery check(sql);
    REQUIRE(check.exec(
        QStringLiteral("SELECT count(*) FROM contacts WHERE sender IN ('01060000001', '01060000002')")));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == 2);
}

TEST_CASE("minwon-intake explains its options and refuses wrong ones", "[net][intake][process]")
{
    QProcess help;
    help.start(QStringLiteral(MINWON_INTAKE_BINARY), {QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(10000));
    CHECK(help.exitCode() == 0);
    const QByteArray usage = help.readAllStandardOutput();
    CHECK(usage.contains("--listen"));
    CHECK(usage.contains("--max-body"));

    QProcess wrong;
    wrong.start(QStringLiteral(MINWON_INTAKE_BINARY),
                {QStringLiteral("--listen"), QStringLiteral("nowhere")});
    REQUIRE(wrong.waitForFinished(10000));
    CHECK(wrong.exitCode() == 2);
    CHECK(wrong.readAllStandardError().contains("HOST:PORT"));
}

TEST_CASE("minwon-admin simulate stops on a plain kill as on Ctrl+C", "[net][admin]")
{
    // scripts/demo stops its simulator with kill: it must end, not linger.
    for (const int sig : {SIGTERM, SIGINT}) {
        INFO("signal " << sig);
        QProcess sim;
        sim.start(QStringLiteral(MINWON_ADMIN_BINARY),
                  {QStringLiteral("simulate"), QStringLiteral("--via"), QStringLiteral("http"),
                   QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--token"),
                   QStringLiteral("unused"), QStringLiteral("--per-minute"), QStringLiteral("60")});
        REQUIRE(sim.waitForStarted(5000));
        QByteArray out;
        REQUIRE(waitFor(
            [&] {
                out += sim.readAllStandardOutput();
                return out.contains("Simulating");
            },
            10000));
        ::kill(pid_t(sim.processId()), sig);
        CHECK(sim.waitForFinished(5000));
        CHECK(sim.exitStatus() == QProcess::NormalExit);
        if (sim.state() != QProcess::NotRunning)
            sim.kill();
    }
}
