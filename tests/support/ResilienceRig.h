// SPDX-License-Identifier: Apache-2.0
// Desks that save cases in a busy hour while the server is killed, paused or
// replaced: shared by the resilience tests and bench/resilience_bench, so the
// numbers in docs/benchmarks.md come from the same rig the tests check.
// Header-only and free of Catch2, so the benchmark can use it as well.
#pragma once

#include "db/DbSession.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"
#include "local/LocalStore.h"
#include "services/CaseService.h"
#include "services/OutboxService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

namespace minwon::rig {

inline bool waitFor(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return condition();
}

inline void pause(int ms)
{
    waitFor([] { return false; }, ms);
}

inline int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

inline QString tempRoot(const QString& name)
{
    return QDir::tempPath() + QStringLiteral("/minwon-") + name + QStringLiteral("-XXXXXX");
}

/// A server of its own with the schema and the demo people (no history).
inline bool prepare(PrivateServer& server, QString* error)
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

/// One desk: a session as a counselor, its case service, local store and outbox.
struct Desk
{
    /// Tests check quickly (health every 300 ms); the benchmark passes
    /// quickChecks = false to measure what a desk does with its defaults.
    Desk(const ConnectionConfig& config, const QString& storePath, bool quickChecks = true)
        : session(config, {})
        , cases(&session)
        , store(storePath)
    {
        if (quickChecks) {
            session.setStallLimit(3000);
            session.setHealthInterval(300);
        }
        storeOpen = store.open();
        outbox = std::make_unique<OutboxService>(&session, &store);
        session.start();
    }
    DbSession session;
    CaseService cases;
    LocalStore store;
    bool storeOpen = false;
    std::unique_ptr<OutboxService> outbox;
};

/// Desks saving new cases in turns, like a busy hour. A save the database
/// cannot take goes to the desk's outbox with the same operation id, as the
/// complaint form does.
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
    int online() const
    {
        int n = 0;
        for (Desk* d : desks)
            n += d->session.state() == DbSession::State::Online ? 1 : 0;
        return n;
    }
    bool allOnline() const { return online() == desks.size(); }
    void replayAll()
    {
        for (Desk* d : desks)
            d->outbox->replay();
    }
};

/// Cases the load stored, and how many distinct ones (a duplicate shows as a difference).
inline int countCases(const ConnectionConfig& config, int* distinct)
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

/// Settings of a primary that streams to a synchronous standby (the two-room set-up).
inline QStringList replicationConfig()
{
    return {QStringLiteral("wal_level = replica"), QStringLiteral("max_wal_senders = 5"),
            QStringLiteral("hot_standby = on"), QStringLiteral("synchronous_commit = on")};
}

inline QStringList replicationHba()
{
    return {QStringLiteral("host replication all 127.0.0.1/32 trust"),
            QStringLiteral("host all all 127.0.0.1/32 trust")};
}

/// Makes the primary wait for the standby on every commit; true once the standby is synchronous.
inline bool makeSynchronous(PrivateServer& primary)
{
    SqlConnection admin(primary.connectionConfig(QStringLiteral("minwon")), {}, QStringLiteral("sync"));
    if (!admin.open())
        return false;
    QSqlQuery q(admin.db());
    if (!q.exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '*'"))
        || !q.exec(QStringLiteral("SELECT pg_reload_conf()")))
        return false;
    return waitFor(
        [&] {
            return q.exec(
                       QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'"))
                && q.next() && q.value(0).toInt() == 1;
        },
        15000);
}

/// Desks' settings for a primary and a standby, read-write session wanted.
inline ConnectionConfig twoSiteConfig(int primaryPort, int standbyPort)
{
    ConnectionConfig config;
    config.mode = ConnectionConfig::Mode::Shared;
    config.hosts
        = {QStringLiteral("127.0.0.1:%1").arg(primaryPort), QStringLiteral("127.0.0.1:%1").arg(standbyPort)};
    config.database = QStringLiteral("minwon");
    config.sslMode = QStringLiteral("disable");
    config.connectTimeoutSeconds = 2;
    return config;
}

} // namespace minwon::rig
