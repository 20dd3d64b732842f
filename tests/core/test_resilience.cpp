// SPDX-License-Identifier: Apache-2.0
// Pull the plug in a busy hour: desks keep saving into their outboxes, the
// database comes back (or a standby takes over) and every case is there
// exactly once. A paused server frees the desks instead of holding them.
#include "support/CatchQt.h"
#include "support/ResilienceRig.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>

using namespace minwon;
using namespace minwon::rig;

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
        REQUIRE(owned.last()->storeOpen);
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
    // The connection left behind finishes once the server runs again and
    // deletes itself; the watchdog keeps looking at the abandoned list
    // (four times a second) and must not touch the deleted thread.
    waitFor([] { return false; }, 1500);
    const DbResult later = session.runSync([](QSqlDatabase& db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT 1")) ? DbResult::success() : DbResult::failure(q.lastError());
    });
    CHECK(later.ok);
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
    PrivateServer::Options p;
    p.rootDir = dir.path() + QStringLiteral("/primary");
    p.tcpPort = primaryPort;
    p.durable = true;
    p.extraConfig = replicationConfig();
    p.extraHba = replicationHba();
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
    // Synchronous from now on (before, the primary would wait for a standby
    // that does not exist yet).
    REQUIRE(makeSynchronous(primary));

    const ConnectionConfig config = twoSiteConfig(primaryPort, standbyPort);
    QList<std::shared_ptr<Desk>> owned;
    Load load;
    for (int i = 0; i < 5; ++i) {
        ConnectionConfig c = config;
        c.user = QStringLiteral("counselor%1").arg(i + 21);
        owned << std::make_shared<Desk>(c, dir.filePath(QStringLiteral("desk%1.sqlite").arg(i)));
        REQUIRE(owned.last()->storeOpen);
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
