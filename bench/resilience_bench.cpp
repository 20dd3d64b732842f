// SPDX-License-Identifier: Apache-2.0
// Resilience benchmark: how fast desks notice an outage, how fast they are
// back, how fast their outboxes replay, and how long a site failover takes,
// with the desks' default checks (health query every 3 s of idleness, a stall
// limit of 10 s, reconnect backoff from 0.5 s doubling to 4 s). Runs its own
// throwaway PostgreSQL servers (a synchronous standby for the failover).
//
//   build/bench/resilience_bench [--desks 20] [--runs 3] [--replay 2000] [--json FILE]

#include "BenchStats.h"
#include "support/ResilienceRig.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <vector>

using namespace minwon;
using namespace minwon::rig;

namespace {

using minwon::bench::Spread;
using minwon::bench::spread;

QTemporaryDir* makeDir(const QString& name)
{
    auto* dir = new QTemporaryDir(tempRoot(name));
    ::chmod(QFile::encodeName(dir->path()).constData(), 0755);
    return dir;
}

// Milliseconds from `since` until each desk satisfies `reached`; -1 for a desk that never does.
std::vector<double> perDesk(const Load& load, const QElapsedTimer& since, int limitMs,
                            const std::function<bool(Desk*)>& reached)
{
    std::vector<double> at(size_t(load.desks.size()), -1);
    waitFor(
        [&] {
            bool all = true;
            for (int i = 0; i < load.desks.size(); ++i) {
                if (at[size_t(i)] < 0 && reached(load.desks.at(i)))
                    at[size_t(i)] = double(since.nsecsElapsed()) / 1e6;
                all = all && at[size_t(i)] >= 0;
            }
            return all;
        },
        limitMs);
    return at;
}

struct OutageRun
{
    std::vector<double> noticeMs; ///< per desk: kill -9 → desk knows it is offline
    std::vector<double> backMs; ///< per desk: server accepting again → desk online
    double drainMs = 0; ///< desks online → every outbox empty
    int kept = 0, attempted = 0, stored = 0, distinct = 0, failed = 0;
};

// 20 desks save a case every 25 ms between them; kill -9; 3 s of outage; restart.
bool outageRun(int desks, OutageRun* out)
{
    std::unique_ptr<QTemporaryDir> dir(makeDir(QStringLiteral("bench-outage")));
    PrivateServer::Options options;
    options.rootDir = dir->path() + QStringLiteral("/server");
    options.durable = true;
    PrivateServer server(options);
    QString error;
    if (!prepare(server, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QList<std::shared_ptr<Desk>> owned;
    Load load;
    for (int i = 0; i < desks; ++i) {
        ConnectionConfig config = server.connectionConfig(QStringLiteral("minwon"));
        config.user = QStringLiteral("counselor%1").arg(i % 50 + 1, 2, 10, QLatin1Char('0'));
        owned << std::make_shared<Desk>(config, dir->filePath(QStringLiteral("desk%1.sqlite").arg(i)), false);
        load.desks << owned.last().get();
    }
    if (!waitFor([&] { return load.allOnline(); }, 20000))
        return false;
    load.start(25);
    pause(2000);

    QElapsedTimer sinceKill;
    sinceKill.start();
    ::kill(pid_t(server.postmasterPid()), SIGKILL);
    out->noticeMs = perDesk(load, sinceKill, 30000,
                            [](Desk* d) { return d->session.state() != DbSession::State::Online; });
    pause(3000);
    if (server.start(&error) == PrivateServer::StartResult::Failed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QElapsedTimer sinceBack;
    sinceBack.start();
    out->backMs = perDesk(load, sinceBack, 60000,
                          [](Desk* d) { return d->session.state() == DbSession::State::Online; });
    load.timer.stop();
    QElapsedTimer drain;
    drain.start();
    waitFor(
        [&] {
            load.replayAll();
            return load.pending() == 0;
        },
        60000);
    out->drainMs = double(drain.nsecsElapsed()) / 1e6;
    pause(500);
    out->kept = load.kept;
    out->attempted = load.attempted;
    out->failed = load.failed;
    out->stored = countCases(server.connectionConfig(QStringLiteral("minwon")), &out->distinct);
    owned.clear();
    server.stop();
    return true;
}

struct ReplayRun
{
    int cases = 0;
    double seconds = 0;
    int stored = 0, distinct = 0;
};

// One desk with `n` saves kept while the server was down, replayed when it is back.
bool replayRun(int n, ReplayRun* out)
{
    std::unique_ptr<QTemporaryDir> dir(makeDir(QStringLiteral("bench-replay")));
    PrivateServer::Options options;
    options.rootDir = dir->path() + QStringLiteral("/server");
    options.durable = true;
    PrivateServer server(options);
    QString error;
    if (!prepare(server, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    ConnectionConfig config = server.connectionConfig(QStringLiteral("minwon"));
    config.user = QStringLiteral("counselor07");
    server.stop();
    Desk desk(config, dir->filePath(QStringLiteral("desk.sqlite")), true);
    for (int i = 0; i < n; ++i) {
        CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01000000000"));
        r.summary = QStringLiteral("load %1").arg(i);
        if (!desk.outbox->enqueueCase(r, QUuid::createUuid()))
            return false;
    }
    if (server.start(&error) == PrivateServer::StartResult::Failed
        || !waitFor([&] { return desk.session.state() == DbSession::State::Online; }, 60000))
        return false;
    QElapsedTimer timer;
    timer.start();
    waitFor(
        [&] {
            desk.outbox->replay();
            return desk.outbox->pendingCount() == 0;
        },
        600000);
    out->seconds = double(timer.nsecsElapsed()) / 1e9;
    out->cases = n - desk.outbox->pendingCount();
    out->stored = countCases(server.connectionConfig(QStringLiteral("minwon")), &out->distinct);
    server.stop();
    return true;
}

struct FailoverRun
{
    double promoteMs = 0; ///< pg_ctl promote returned, from the primary's death
    std::vector<double> onlineMs; ///< per desk: primary killed → desk online on the new primary
    int attempted = 0, confirmed = 0, kept = 0, stored = 0, distinct = 0, failed = 0;
};

// Primary with a synchronous standby; 5 desks saving; kill -9 the primary, promote the standby.
bool failoverRun(int desks, FailoverRun* out)
{
    std::unique_ptr<QTemporaryDir> dir(makeDir(QStringLiteral("bench-failover")));
    const int primaryPort = freePort();
    int standbyPort = freePort();
    if (standbyPort == primaryPort)
        standbyPort = primaryPort + 1;
    PrivateServer::Options p;
    p.rootDir = dir->path() + QStringLiteral("/primary");
    p.tcpPort = primaryPort;
    p.durable = true;
    p.extraConfig = replicationConfig();
    p.extraHba = replicationHba();
    PrivateServer primary(p);
    QString error;
    PrivateServer::Options s = p;
    s.rootDir = dir->path() + QStringLiteral("/standby");
    s.tcpPort = standbyPort;
    PrivateServer standby(s);
    if (!prepare(primary, &error) || !standby.createStandbyOf(primary, &error)
        || standby.start(&error) != PrivateServer::StartResult::Started || !makeSynchronous(primary)) {
        std::fprintf(stderr, "failover set-up: %s\n", qPrintable(error));
        return false;
    }
    const ConnectionConfig config = twoSiteConfig(primaryPort, standbyPort);
    QList<std::shared_ptr<Desk>> owned;
    Load load;
    for (int i = 0; i < desks; ++i) {
        ConnectionConfig c = config;
        c.user = QStringLiteral("counselor%1").arg(i % 50 + 1, 2, 10, QLatin1Char('0'));
        owned << std::make_shared<Desk>(c, dir->filePath(QStringLiteral("desk%1.sqlite").arg(i)), false);
        load.desks << owned.last().get();
    }
    if (!waitFor([&] { return load.allOnline(); }, 20000))
        return false;
    load.start(40);
    pause(2000);
    QElapsedTimer sinceKill;
    sinceKill.start();
    ::kill(pid_t(primary.postmasterPid()), SIGKILL);
    // The IT officer's step, done at once here: promote the standby.
    if (!standby.promote(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    out->promoteMs = double(sinceKill.nsecsElapsed()) / 1e6;
    // Wait until every desk went offline and came back on the new primary.
    std::vector<bool> wentDown(size_t(desks), false);
    out->onlineMs = perDesk(load, sinceKill, 90000, [&](Desk* d) {
        const auto i = size_t(load.desks.indexOf(d));
        if (d->session.state() != DbSession::State::Online)
            wentDown[i] = true;
        return wentDown[i] && d->session.state() == DbSession::State::Online;
    });
    load.timer.stop();
    waitFor(
        [&] {
            load.replayAll();
            return load.pending() == 0;
        },
        60000);
    pause(500);
    out->attempted = load.attempted;
    out->confirmed = load.confirmed;
    out->kept = load.kept;
    out->failed = load.failed;
    out->stored = countCases(standby.connectionConfig(QStringLiteral("minwon")), &out->distinct);
    owned.clear();
    standby.stop();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    initCore();
    int desks = 20, runs = 3, replay = 2000;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--desks"))
            desks = qBound(1, args[++i].toInt(), 50);
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--replay"))
            replay = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--json"))
            jsonPath = args[++i];
    }

    std::vector<double> notice, back, drainRate;
    int lostOrTwice = 0;
    for (int r = 0; r < runs; ++r) {
        OutageRun run;
        if (!outageRun(desks, &run))
            return 1;
        notice.insert(notice.end(), run.noticeMs.begin(), run.noticeMs.end());
        back.insert(back.end(), run.backMs.begin(), run.backMs.end());
        if (run.kept > 0)
            drainRate.push_back(run.kept / (run.drainMs / 1000.0));
        lostOrTwice += std::abs(run.stored - run.attempted) + (run.stored - run.distinct) + run.failed;
        std::printf("outage run %d: %d saves, %d kept offline, %d stored (%d distinct), %d failed\n", r + 1,
                    run.attempted, run.kept, run.stored, run.distinct, run.failed);
    }
    const Spread n = spread(notice), b = spread(back), d = spread(drainRate);
    std::printf("notice after kill -9, %d desks x %d runs: median %.0f ms, min %.0f, max %.0f\n", desks, runs,
                n.median, n.min, n.max);
    std::printf("online again after restart: median %.0f ms, min %.0f, max %.0f\n", b.median, b.min, b.max);
    std::printf("outbox drain after the outage: median %.0f cases/s (min %.0f, max %.0f)\n", d.median, d.min,
                d.max);

    ReplayRun rep;
    if (!replayRun(replay, &rep))
        return 1;
    std::printf("replay of %d kept cases by one desk: %.2f s, %.0f cases/s; stored %d (%d distinct)\n",
                rep.cases, rep.seconds, rep.cases / rep.seconds, rep.stored, rep.distinct);

    std::vector<double> failPromote, failOnline;
    int failLost = 0;
    for (int r = 0; r < runs; ++r) {
        FailoverRun run;
        if (!failoverRun(5, &run))
            return 1;
        failPromote.push_back(run.promoteMs);
        failOnline.insert(failOnline.end(), run.onlineMs.begin(), run.onlineMs.end());
        failLost += std::abs(run.stored - run.attempted) + (run.stored - run.distinct) + run.failed;
        std::printf("failover run %d: %d saves (%d confirmed, %d kept offline), %d stored on the new primary "
                    "(%d distinct)\n",
                    r + 1, run.attempted, run.confirmed, run.kept, run.stored, run.distinct);
    }
    const Spread fp = spread(failPromote), fo = spread(failOnline);
    std::printf("failover: promote done %.0f ms after the primary died (median; max %.0f); desks on the new "
                "primary after median %.0f ms, max %.0f\n",
                fp.median, fp.max, fo.median, fo.max);
    std::printf("cases lost or stored twice over all runs: %d\n", lostOrTwice + failLost);

    if (!jsonPath.isEmpty()) {
        QJsonObject o {{"desks", desks},
                       {"runs", runs},
                       {"notice_ms", n.json()},
                       {"online_again_ms", b.json()},
                       {"drain_cases_per_s", d.json()},
                       {"replay_cases", rep.cases},
                       {"replay_cases_per_s", rep.cases / rep.seconds},
                       {"failover_promote_ms", fp.json()},
                       {"failover_online_ms", fo.json()},
                       {"lost_or_twice", lostOrTwice + failLost}};
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
    }
    return lostOrTwice + failLost == 0 ? 0 : 2;
}
