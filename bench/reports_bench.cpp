// SPDX-License-Identifier: Apache-2.0
// Supervisor figures benchmark: six years of a city's contacts (5 million
// cases, generated in the database), then the figures of one day and of one
// month as the desk reads them (ReportStore::loadFigures: report_figures and
// the names), live days from the raw rows and final days from the rollup,
// cold and warm; plus building the rollup for all six years and a page of
// the case table for a month. Runs its own throwaway PostgreSQL.
//
//   build/bench/reports_bench [--cases 5000000] [--years 6] [--runs 7] [--keep DIR] [--json FILE]
//
// --keep DIR keeps (and reuses) the cluster with its data in DIR, so that a
// second run skips the generation.

#include "BenchServer.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "reports/ReportStore.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace minwon;

namespace {

struct Timing
{
    QString name;
    QString note;
    std::vector<double> ms;
    double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

bool exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(q.lastError().text()),
                     qPrintable(sql.left(400)));
        return false;
    }
    return true;
}

QVariant one(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!exec(q, sql) || !q.next())
        return {};
    return q.value(0);
}

// One month of contacts and their cases, drawn in the database: the brief's
// mix of channels and categories, the day's hourly shape, weekends quieter,
// phone waits of seconds and text waits of minutes, 5.5 % of phone calls
// abandoned, a pool of citizens who call again now and then.
QString generateMonth(const QDate& from, const QDate& to, double perDay)
{
    return QStringLiteral(R"SQL(
WITH days AS (
    SELECT d::date AS day,
           round(%3 * CASE extract(isodow FROM d) WHEN 6 THEN 0.6 WHEN 7 THEN 0.5 ELSE 1.16 END
                 * (0.85 + 0.3 * random()))::int AS n
      FROM generate_series('%1'::date, '%2'::date, interval '1 day') d
), drawn AS (
    SELECT gen_random_uuid() AS contact_id, gen_random_uuid() AS case_id,
           (day::timestamp AT TIME ZONE 'Asia/Seoul')
             + make_interval(hours => (ARRAY[0,1,2,3,4,5,6,6,7,7,7,8,8,8,8,8,9,9,9,9,9,9,9,10,10,10,10,10,10,10,
                                             10,11,11,11,11,11,11,11,12,12,12,12,12,13,13,13,13,13,13,13,14,14,14,
                                             14,14,14,14,15,15,15,15,15,15,16,16,16,16,16,16,17,17,17,17,17,18,18,
                                             18,18,19,19,19,20,20,20,21,21,22,22,23,23,9,10,11,13,14,15,16,17,10,14])
                                       [1 + floor(random() * 100)::int],
                             secs => floor(random() * 3600)) AS arrived,
           (ARRAY['phone','phone','phone','phone','phone','phone','phone','phone','phone','phone','phone','phone',
                  'phone','phone','sms','sms','kakao_friend','kakao_channel','kakao_channel','web'])
               [1 + floor(random() * 20)::int] AS channel,
           (ARRAY['covid19.testing','covid19.testing','covid19.quarantine','covid19.grants','covid19.grants',
                  'covid19.movements','covid19.distancing','covid19.distancing','covid19.vaccination',
                  'covid19.violation','tax.local','tax.property','tax.vehicle','resident.registration',
                  'resident.certificates','transport.bus','transport.parking','welfare.basic','welfare.senior',
                  'environment.waste','environment.noise','housing.permit','other.general','tax.local',
                  'covid19.testing','welfare.childcare','transport.taxi','resident.family','other.praise',
                  'housing.rental'])[1 + floor(random() * 30)::int] AS sub,
           '010' || lpad((floor(random() * 1500000))::int::text, 8, '0') AS sender,
           random() AS r_abandon, random() AS r_wait, random() AS r_talk, random() AS r_acw, random() AS r_review,
           random() AS r_callback, floor(random() * 50)::int AS who
      FROM days, generate_series(1, days.n) g
), shaped AS (
    SELECT d.*, d.channel = 'phone' AS voice,
           d.channel = 'phone' AND d.r_abandon < 0.055 AS abandoned,
           CASE WHEN d.channel = 'phone' THEN least(600, -13 * ln(1 - d.r_wait)) ELSE least(14400, -1500 * ln(1 - d.r_wait)) END AS wait_s,
           CASE WHEN d.channel = 'phone' THEN 40 - 170 * ln(1 - d.r_talk) ELSE 60 - 240 * ln(1 - d.r_talk) END AS talk_s,
           20 + 80 * d.r_acw AS acw_s,
           p.id AS counselor, p.room_id AS room
      FROM drawn d JOIN bench_people p ON p.n = d.who
     WHERE d.arrived < now() - interval '10 minutes'
), c AS (
    INSERT INTO contacts (id, channel, sender, state, arrived_at, claimed_by, claimed_at, done_at, abandoned_at,
                          case_id, source, state_changed_at)
    SELECT contact_id, channel, sender, CASE WHEN abandoned THEN 'abandoned' ELSE 'done' END, arrived,
           CASE WHEN NOT abandoned THEN counselor END,
           CASE WHEN NOT abandoned THEN arrived + make_interval(secs => wait_s) END,
           CASE WHEN NOT abandoned THEN arrived + make_interval(secs => wait_s + talk_s) END,
           CASE WHEN abandoned THEN arrived + make_interval(secs => 5 + 120 * r_wait) END,
           CASE WHEN NOT abandoned THEN case_id END, 'bench', arrived
      FROM shaped
    RETURNING 1
)
INSERT INTO cases (id, contact_id, channel, sender, category_code, subcategory_code, summary, answer, wrapup_code,
                   callback_requested, state, counselor_id, room_id, opened_at, completed_at, created_at, updated_at)
SELECT case_id, contact_id, channel, sender, split_part(sub, '.', 1), sub, 'bench ' || sub, '', 
       CASE WHEN r_callback < 0.03 THEN 'callback' WHEN r_callback < 0.08 THEN 'forwarded' ELSE 'answered' END,
       r_callback < 0.03,
       CASE WHEN r_review < 0.08 THEN 'approved' WHEN r_review < 0.084 THEN 'returned' ELSE 'completed' END,
       counselor, room,
       arrived + make_interval(secs => wait_s),
       arrived + make_interval(secs => wait_s + talk_s + acw_s),
       arrived + make_interval(secs => wait_s),
       arrived + make_interval(secs => wait_s + talk_s + acw_s)
  FROM shaped WHERE NOT abandoned
)SQL")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        .arg(perDay, 0, 'f', 1);
}

bool generate(QSqlDatabase& db, qint64 cases, int years)
{
    QSqlQuery q(db);
    const QDate today = reportToday();
    const QDate first = today.addYears(-years);
    const double days = double(first.daysTo(today) + 1);
    // Cases per weekday-weighted day: 5 / 7 × 1.16 + 0.6 / 7 + 0.5 / 7 ≈ 1.0 on average; 94.5 % of contacts
    // become cases (phone abandons), so contacts per day are a little more.
    const double perDay = double(cases) / days / (1 - 0.7 * 0.055);
    std::printf("generating %lld cases over %d years (%.0f contacts a day on average)…\n",
                static_cast<long long>(cases), years, perDay);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    if (!exec(
            q,
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS bench_people (n integer PRIMARY KEY, id uuid, room_id smallint)"))
        || !exec(
            q,
            QStringLiteral(
                "INSERT INTO people (login, display_name, role, room_id) "
                "SELECT 'bench_c' || lpad(g::text, 2, '0'), '상담사' || g, 'counselor', 1 + (g > 25)::int "
                "FROM generate_series(1, 50) g ON CONFLICT (login) DO NOTHING"))
        || !exec(q,
                 QStringLiteral(
                     "INSERT INTO bench_people SELECT row_number() OVER (ORDER BY login) - 1, id, room_id "
                     "FROM people WHERE login LIKE 'bench_c%' ON CONFLICT DO NOTHING")))
        return false;
    // Bulk load: secondary indexes off, triggers off (history "from before the
    // system"), back on afterwards.
    QStringList indexes;
    if (!exec(q,
              QStringLiteral(
                  "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('contacts', 'cases') "
                  "AND indexname NOT LIKE '%pkey'")))
        return false;
    while (q.next())
        indexes << q.value(1).toString();
    if (!exec(q,
              QStringLiteral("SELECT string_agg(format('DROP INDEX %I', indexname), '; ') FROM pg_indexes "
                             "WHERE tablename IN ('contacts', 'cases') AND indexname NOT LIKE '%pkey'"))
        || !q.next() || !exec(q, q.value(0).toString()))
        return false;
    if (!exec(q, QStringLiteral("SET session_replication_role = replica")))
        return false;
    for (QDate month(first.year(), first.month(), 1); month <= today; month = month.addMonths(1)) {
        const QDate from = std::max(month, first);
        const QDate to = std::min(month.addMonths(1).addDays(-1), today);
        if (!exec(q, generateMonth(from, to, perDay)))
            return false;
        std::printf("\r  %s  %.0f s", qPrintable(from.toString(QStringLiteral("yyyy-MM"))),
                    timer.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    std::printf("\n  indexes…");
    std::fflush(stdout);
    if (!exec(q, QStringLiteral("SET session_replication_role = origin"))
        || !exec(q, QStringLiteral("SET maintenance_work_mem = '1GB'")))
        return false;
    for (const QString& index : std::as_const(indexes))
        if (!exec(q, index))
            return false;
    std::printf(" analyze…");
    std::fflush(stdout);
    if (!exec(q, QStringLiteral("VACUUM ANALYZE contacts"))
        || !exec(q, QStringLiteral("VACUUM ANALYZE cases")))
        return false;
    std::printf(" done in %.0f s\n", timer.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    minwon::initCore();
    qint64 cases = 5000000;
    int years = 6;
    int runs = 7;
    QString keep;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--cases"))
            cases = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--years"))
            years = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--keep"))
            keep = args[++i];
        else if (args[i] == QLatin1String("--json"))
            jsonPath = args[++i];
    }

    PrivateServer::Options options;
    options.durable = false;
    // A modest server: the call center's database machine has more.
    options.extraConfig
        = {QStringLiteral("shared_buffers = 2GB"), QStringLiteral("work_mem = 64MB"),
           QStringLiteral("max_wal_size = 8GB"), QStringLiteral("effective_cache_size = 8GB")};
    minwon::bench::BenchServer bench(options, keep);
    if (!bench.isReady())
        return 1;
    PrivateServer& server = bench.server();
    QString error;
    SqlConnection conn(server.connectionConfig(QStringLiteral("bench")), {}, QStringLiteral("bench"));
    if (!conn.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = conn.db();
    Migrator migrator(db);
    if (!migrator.migrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 have = one(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    if (have < cases * 95 / 100) {
        if (have > 0) {
            QSqlQuery q(db);
            exec(q,
                 QStringLiteral(
                     "TRUNCATE contacts, cases, case_reviews, case_quotes, forwards, violation_reports, "
                     "forward_notes, pii_reveals CASCADE"));
        }
        if (!generate(db, cases, years))
            return 1;
    } else {
        std::printf("reusing %lld cases in %s\n", static_cast<long long>(have), qPrintable(keep));
    }
    const qint64 caseCount = one(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    const qint64 contactCount = one(db, QStringLiteral("SELECT count(*) FROM contacts")).toLongLong();
    const QString size
        = one(db, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))")).toString();
    std::printf("data: %lld cases, %lld contacts, %s\n", static_cast<long long>(caseCount),
                static_cast<long long>(contactCount), qPrintable(size));

    const QDate today = reportToday();
    const QDate lastFinal = one(db, QStringLiteral("SELECT report_last_final_day()")).toDate();
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate lastMonthFrom = monthStart.addMonths(-1);
    const QDate lastMonthTo = monthStart.addDays(-1);
    const QDate oldDay = today.addDays(-40);
    QSqlQuery q(db);

    QList<Timing> timings;
    bool consistent = true;
    auto figures
        = [&](const QDate& from, const QDate& to) { return ReportStore::loadFigures(db, from, to, true); };
    auto measure = [&](const QString& name, const QString& note, int n, const std::function<void()>& before,
                       const std::function<bool()>& body) {
        Timing t {name, note, {}};
        for (int i = 0; i < n; ++i) {
            if (before)
                before();
            QElapsedTimer timer;
            timer.start();
            if (!body()) {
                std::fprintf(stderr, "%s failed\n", qPrintable(name));
                consistent = false;
            }
            t.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  %-58s median %8.1f ms   max %8.1f ms   (%d runs) %s\n", qPrintable(name), t.median(),
                    t.max(), int(t.ms.size()), qPrintable(note));
        std::fflush(stdout);
        timings.append(t);
    };
    // Takes the days of a test out of the rollup (not all six years: rebuilding those takes minutes).
    auto clearFrom = [&](const QDate& from) {
        return std::function<void()>([&, from] {
            exec(q,
                 QStringLiteral("SELECT report_rollup_clear('%1', '%2')")
                     .arg(from.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        });
    };
    auto ok = [&](const QDate& from, const QDate& to) {
        return std::function<bool()>([&, from, to] { return figures(from, to).ok; });
    };

    std::printf("figures (ReportStore::loadFigures, as the desk and the report read them):\n");
    // Build the rollup for all six years once, as after an upgrade: report --rebuild-rollup.
    exec(q, QStringLiteral("SELECT report_rollup_clear()"));
    measure(QStringLiteral("rollup of every final day (six years), once"),
            QStringLiteral("report_rollup_refresh"), 1, {}, [&] {
                return exec(q,
                            QStringLiteral("SELECT report_rollup_refresh('%1', '%2')")
                                .arg(today.addYears(-years - 1).toString(Qt::ISODate),
                                     lastFinal.toString(Qt::ISODate)));
            });
    const qint64 rollupRows = one(db, QStringLiteral("SELECT count(*) FROM report_daily")).toLongLong();
    std::printf(
        "  (%lld rollup rows, %s)\n", static_cast<long long>(rollupRows),
        qPrintable(one(db, QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size('report_daily'))"))
                       .toString()));

    measure(QStringLiteral("one day: today, live (raw rows)"), {}, runs, {}, ok(today, today));
    measure(QStringLiteral("one day: yesterday (raw rows, not final yet)"), {}, runs, {},
            ok(today.addDays(-1), today.addDays(-1)));
    measure(QStringLiteral("one day: 40 days ago (rollup)"), {}, runs, {}, ok(oldDay, oldDay));
    measure(
        QStringLiteral("one day: 40 days ago, rollup missing (computes it)"), {}, runs,
        [&] {
            exec(q,
                 QStringLiteral("SELECT report_rollup_clear('%1', '%1')").arg(oldDay.toString(Qt::ISODate)));
        },
        ok(oldDay, oldDay));
    clearFrom(today.addDays(-45))();
    measure(QStringLiteral("one month: last 30 days, first time (fills the rollup)"), {}, 1, {},
            ok(today.addDays(-29), today));
    measure(QStringLiteral("one month: last 30 days (rollup + 9 raw days)"), {}, runs, {},
            ok(today.addDays(-29), today));
    measure(QStringLiteral("one month: last 30 days, rollup missing every time"), {}, std::max(3, runs / 2),
            clearFrom(today.addDays(-45)), ok(today.addDays(-29), today));
    exec(q,
         QStringLiteral("SELECT report_rollup_refresh('%1', '%2')")
             .arg(today.addDays(-60).toString(Qt::ISODate), lastFinal.toString(Qt::ISODate)));
    measure(QStringLiteral("one month: last calendar month (rollup)"), {}, runs, {},
            ok(lastMonthFrom, lastMonthTo));
    measure(QStringLiteral("one year: the last 365 days (rollup + 9 raw days)"), {}, std::max(3, runs / 2),
            {}, ok(today.addDays(-364), today));

    // The case table of a month: count and the first page, as the paged model asks.
    CaseFilter month;
    month.from = today.addDays(-29);
    month.to = today;
    measure(QStringLiteral("case table, one month: count + first page of 200"), {}, runs, {}, [&] {
        return ReportStore::countCases(db, month).ok && ReportStore::loadCases(db, month, true, 0, 200).ok;
    });
    month.text = QStringLiteral("vaccination");
    measure(QStringLiteral("case table, one month, text search: count + first page"), {}, runs, {}, [&] {
        return ReportStore::countCases(db, month).ok && ReportStore::loadCases(db, month, true, 0, 200).ok;
    });

    // The rollup reads the same as the raw rows.
    {
        const DbResult rolled = figures(lastMonthFrom, lastMonthTo);
        const qint64 differing
            = one(db,
                  QStringLiteral(
                      "SELECT count(*) FROM ((SELECT day, dim, key, contacts, answered, abandoned, "
                      "short_abandoned, answered_in_sl, wait_ms, handled, talk_ms, acw_ms, "
                      "cases_completed, fcr_resolved, callbacks FROM report_daily WHERE day "
                      "BETWEEN '%1' AND '%2' EXCEPT SELECT * FROM report_figures_raw('%1', '%2')) "
                      "UNION ALL (SELECT * FROM report_figures_raw('%1', '%2') EXCEPT "
                      "SELECT day, dim, key, contacts, answered, abandoned, short_abandoned, "
                      "answered_in_sl, wait_ms, handled, talk_ms, acw_ms, cases_completed, "
                      "fcr_resolved, callbacks FROM report_daily WHERE day BETWEEN '%1' AND '%2')) x")
                      .arg(lastMonthFrom.toString(Qt::ISODate), lastMonthTo.toString(Qt::ISODate)))
                  .toLongLong();
        const FigureSet f = rolled.value.value<FigureSet>();
        std::printf(
            "last calendar month: %lld contacts, service level %.1f %%, FCR %.1f %%; rollup vs raw rows: "
            "%lld differing lines\n",
            static_cast<long long>(f.total.contacts), f.total.serviceLevel().value_or(0) * 100,
            f.total.fcrRate().value_or(0) * 100, static_cast<long long>(differing));
        if (differing != 0)
            consistent = false;
    }

    if (!jsonPath.isEmpty()) {
        QJsonArray list;
        for (const Timing& t : std::as_const(timings)) {
            QJsonArray all;
            for (double v : t.ms)
                all.append(v);
            list.append(QJsonObject {{QStringLiteral("name"), t.name},
                                     {QStringLiteral("median_ms"), t.median()},
                                     {QStringLiteral("max_ms"), t.max()},
                                     {QStringLiteral("runs_ms"), all}});
        }
        QJsonObject o {
            {QStringLiteral("cases"), double(caseCount)}, {QStringLiteral("contacts"), double(contactCount)},
            {QStringLiteral("database_size"), size},      {QStringLiteral("rollup_rows"), double(rollupRows)},
            {QStringLiteral("consistent"), consistent},   {QStringLiteral("timings"), list}};
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
    }
    conn.close();
    if (keep.isEmpty())
        server.stop();
    return consistent ? 0 : 1;
}
