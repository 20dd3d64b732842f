// SPDX-License-Identifier: Apache-2.0
// The whole system at ten times this city's rate: the simulator puts 40,000
// contacts into the queue over a compressed day (with callers who hang up),
// 100 desks — each a thread with its own connection, as on a real desk —
// claim them with claim_next(), save the case while talking, finish the
// contact and complete the case through the desk's own writer (writeCase),
// and a supervisor's figures for today refresh every few seconds. At the end
// every contact must have ended in exactly one case, or been abandoned with
// none; the exit status says whether it did (so a small run is a test).
//
//   build/bench/system_bench [--contacts 40000] [--minutes 20] [--desks 100]
//                            [--abandon 0.03] [--no-fsync] [--json FILE]

#include "BenchServer.h"
#include "BenchStats.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "demo/DemoMix.h"
#include "domain/CaseRecord.h"
#include "reports/ReportStore.h"
#include "services/CaseWriter.h"
#include "sim/Simulator.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

using minwon::bench::Percentiles;
using minwon::bench::percentiles;

QJsonObject toJson(const Percentiles& p)
{
    return QJsonObject {{QStringLiteral("n"), p.n},
                        {QStringLiteral("p50_ms"), p.p50},
                        {QStringLiteral("p95_ms"), p.p95},
                        {QStringLiteral("p99_ms"), p.p99},
                        {QStringLiteral("max_ms"), p.max}};
}

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// Latencies by operation, from every desk thread.
class Recorder
{
public:
    void add(const char* what, double ms)
    {
        std::lock_guard<std::mutex> guard(m_lock);
        m_samples[what].push_back(ms);
    }
    void error(const QString& what)
    {
        std::lock_guard<std::mutex> guard(m_lock);
        ++m_errors;
        m_lastError = what;
    }
    std::map<std::string, std::vector<double>> samples()
    {
        std::lock_guard<std::mutex> guard(m_lock);
        return m_samples;
    }
    int errors()
    {
        std::lock_guard<std::mutex> guard(m_lock);
        return m_errors;
    }
    QString lastError()
    {
        std::lock_guard<std::mutex> guard(m_lock);
        return m_lastError;
    }

private:
    std::mutex m_lock;
    std::map<std::string, std::vector<double>> m_samples;
    int m_errors = 0;
    QString m_lastError;
};

struct Settings
{
    int contacts = 40000;
    double minutes = 20;
    int desks = 100;
    double abandon = 0.03;
    bool durable = true;
    QString jsonPath;
};

QString login(int i)
{
    return QStringLiteral("desk%1").arg(i, 3, 10, QLatin1Char('0'));
}

// One counselor: take the next contact, save the case while talking, end the
// call, complete the case with a result (which ends after-contact work), and
// again. Talking takes about as long as keeps the desks two-thirds busy.
void runDesk(const minwon::PrivateServer& server, int index, double talkMs, std::atomic<bool>& stop,
             std::atomic<int>& completed, Recorder& rec)
{
    minwon::ConnectionConfig config = server.connectionConfig(QStringLiteral("bench"));
    config.user = login(index);
    minwon::SqlConnection conn(config, {}, QStringLiteral("desk%1").arg(index));
    QString error;
    if (!conn.open(&error)) {
        rec.error(error);
        return;
    }
    QSqlDatabase db = conn.db();
    QSqlQuery q(db);
    QRandomGenerator rng(quint32(1000 + index));
    auto ok = [&](bool done, const char* what) {
        if (!done)
            rec.error(QString::fromLatin1(what) + QStringLiteral(": ") + q.lastError().text());
        return done;
    };
    if (!ok(q.exec(QStringLiteral("SELECT set_agent_state('available')")), "available"))
        return;
    while (!stop) {
        auto t0 = Clock::now();
        // As the desk does it: claim_next() alone (a statement that also read
        // the contact would not see one that arrived after it began).
        if (!ok(q.exec(QStringLiteral("SELECT claim_next()")) && q.next(), "claim")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            continue;
        }
        if (q.isNull(0)) {
            // Nothing waiting: a real desk waits for the queue's notification.
            std::this_thread::sleep_for(std::chrono::milliseconds(250 + int(rng.bounded(250))));
            continue;
        }
        const QString claimed = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT id, channel, sender, coalesce(category_hint, 'other.general') "
                                 "FROM contacts WHERE id = ?::uuid"));
        q.addBindValue(claimed);
        if (!ok(q.exec() && q.next(), "read claimed"))
            continue;
        rec.add("claim", msSince(t0));
        minwon::CaseRecord record = minwon::CaseRecord::createFor(
            QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString());
        record.subcategory = q.value(3).toString();
        record.category = record.subcategory.section(QLatin1Char('.'), 0, 0);
        record.summary = QStringLiteral("문의 내용 정리 중");
        q.finish();

        // Half-way through the call the form is saved once.
        const double talk = std::min(talkMs * 6, -std::log(1.0 - rng.generateDouble()) * talkMs);
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(talk / 2));
        t0 = Clock::now();
        minwon::CaseWriteResult saved = minwon::writeCase(db, record, QUuid::createUuid());
        if (saved.status != minwon::CaseWriteResult::Status::Saved) {
            rec.error(QStringLiteral("save: ") + saved.error.text());
            continue;
        }
        rec.add("save", msSince(t0));
        record.version = saved.version;
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(talk / 2));

        t0 = Clock::now();
        q.prepare(QStringLiteral("SELECT finish_contact(?::uuid)"));
        q.addBindValue(record.contactId.toString(QUuid::WithoutBraces));
        if (!ok(q.exec(), "finish"))
            continue;
        rec.add("finish", msSince(t0));
        q.finish();

        record.summary = QStringLiteral("선별진료소 운영 시간 문의");
        record.answer = QStringLiteral("오늘 운영 시간과 위치를 안내함");
        record.wrapupCode = QStringLiteral("answered");
        record.state = QStringLiteral("completed");
        t0 = Clock::now();
        const minwon::CaseWriteResult done = minwon::writeCase(db, record, QUuid::createUuid());
        if (done.status != minwon::CaseWriteResult::Status::Saved) {
            rec.error(QStringLiteral("complete: ") + done.error.text());
            continue;
        }
        rec.add("complete", msSince(t0));
        ++completed;
    }
    q.exec(QStringLiteral("SELECT set_agent_state('offline')"));
}

// The supervisor's workspace refreshing today's figures.
void runSupervisor(const minwon::PrivateServer& server, std::atomic<bool>& stop, Recorder& rec)
{
    minwon::ConnectionConfig config = server.connectionConfig(QStringLiteral("bench"));
    config.user = QStringLiteral("boss01");
    minwon::SqlConnection conn(config, {}, QStringLiteral("supervisor"));
    QString error;
    if (!conn.open(&error)) {
        rec.error(error);
        return;
    }
    QSqlDatabase db = conn.db();
    const QDate today = QDate::currentDate();
    while (!stop) {
        const auto t0 = Clock::now();
        const minwon::DbResult r = minwon::ReportStore::loadFigures(db, today, today, true);
        if (r.ok)
            rec.add("figures", msSince(t0));
        else
            rec.error(QStringLiteral("figures: ") + r.message);
        for (int i = 0; i < 50 && !stop; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

bool exec(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}

qint64 one(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!exec(q, sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    minwon::initCore();
    Settings s;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--contacts") && hasValue)
            s.contacts = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--minutes") && hasValue)
            s.minutes = std::max(0.05, args[++i].toDouble());
        else if (args[i] == QLatin1String("--desks") && hasValue)
            s.desks = std::clamp(args[++i].toInt(), 1, 400);
        else if (args[i] == QLatin1String("--abandon") && hasValue)
            s.abandon = std::clamp(args[++i].toDouble(), 0.0, 1.0);
        else if (args[i] == QLatin1String("--json") && hasValue)
            s.jsonPath = args[++i];
        else if (args[i] == QLatin1String("--no-fsync"))
            s.durable = false;
        else {
            std::fprintf(stderr,
                         "usage: system_bench [--contacts N] [--minutes M] [--desks D] [--abandon R] "
                         "[--no-fsync] [--json FILE]\n");
            return 2;
        }
    }
    const double perSecond = s.contacts / (s.minutes * 60.0);
    // Desks two-thirds busy: each handles perSecond/desks contacts a second.
    const double talkMs = std::clamp(0.66 * s.desks / perSecond * 1000.0, 50.0, 600000.0);

    minwon::PrivateServer::Options options;
    options.maxConnections = s.desks + 40;
    options.durable = s.durable;
    minwon::bench::BenchServer bench(options);
    if (!bench.isReady())
        return 1;
    minwon::PrivateServer& server = bench.server();
    QString error;
    minwon::SqlConnection owner(server.connectionConfig(QStringLiteral("bench")), {},
                                QStringLiteral("owner"));
    if (!owner.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        minwon::Migrator migrator(owner.db());
        if (!migrator.migrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(owner.db());
        for (int i = 1; i <= s.desks; ++i) {
            if (!exec(q, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE minwon_counselor").arg(login(i)))
                || !exec(q,
                         QStringLiteral("INSERT INTO people (login, display_name, role, room_id) VALUES "
                                        "('%1', '상담사 %2', 'counselor', %3)")
                             .arg(login(i))
                             .arg(i)
                             .arg(1 + i % 2)))
                return 1;
        }
        if (!exec(q, QStringLiteral("CREATE ROLE boss01 LOGIN IN ROLE minwon_supervisor"))
            || !exec(q,
                     QStringLiteral("INSERT INTO people (login, display_name, role, room_id) VALUES "
                                    "('boss01', '팀장', 'supervisor', 1)")))
            return 1;
    }

    std::printf("system_bench: %d contacts over %.1f min (%.1f a second), %d desks, "
                "talk about %.0f ms, abandon %.0f %%, fsync %s\n",
                s.contacts, s.minutes, perSecond, s.desks, talkMs, s.abandon * 100, s.durable ? "on" : "off");
    std::fflush(stdout);

    Recorder rec;
    std::atomic<bool> stop {false};
    std::atomic<int> completed {0};
    std::vector<std::thread> threads;
    for (int i = 1; i <= s.desks; ++i)
        threads.emplace_back([&, i] { runDesk(server, i, talkMs, stop, completed, rec); });
    threads.emplace_back([&] { runSupervisor(server, stop, rec); });

    minwon::Simulator::Options simOptions;
    simOptions.perMinute = perSecond * 60;
    simOptions.maxContacts = s.contacts;
    simOptions.abandonRate = s.abandon;
    simOptions.seed = 20200120;
    minwon::Simulator simulator(server.connectionConfig(QStringLiteral("bench")), simOptions);
    QElapsedTimer clock;
    clock.start();
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        stop = true;
        for (auto& t : threads)
            t.join();
        return 1;
    }
    QEventLoop loop;
    bool arrivalsDone = false;
    double arrivalsSeconds = 0;
    QObject::connect(&simulator, &minwon::Simulator::finished, &loop, [&] {
        arrivalsDone = true;
        arrivalsSeconds = clock.elapsed() / 1000.0;
    });
    // Once every contact has arrived, wait for the queue to empty (or for
    // the desks to stop making progress).
    QTimer watch;
    int lastCompleted = -1;
    qint64 stalledSince = 0;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        const qint64 open = one(owner.db(),
                                QStringLiteral("SELECT count(*) FROM contacts WHERE state IN "
                                               "('waiting', 'offered', 'claimed')"));
        std::printf("  %5.0f s  arrived %d  abandoned %d  completed %d  open %lld  errors %d\n",
                    clock.elapsed() / 1000.0, simulator.stats().arrived, simulator.stats().abandoned,
                    completed.load(), static_cast<long long>(open), rec.errors());
        std::fflush(stdout);
        if (completed.load() != lastCompleted) {
            lastCompleted = completed.load();
            stalledSince = clock.elapsed();
        }
        if (arrivalsDone && (open == 0 || clock.elapsed() - stalledSince > 60000))
            loop.quit();
    });
    watch.start(s.minutes < 1 ? 1000 : 10000);
    loop.exec();
    const double seconds = clock.elapsed() / 1000.0;
    stop = true;
    for (auto& t : threads)
        t.join();
    simulator.stop();

    // Every contact ended: in exactly one case, or abandoned with none.
    QSqlDatabase db = owner.db();
    const qint64 total = one(db, QStringLiteral("SELECT count(*) FROM contacts"));
    const qint64 done = one(db, QStringLiteral("SELECT count(*) FROM contacts WHERE state = 'done'"));
    const qint64 abandoned
        = one(db, QStringLiteral("SELECT count(*) FROM contacts WHERE state = 'abandoned'"));
    const qint64 open = one(db,
                            QStringLiteral("SELECT count(*) FROM contacts WHERE state NOT IN ('done', "
                                           "'abandoned')"));
    const qint64 doneWithoutOneCase = one(
        db,
        QStringLiteral("SELECT count(*) FROM contacts c WHERE c.state = 'done' AND (SELECT count(*) FROM "
                       "cases k WHERE k.contact_id = c.id AND k.state = 'completed') <> 1"));
    const qint64 abandonedWithCase = one(
        db,
        QStringLiteral("SELECT count(*) FROM contacts c WHERE c.state = 'abandoned' AND EXISTS (SELECT 1 "
                       "FROM cases k WHERE k.contact_id = c.id)"));
    const qint64 casesTotal = one(db, QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 casesNotCompleted = one(db,
                                         QStringLiteral("SELECT count(*) FROM cases WHERE state <> "
                                                        "'completed'"));
    const qint64 agentsBusy = one(db,
                                  QStringLiteral("SELECT count(*) FROM agent_status WHERE state IN "
                                                 "('on_contact', 'after_contact')"));
    QSqlQuery waits(db);
    std::vector<double> waitMs;
    if (exec(waits,
             QStringLiteral("SELECT extract(epoch FROM claimed_at - arrived_at) * 1000 FROM contacts "
                            "WHERE claimed_at IS NOT NULL")))
        while (waits.next())
            waitMs.push_back(waits.value(0).toDouble());

    const bool consistent = total == simulator.stats().arrived && open == 0 && doneWithoutOneCase == 0
        && abandonedWithCase == 0 && casesTotal == done && casesNotCompleted == 0 && agentsBusy == 0
        && done + abandoned == total && done == completed.load();

    std::printf("\n%lld contacts in %.0f s (arrivals over %.0f s): %lld completed in one case each, %lld "
                "abandoned; %.1f completed a second; errors %d\n",
                static_cast<long long>(total), seconds, arrivalsSeconds, static_cast<long long>(done),
                static_cast<long long>(abandoned), done / seconds, rec.errors());
    if (rec.errors() > 0)
        std::printf("last error: %s\n", qPrintable(rec.lastError()));
    std::printf("check: open %lld, done without exactly one completed case %lld, abandoned with a case %lld, "
                "cases %lld (not completed %lld), desks still busy %lld -> %s\n",
                static_cast<long long>(open), static_cast<long long>(doneWithoutOneCase),
                static_cast<long long>(abandonedWithCase), static_cast<long long>(casesTotal),
                static_cast<long long>(casesNotCompleted), static_cast<long long>(agentsBusy),
                consistent ? "every contact ended exactly once" : "INCONSISTENT");
    QJsonObject latencies;
    std::printf("%-10s %8s %9s %9s %9s %9s\n", "operation", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    auto row = [&](const std::string& name, const Percentiles& p) {
        std::printf("%-10s %8lld %9.1f %9.1f %9.1f %9.1f\n", name.c_str(), static_cast<long long>(p.n), p.p50,
                    p.p95, p.p99, p.max);
        latencies.insert(QString::fromStdString(name), toJson(p));
    };
    for (const auto& [name, values] : rec.samples())
        row(name, percentiles(values));
    row("queue_wait", percentiles(waitMs));

    if (!s.jsonPath.isEmpty()) {
        QFile f(s.jsonPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(QJsonObject {{QStringLiteral("contacts"), total},
                                               {QStringLiteral("completed"), done},
                                               {QStringLiteral("abandoned"), abandoned},
                                               {QStringLiteral("desks"), s.desks},
                                               {QStringLiteral("minutes"), s.minutes},
                                               {QStringLiteral("fsync"), s.durable},
                                               {QStringLiteral("seconds"), seconds},
                                               {QStringLiteral("completed_per_second"), done / seconds},
                                               {QStringLiteral("errors"), rec.errors()},
                                               {QStringLiteral("consistent"), consistent},
                                               {QStringLiteral("latency"), latencies}})
                        .toJson());
    }
    return consistent && rec.errors() == 0 ? 0 : 1;
}
