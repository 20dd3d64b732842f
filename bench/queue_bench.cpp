// SPDX-License-Identifier: Apache-2.0
// Queue benchmark: 100 concurrent claimers draining 40,000 contacts (ten busy
// weekdays) with claim_next (FOR UPDATE SKIP LOCKED), against a naive
// "SELECT … FOR UPDATE" claim in the same run, and the fan-out latency of one
// change to 50 listening desks. Runs its own throwaway PostgreSQL.
//
//   build/bench/queue_bench [--claimers 100] [--contacts 40000] [--listeners 50] [--json FILE]

#include "BenchServer.h"
#include "BenchStats.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <libpq-fe.h>
#include <mutex>
#include <poll.h>
#include <thread>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

using minwon::bench::Percentiles;
using minwon::bench::percentiles;

std::string conninfo(const minwon::PrivateServer& server, const QString& user)
{
    return QStringLiteral("host=%1 port=%2 dbname=bench user=%3")
        .arg(server.socketDir())
        .arg(server.port())
        .arg(user)
        .toStdString();
}

bool exec(PGconn* c, const char* sql)
{
    PGresult* r = PQexec(c, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        std::fprintf(stderr, "SQL failed: %s\n%s\n", PQerrorMessage(c), sql);
    PQclear(r);
    return ok;
}

struct DrainResult
{
    int claimed = 0;
    int duplicates = 0;
    double seconds = 0;
    Percentiles latencyMs;
};

// Each claimer: take one, put it down (done), take the next, until the backlog
// is empty or the time box runs out.
DrainResult drain(const minwon::PrivateServer& server, int claimers, bool naive, double timeBoxSeconds)
{
    std::mutex lock;
    std::vector<double> latencies;
    std::vector<std::string> ids;
    std::atomic<bool> stop {false};
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < claimers; ++i) {
        threads.emplace_back([&, i] {
            PGconn* c = PQconnectdb(
                conninfo(server, QStringLiteral("bench%1").arg(i + 1, 3, 10, QLatin1Char('0'))).c_str());
            if (PQstatus(c) != CONNECTION_OK) {
                std::fprintf(stderr, "connect: %s\n", PQerrorMessage(c));
                PQfinish(c);
                return;
            }
            std::vector<double> mine;
            std::vector<std::string> got;
            while (!stop) {
                const auto t0 = Clock::now();
                std::string id;
                if (naive) {
                    // The obvious way: the same function, but FOR UPDATE without
                    // SKIP LOCKED, so every desk queues on the same first row.
                    PGresult* r = PQexec(c, "SELECT claim_next_naive()");
                    if (PQresultStatus(r) == PGRES_TUPLES_OK && !PQgetisnull(r, 0, 0))
                        id = PQgetvalue(r, 0, 0);
                    PQclear(r);
                } else {
                    PGresult* r = PQexec(c, "SELECT claim_next()");
                    if (PQresultStatus(r) == PGRES_TUPLES_OK && !PQgetisnull(r, 0, 0))
                        id = PQgetvalue(r, 0, 0);
                    else if (PQresultStatus(r) != PGRES_TUPLES_OK)
                        std::fprintf(stderr, "claim: %s\n", PQerrorMessage(c));
                    PQclear(r);
                }
                const auto t1 = Clock::now();
                if (id.empty()) {
                    if (naive) {
                        // Either empty or lost a race; check.
                        PGresult* r = PQexec(c, "SELECT 1 FROM contacts WHERE state = 'waiting' LIMIT 1");
                        const bool empty = PQntuples(r) == 0;
                        PQclear(r);
                        if (empty)
                            break;
                        continue;
                    }
                    break;
                }
                mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                got.push_back(id);
                // Put it down the same way in both modes: call over, case completed.
                exec(c, ("SELECT finish_contact('" + id + "')").c_str());
                exec(
                    c,
                    ("INSERT INTO cases (id, contact_id, channel, summary, wrapup_code, state, counselor_id) "
                     "VALUES (gen_random_uuid(), '"
                     + id
                     + "', 'phone', 'bench', 'answered', 'completed', "
                       "current_person_id())")
                        .c_str());
                if (std::chrono::duration<double>(Clock::now() - start).count() > timeBoxSeconds)
                    stop = true;
            }
            PQfinish(c);
            std::lock_guard<std::mutex> guard(lock);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
            ids.insert(ids.end(), got.begin(), got.end());
        });
    }
    for (auto& t : threads)
        t.join();
    DrainResult result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.claimed = int(ids.size());
    std::sort(ids.begin(), ids.end());
    result.duplicates = int(ids.size() - size_t(std::unique(ids.begin(), ids.end()) - ids.begin()));
    result.latencyMs = percentiles(latencies);
    return result;
}

// One writer inserts; N listeners (one thread, poll()) note when each hears it.
Percentiles fanOut(const minwon::PrivateServer& server, int listeners, int rounds)
{
    std::vector<PGconn*> conns;
    for (int i = 0; i < listeners; ++i) {
        PGconn* c = PQconnectdb(
            conninfo(server, QStringLiteral("bench%1").arg(i + 1, 3, 10, QLatin1Char('0'))).c_str());
        exec(c, "LISTEN minwon_change");
        conns.push_back(c);
    }
    PGconn* writer = PQconnectdb(conninfo(server, QStringLiteral("minwon")).c_str());
    std::vector<double> latencies;
    for (int round = 0; round < rounds; ++round) {
        const auto t0 = Clock::now();
        exec(writer, "INSERT INTO contacts (channel, sender) VALUES ('sms', '01000000000')");
        int heard = 0;
        std::vector<bool> done(size_t(listeners), false);
        while (heard < listeners) {
            std::vector<pollfd> fds;
            for (PGconn* c : conns)
                fds.push_back({PQsocket(c), POLLIN, 0});
            if (::poll(fds.data(), fds.size(), 2000) <= 0)
                break;
            for (size_t i = 0; i < conns.size(); ++i) {
                if (done[i] || !(fds[i].revents & POLLIN))
                    continue;
                PQconsumeInput(conns[i]);
                while (PGnotify* n = PQnotifies(conns[i])) {
                    PQfreemem(n);
                    if (!done[i]) {
                        done[i] = true;
                        ++heard;
                        latencies.push_back(
                            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                    }
                }
            }
        }
        // Drain any further notifications of this round.
        for (PGconn* c : conns) {
            PQconsumeInput(c);
            while (PGnotify* n = PQnotifies(c))
                PQfreemem(n);
        }
    }
    for (PGconn* c : conns)
        PQfinish(c);
    PQfinish(writer);
    return percentiles(latencies);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    minwon::initCore();
    int claimers = 100, contacts = 40000, listeners = 50;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--claimers"))
            claimers = args[++i].toInt();
        else if (args[i] == QLatin1String("--contacts"))
            contacts = args[++i].toInt();
        else if (args[i] == QLatin1String("--listeners"))
            listeners = args[++i].toInt();
        else if (args[i] == QLatin1String("--json"))
            jsonPath = args[++i];
    }
    const int people = std::max(claimers, listeners);

    minwon::PrivateServer::Options options;
    options.maxConnections = people + 50;
    minwon::bench::BenchServer bench(options);
    if (!bench.isReady())
        return 1;
    minwon::PrivateServer& server = bench.server();
    QString error;
    {
        minwon::SqlConnection conn(server.connectionConfig(QStringLiteral("bench")), {},
                                   QStringLiteral("bench"));
        conn.open(&error);
        minwon::Migrator migrator(conn.db());
        if (!migrator.migrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(conn.db());
        for (int i = 1; i <= people; ++i) {
            const QString login = QStringLiteral("bench%1").arg(i, 3, 10, QLatin1Char('0'));
            q.exec(
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 LOGIN IN ROLE minwon_counselor; END IF; END $$")
                    .arg(login));
            q.exec(
                QStringLiteral("INSERT INTO people (login, display_name, role, room_id) VALUES ('%1', '%1', "
                               "'counselor', %2)")
                    .arg(login)
                    .arg(1 + i % 2));
        }
    }
    PGconn* owner = PQconnectdb(conninfo(server, QStringLiteral("minwon")).c_str());
    // The comparison: claim_next's own body with a plain FOR UPDATE.
    exec(owner, R"SQL(
        CREATE OR REPLACE FUNCTION claim_next_naive() RETURNS uuid LANGUAGE plpgsql AS $$
        DECLARE
            me uuid := current_person_id();
            picked uuid;
        BEGIN
            SELECT id INTO picked FROM contacts WHERE state = 'waiting'
             ORDER BY priority DESC, arrived_at FOR UPDATE LIMIT 1;
            IF picked IS NULL THEN
                RETURN NULL;
            END IF;
            UPDATE contacts SET state = 'claimed', claimed_by = me WHERE id = picked;
            INSERT INTO agent_status (person_id, state, contact_id) VALUES (me, 'on_contact', picked)
            ON CONFLICT (person_id) DO UPDATE SET state = 'on_contact', contact_id = picked;
            RETURN picked;
        END $$;
        GRANT EXECUTE ON FUNCTION claim_next_naive() TO minwon_counselor;
    )SQL");
    auto load = [&](int n) {
        exec(owner, "UPDATE contacts SET state = 'abandoned' WHERE state IN ('waiting', 'offered')");
        exec(owner, "DELETE FROM agent_status");
        const std::string sql
            = "INSERT INTO contacts (channel, sender, priority, arrived_at) SELECT 'phone', "
              "'0107' || lpad(g::text, 7, '0'), g % 3, now() - make_interval(secs => g) "
              "FROM generate_series(1, "
            + std::to_string(n) + ") g";
        exec(owner, sql.c_str());
        exec(owner, "VACUUM ANALYZE contacts");
    };

    std::printf("queue benchmark: %d claimers, %d contacts, %d listeners\n", claimers, contacts, listeners);
    load(contacts);
    const DrainResult skip = drain(server, claimers, false, 3600);
    std::printf(
        "claim_next (SKIP LOCKED): %d claimed in %.1f s = %.0f claims/s, %d duplicates; latency ms p50 %.2f "
        "p95 %.2f p99 %.2f max %.1f\n",
        skip.claimed, skip.seconds, skip.claimed / skip.seconds, skip.duplicates, skip.latencyMs.p50,
        skip.latencyMs.p95, skip.latencyMs.p99, skip.latencyMs.max);

    // The naive claim is slow by design: time-box it and report its rate.
    load(contacts);
    const DrainResult naive = drain(server, claimers, true, 30);
    std::printf(
        "naive FOR UPDATE (30 s box): %d claimed in %.1f s = %.0f claims/s, %d duplicates; latency ms p50 "
        "%.2f p95 %.2f p99 %.2f max %.1f\n",
        naive.claimed, naive.seconds, naive.claimed / naive.seconds, naive.duplicates, naive.latencyMs.p50,
        naive.latencyMs.p95, naive.latencyMs.p99, naive.latencyMs.max);

    const Percentiles fan = fanOut(server, listeners, 200);
    std::printf(
        "fan-out of one change to %d listeners (200 rounds): ms p50 %.2f p95 %.2f p99 %.2f max %.2f\n",
        listeners, fan.p50, fan.p95, fan.p99, fan.max);
    PQfinish(owner);

    if (!jsonPath.isEmpty()) {
        auto pj = [](const Percentiles& p) {
            return QJsonObject {{QStringLiteral("p50"), p.p50},
                                {QStringLiteral("p95"), p.p95},
                                {QStringLiteral("p99"), p.p99},
                                {QStringLiteral("max"), p.max}};
        };
        QJsonObject o {{QStringLiteral("claimers"), claimers},
                       {QStringLiteral("contacts"), contacts},
                       {QStringLiteral("skip_locked"),
                        QJsonObject {{QStringLiteral("claimed"), skip.claimed},
                                     {QStringLiteral("seconds"), skip.seconds},
                                     {QStringLiteral("claims_per_second"), skip.claimed / skip.seconds},
                                     {QStringLiteral("duplicates"), skip.duplicates},
                                     {QStringLiteral("latency_ms"), pj(skip.latencyMs)}}},
                       {QStringLiteral("naive_for_update"),
                        QJsonObject {{QStringLiteral("claimed"), naive.claimed},
                                     {QStringLiteral("seconds"), naive.seconds},
                                     {QStringLiteral("claims_per_second"), naive.claimed / naive.seconds},
                                     {QStringLiteral("latency_ms"), pj(naive.latencyMs)}}},
                       {QStringLiteral("fan_out_ms"), pj(fan)},
                       {QStringLiteral("listeners"), listeners}};
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
    }
    server.stop();
    return skip.duplicates == 0 && naive.duplicates == 0 ? 0 : 1;
}
