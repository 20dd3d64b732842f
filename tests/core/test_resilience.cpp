// SPDX-License-Identifier: Apache-2.0
// Pull the plug in a busy hour: desks keep saving into their outboxes, the
// database comes back (or a standby takes over) and every case is there
// exactly once. A paused server frees the desks instead of holding them.
#include "db/DbSession.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"
#include "local/LocalStore.h"
#include "services/CaseService.h"
#include "services/OutboxService.h"
#include "support/CatchQt.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace minwon;

namespace {

bool waitFor(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString tempRoot(const QString& name)
{
    return QDir::tempPath() + QStringLiteral("/minwon-") + name + QStringLiteral("-XXXXXX");
}

// A server of its own with the schema and the demo people (no history).
bool prepare(PrivateServer& server, QString* error)
{
    if (server.start(error) == PrivateServer::StartResult::Failed
        || !server.ensureDatabase(QStringLiteral("minwon"), error))
        return false;
    SqlConnection conn(server.connectionConfig(QStringLiteral("minwon")), {}, QStringLiteral("prep"));
    if (!conn.open(error))
        return false;
    Migrator migrator(conn.db());
    if (!migrator.migrate(error))
        return false;
    DemoSeeder::Options options;
    options.days = 0;
    options.perWeekday = 0;
    options.liveWaiting = 0;
    DemoSeeder seeder(conn.db(), options);
    DemoSeeder::Stats stats;
    return seeder.seed(&stats, error);
}

// One desk: a session as a counselor, its case service, local store and outbox.
struct Desk
{
    Desk(const ConnectionConfig& config, const QString& storePath)
        : session(config, {})
        , cases(&session)
        , store(storePath)
    {
        session.setStallLimit(3000);
        session.setHealthInterval(300);
        REQUIRE(store.open());
        outbox = std::make_unique<OutboxService>(&session, &store);
        session.start();
    }
    DbSession session;
    CaseService cases;
    LocalStore store;
    std::unique_ptr<OutboxService> outbox;
};

// Desks saving new cases in turns, like a busy hour.
struct Load
{
    QList<Desk*> desks;
    QTimer timer;
    int attempted = 0;
    int confirmed = 0;
    int kept = 0;
    int failed = 0;
    QString lastError;

    void start(int intervalMs)
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { saveOne(); });
        timer.start(intervalMs);
    }
    void saveOne()
    {
        Desk* desk = desks.at(attempted % desks.size());
        CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01000000000"));
        r.summary = QStringLiteral("load %1").arg(attempted);
        ++attempted;
        const QUuid op = QUuid::createUuid();
        desk->cases.save(r, op,
                         [this, desk, r, op](CaseService::SaveStatus status, int, const QString& message) {
                             if (status == CaseService::SaveStatus::Saved)
                                 ++confirmed;
                             else if (status == CaseService::SaveStatus::Offline) {
                                 // The form does the same: keep it for later, with the same operation id.
                                 if (desk->outbox->enqueueCase(r, op))
                                     ++kept;
                             } else {
                                 ++failed;
                                 lastError = message;
                             }
                         });
    }
    int pending() const
    {
        int n = 0;
        for (Desk* d : desks)
            n += d->outbox->pendingCount();
        return n;
    }
    bool allOnline() const
    {
        for (Desk* d : desks)
            if (d->session.state() != DbSession::State::Online)
                return false;
        return true;
    }
    void replayAll()
    {
        for (Desk* d : desks)
            d->outbox->replay();
    }
};

int countCases(const ConnectionConfig& config, int* distinct)
{
    SqlConnection conn(config, {}, QStringLiteral("count"));
    if (!conn.open())
        return -1;
    QSqlQuery q(conn.db());
    if (!q.exec(
            QStringLiteral("SELECT count(*), count(DISTINCT summary) FROM cases WHERE summary LIKE 'load %'"))
        || !q.next())
        return -1;
    *distinct = q.value(1).toInt();
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("kill -9 of the server while 20 desks save: every case lands exactly once", "[db][resilience]")
{
    QTemporaryDir dir(tempRoot(QStringLiteral("kill")));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    PrivateServer::Options options;
    options.rootDir = dir.path() + QStringLiteral("/server");
    options.durable = true;
    PrivateServer server(options);
    QString error;
    REQUIRE(prepare(server, &error));
    INFO(error.toStdString());

    QList<std::shared_ptr<Desk>> owned;
    Load load;
    for (int i = 0; i < 20; ++i) {
        ConnectionConfig config = server.connectionConfig(QStringLiteral("minwon"));
        config.user = QStringLiteral("counselor%1").arg(i + 11);
        owned << std::make_shared<Desk>(config, dir.filePath(QStringLiteral("desk%1.sqlite").arg(i)));
        load.desks << owned.last().get();
    }
    REQUIRE(waitFor([&] { return load.allOnline(); }, 10000));
    load.start(25);

    waitFor([] { return false; }, 1500);
    const qint64 pid = server.postmasterPid();
    REQUIRE(::kill(pid_t(pid), SIGKILL) == 0);
    // Every desk notices within seconds, without a query of its own going wrong.
    CHECK(waitFor(
        [&] {
            for (Desk* d : load.desks)
                if (d->session.state() == DbSession::State::Online)
                    return false;
            return true;
        },
        8000));
    waitFor([] { return false; }, 1500); // saving on, into the outboxes
    REQUIRE(server.start(&error) != PrivateServer::StartResult::Failed);
    waitFor([] { return false; }, 1500);
    load.timer.stop();
    CHECK(load.kept > 0);

    // Back: reconnect, then the outboxes empty themselves.
    const bool online = waitFor([&] { return load.allOnline(); }, 30000);
    for (Desk* d : load.desks)
        UNSCOPED_INFO(int(d->session.state()) << " " << d->session.stateMessage().toStdString());
    UNSCOPED_INFO(server.logTail(10).toStdString());
    REQUIRE(online);
    REQUIRE(waitFor(
        [&] {
            load.replayAll();
            return load.pending() == 0;
        },
        30000));
    waitFor([] { return false; }, 500);
    int distinct = 0;
    const int stored = countCases(server.connectionConfig(QStringLiteral("minwon")), &distinct);
    INFO("attempted " << load.attempted << ", confirmed " << load.confirmed << ", kept " << load.kept
                      << ", failed " << load.failed << " " << load.lastError.toStdString());
    CHECK(load.failed == 0);
    CHECK(stored == load.attempted);
    CHECK(distinct == load.attempted);
    owned.clear();
    server.stop();
}

TEST_CASE("A paused server frees the desks instead of holding them", "[db][resilience]")
{
    QTemporaryDir dir(tempRoot(QStringLiteral("stop")));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    PrivateServer::Options options;
    options.rootDir = dir.path() + QStringLiteral("/server");
    options.durable = false;
    PrivateServer server(options);
    QString error;
    REQUIRE(prepare(server, &error));
    ConnectionConfig config = server.connectionConfig(QStringLiteral("minwon"));
    config.user = QStringLiteral("counselor05");
    DbSession session(config, {});
    session.setStallLimit(1500);
    session.setHealthInterval(300);
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }, 10000));

    REQUIRE(server.signalAll(SIGSTOP));
    QElapsedTimer timer;
    timer.start();
    bool answered = false;
    DbResult answer;
    session.run(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT 1")) ? DbResult::success()
                                                      : DbResult::failure(q.lastError());
        },
        [&](const DbResult& r) {
            answered = true;
            answer = r;
        });
    // The job is answered (with "unreachable") within the stall limit, not never.
    REQUIRE(waitFor([&] { return answered; }, 6000));
    CHECK_FALSE(answer.ok);
    CHECK(answer.kind == DbError::Kind::Unreachable);
    CHECK(timer.elapsed() < 5000);
    CHECK(session.state() != DbSession::State::Online);
    // Meanwhile further jobs fail at once instead of queueing.
    bool quick = false;
    session.run([](QSqlDatabase&) { return DbResult::success(); }, [&](const DbResult& r) { quick = !r.ok; });
    CHECK(waitFor([&] { return quick; }, 200));

    REQUIRE(server.signalAll(SIGCONT));
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }, 30000));
    const DbResult after = session.runSync([](QSqlDatabase& db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT 1")) ? DbResult::success() : DbResult::failure(q.lastError());
    });
    CHECK(after.ok);
    server.stop();
}

TEST_CASE("The primary dies, the standby is promoted, desks carry on and nothing confirmed is lost",
          "[db][resilience][failover]")
{
    QTemporaryDir dir(tempRoot(QStringLiteral("failover")));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const int primaryPort = freePort();
    const int standbyPort = freePort() == primaryPort ? primaryPort + 1 : freePort();
    // The recommended two-room set-up: a synchronous standby, so a case the
    // primary confirmed is on the standby too.
    const QStringList replication {QStringLiteral("wal_level = replica"),
                                   QStringLiteral("max_wal_senders = 5"), QStringLiteral("hot_standby = on"),
                                   QStringLiteral("synchronous_commit = on")};
    const QStringList hba {QStringLiteral("host replication all 127.0.0.1/32 trust"),
                           QStringLiteral("host all all 127.0.0.1/32 trust")};
    PrivateServer::Options p;
    p.rootDir = dir.path() + QStringLiteral("/primary");
    p.tcpPort = primaryPort;
    p.durable = true;
    p.extraConfig = replication;
    p.extraHba = hba;
    PrivateServer primary(p);
    QString error;
    REQUIRE(prepare(primary, &error));
    PrivateServer::Options s = p;
    s.rootDir = dir.path() + QStringLiteral("/standby");
    s.tcpPort = standbyPort;
    PrivateServer standby(s);
    REQUIRE(standby.createStandbyOf(primary, &error));
    INFO(error.toStdString());
    REQUIRE(standby.start(&error) == PrivateServer::StartResult::Started);
    {
        // Synchronous from now on (before, the primary would wait for a standby
        // that does not exist yet).
        SqlConnection admin(primary.connectionConfig(QStringLiteral("minwon")), {}, QStringLiteral("sync"));
        REQUIRE(admin.open());
        QSqlQuery q(admin.db());
        REQUIRE(q.exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '*'")));
        REQUIRE(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
        REQUIRE(waitFor(
            [&] {
                return q.exec(QStringLiteral(
                           "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'"))
                    && q.next() && q.value(0).toInt() == 1;
            },
            15000));
    }

    ConnectionConfig config;
    config.mode = ConnectionConfig::Mode::Shared;
    config.hosts
        = {QStringLiteral("127.0.0.1:%1").arg(primaryPort), QStringLiteral("127.0.0.1:%1").arg(standbyPort)};
    config.database = QStringLiteral("minwon");
    config.sslMode = QStringLiteral("disable");
    config.connectTimeoutSeconds = 2;
    QList<std::shared_ptr<Desk>> owned;
    Load load;
    for (int i = 0; i < 5; ++i) {
        ConnectionConfig c = config;
        c.user = QStringLiteral("counselor%1").arg(i + 21);
        owned << std::make_shared<Desk>(c, dir.filePath(QStringLiteral("desk%1.sqlite").arg(i)));
        load.desks << owned.last().get();
    }
    REQUIRE(waitFor([&] { return load.allOnline(); }, 15000));
    load.start(40);
    waitFor([] { return false; }, 1500);
    REQUIRE(::kill(pid_t(primary.postmasterPid()), SIGKILL) == 0);
    waitFor([] { return false; }, 500);
    REQUIRE(standby.promote(&error));
    waitFor([] { return false; }, 2000);
    load.timer.stop();
    REQUIRE(waitFor([&] { return load.allOnline(); }, 30000));
    REQUIRE(waitFor(
        [&] {
            load.replayAll();
            return load.pending() == 0;
        },
        30000));
    waitFor([] { return false; }, 500);
    int distinct = 0;
    const int stored = countCases(standby.connectionConfig(QStringLiteral("minwon")), &distinct);
    INFO("attempted " << load.attempted << ", confirmed " << load.confirmed << ", kept " << load.kept
                      << ", failed " << load.failed << " " << load.lastError.toStdString());
    CHECK(load.failed == 0);
    CHECK(stored == load.attempted);
    CHECK(distinct == load.attempted);
    owned.clear();
    standby.stop();
}
