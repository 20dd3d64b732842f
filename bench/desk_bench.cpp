// SPDX-License-Identifier: Apache-2.0
// The desk under load, as a counselor and a supervisor see it.
//
// 1. Cold start: minwon-desk started again and again against a running
//    database with 20,000 guidance versions cached on this computer; each
//    start reports (--startup-report) when its window had painted and the
//    event loop was idle again, when the guidance search answered from the
//    local snapshot, and its resident memory.
// 2. Stalls: in this process, a counselor's window with 1,000 contacts
//    waiting and a supervisor's window with the month's figures and cases
//    open, while another connection makes 50 changes a second (arrivals,
//    hang-ups, counselors changing state) that every window hears. A 10 ms
//    timer on the GUI thread measures how late it fires: the longest stall.
//
//   build/bench/desk_bench [--starts 7] [--seconds 30] [--rate 50] [--repaint-hz 0] [--articles 20000]
//                          [--per-day 4000] [--root DIR] [--json FILE]

#include "BenchStats.h"
#include "app/DeskServices.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"
#include "generate/DataGenerator.h"
#include "mainwindow/MainWindow.h"
#include "reports/ReportTypes.h"
#include "services/DeskStartup.h"
#include "services/KbService.h"
#include "services/QueueService.h"
#include "settings/DeskSettings.h"
#include "supervisor/CaseReviewPanel.h"
#include "supervisor/FiguresPanel.h"
#include "util/CoreInit.h"
#include "util/ProcessStats.h"
#include "workspaces/Workspaces.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

using namespace minwon;
using bench::loadAverage;
using bench::Spread;
using bench::spread;

double threadCpuMs()
{
    return double(bench::threadCpuNs()) / 1e6;
}

bool waitFor(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

bool exec(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}

/// A desk signed in as `login`: its session, online, and its services.
struct Desk
{
    explicit Desk(const ConnectionConfig& config)
        : session(config, {})
    {
        session.start();
        if (!waitFor([&] { return session.state() == DbSession::State::Online; }, 20000))
            return;
        session.runSync([&](QSqlDatabase& db) {
            QString error;
            identity = Identity::load(db, &error);
            reference.load(db, &error);
            return DbResult::success();
        });
        if (identity.isValid())
            services = DeskServices::create(&session, identity, reference, &session);
    }
    bool ok() const { return identity.isValid(); }
    DbSession session;
    Identity identity;
    ReferenceData reference;
    DeskServices services;
};

struct Settings
{
    int starts = 7;
    int seconds = 30;
    int rate = 50;
    int repaintHz = 0; ///< extra full repaints of both windows a second (0: only what changes)
    int articles = 20000;
    int perDay = 4000;
    QString root;
    QString jsonPath;
};

// Arrivals, hang-ups and counselors' state changes, `rate` a second, on a
// connection of its own; the queue stays at about the size it started with.
void feed(const ConnectionConfig& config, int rate, std::atomic<bool>& stop, std::atomic<int>& changes,
          std::atomic<int>& errors)
{
    SqlConnection conn(config, {}, QStringLiteral("feeder"));
    if (!conn.open()) {
        ++errors;
        return;
    }
    QSqlQuery q(conn.db());
    QStringList counselors;
    if (q.exec(
            QStringLiteral("SELECT p.id FROM people p JOIN agent_status a ON a.person_id = p.id WHERE p.role "
                           "= 'counselor' AND p.login <> 'counselor01' AND a.state IN ('available', "
                           "'break', 'offline')")))
        while (q.next())
            counselors << q.value(0).toString();
    QRandomGenerator rng(7);
    const auto step = std::chrono::microseconds(1000000 / std::max(1, rate));
    auto next = std::chrono::steady_clock::now();
    static const char* channels[] = {"phone", "phone", "phone", "sms", "kakao_friend", "web"};
    int i = 0;
    while (!stop) {
        bool ok = true;
        switch (i++ % 5) {
        case 0:
        case 1: // an arrival
            ok = q.exec(
                QStringLiteral("INSERT INTO contacts (channel, sender, sender_display, preview, "
                               "category_hint) VALUES ('%1', '0105555%2', '010-5555-%2', '백신 접종 예약 "
                               "문의', 'covid19.quarantine')")
                    .arg(QLatin1String(channels[rng.bounded(6)]))
                    .arg(rng.bounded(1000, 9999)));
            break;
        case 2: // a caller hangs up: the oldest waiting
            ok = q.exec(QStringLiteral("SELECT abandon_contact(id) FROM contacts WHERE state = 'waiting' AND "
                                       "channel = 'phone' ORDER BY arrived_at LIMIT 1"));
            break;
        default: // a counselor takes a break or comes back
            if (!counselors.isEmpty())
                ok = q.exec(
                    QStringLiteral("UPDATE agent_status SET state = CASE state WHEN 'available' THEN "
                                   "'break' ELSE 'available' END, since = now() WHERE person_id = '%1'")
                        .arg(counselors.at(int(rng.bounded(counselors.size())))));
        }
        if (ok)
            ++changes;
        else if (++errors <= 3)
            std::fprintf(stderr, "change failed: %s\n", qPrintable(q.lastError().text()));
        next += step;
        std::this_thread::sleep_until(next);
    }
}

QJsonObject coldStarts(const Settings& s, const QString& root, const QString& home)
{
    QJsonObject out;
    std::vector<double> window, guidance, all, rss, wall;
    QJsonArray runs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The first start fills the cache; the others start with it.
    for (int run = 0; run <= s.starts; ++run) {
        const QString report = home + QStringLiteral("/start-%1.json").arg(run);
        QProcess desk;
        desk.setProcessEnvironment(env);
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        desk.start(QStringLiteral(MINWON_DESK_PROGRAM),
                   {QStringLiteral("--local"), QStringLiteral("--data-dir"), root, QStringLiteral("--user"),
                    QStringLiteral("counselor01"), QStringLiteral("--lang"), QStringLiteral("ko"),
                    QStringLiteral("--startup-report"), report});
        if (!desk.waitForFinished(120000)) {
            desk.kill();
            desk.waitForFinished();
        }
        const double total = timer.nsecsElapsed() / 1e6;
        QFile file(report);
        file.open(QIODevice::ReadOnly);
        const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
        if (r.isEmpty() || r.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "start %d: no report (%s)\n", run,
                         qPrintable(r.value(QStringLiteral("error")).toString()));
            continue;
        }
        std::printf(
            "  start %d%s: window %4.0f ms, guidance in force %4.0f ms (%d versions), all %4.0f ms (%d "
            "versions, %s), %.0f MiB, process %4.0f ms\n",
            run, run == 0 ? " (fills the cache)" : "", r.value(QStringLiteral("window_ms")).toDouble(),
            r.value(QStringLiteral("guidance_ms")).toDouble(),
            r.value(QStringLiteral("guidance_versions")).toInt(),
            r.value(QStringLiteral("all_versions_ms")).toDouble(),
            r.value(QStringLiteral("articles")).toInt(),
            r.value(QStringLiteral("from_snapshot")).toBool() ? "snapshot" : "server",
            r.value(QStringLiteral("rss_kib")).toDouble() / 1024, total);
        std::fflush(stdout);
        runs.append(r);
        if (run == 0)
            continue;
        window.push_back(r.value(QStringLiteral("window_ms")).toDouble());
        guidance.push_back(r.value(QStringLiteral("guidance_ms")).toDouble());
        all.push_back(r.value(QStringLiteral("all_versions_ms")).toDouble());
        rss.push_back(r.value(QStringLiteral("rss_kib")).toDouble() / 1024);
        wall.push_back(total);
    }
    out.insert(QStringLiteral("window_ms"), spread(window).json());
    out.insert(QStringLiteral("guidance_ms"), spread(guidance).json());
    out.insert(QStringLiteral("all_versions_ms"), spread(all).json());
    out.insert(QStringLiteral("rss_mib"), spread(rss).json());
    out.insert(QStringLiteral("runs"), runs);
    const Spread w = spread(window), g = spread(guidance), a = spread(all), m = spread(rss);
    std::printf(
        "cold start with the cache, %zu starts: usable window median %.0f ms (%.0f–%.0f), guidance in "
        "force searchable median %.0f ms (%.0f–%.0f), all versions %.0f ms (%.0f–%.0f), resident %.0f "
        "MiB\n",
        window.size(), w.median, w.min, w.max, g.median, g.min, g.max, a.median, a.min, a.max, m.median);
    return out;
}

QJsonObject stalls(const Settings& s, const StartupOutcome& outcome, const QString& home)
{
    QJsonObject out;
    // 1,000 contacts waiting, on top of the demo's own.
    {
        SqlConnection owner(outcome.sessionConfig, {}, QStringLiteral("owner-load"));
        ConnectionConfig ownerConfig = outcome.sessionConfig;
        owner.open();
        QSqlQuery q(owner.db());
        exec(q,
             QStringLiteral(
                 "INSERT INTO contacts (channel, sender, sender_display, preview, category_hint, "
                 "arrived_at) SELECT (ARRAY['phone','phone','sms','kakao_friend','web','fax'])[1 + "
                 "i % 6], '0107777' || lpad(i::text, 4, '0'), '010-7777-' || lpad(i::text, 4, '0'), "
                 "'자가격리 해제 기준 문의', 'covid19.quarantine', now() - (i || ' seconds')::interval "
                 "FROM generate_series(1, 1000) i"));
    }
    ConnectionConfig counselorConfig = outcome.sessionConfig;
    counselorConfig.user = QStringLiteral("counselor01");
    ConnectionConfig supervisorConfig = outcome.sessionConfig;
    supervisorConfig.user = DemoSeeder::loginForRole(QStringLiteral("supervisor"));

    DeskSettings counselorSettings(home + QStringLiteral("/counselor.ini"));
    DeskSettings supervisorSettings(home + QStringLiteral("/supervisor.ini"));
    Desk counselor(counselorConfig);
    Desk supervisor(supervisorConfig);
    if (!counselor.ok() || !supervisor.ok()) {
        std::fprintf(stderr, "cannot sign in the desks\n");
        return out;
    }
    MainWindow counselorWindow(counselor.services, &counselorSettings);
    MainWindow supervisorWindow(supervisor.services, &supervisorSettings);
    counselorWindow.resize(1600, 900);
    supervisorWindow.resize(1600, 900);
    counselorWindow.show();
    supervisorWindow.show();
    auto* workspace = qobject_cast<SupervisorWorkspace*>(supervisorWindow.workspace());
    if (!workspace) {
        std::fprintf(stderr, "no supervisor workspace\n");
        return out;
    }
    // The month view: the figures of the last 30 days and their cases.
    const QDate today = QDate::currentDate();
    workspace->tabs()->setCurrentWidget(workspace->rangeFigures());
    workspace->rangeFigures()->setRange(today.addDays(-30), today);
    CaseFilter month = workspace->cases()->filter();
    month.from = today.addDays(-30);
    month.to = today;
    workspace->cases()->setFilter(month);
    const bool loaded = waitFor([&] { return counselor.services.queue->items().size() >= 1000; }, 30000);
    waitFor([] { return false; }, 3000); // first loads settle
    std::printf(
        "stall probe: counselor queue shows %lld contacts%s; month view open; %d changes a second for "
        "%d s\n",
        static_cast<long long>(counselor.services.queue->items().size()), loaded ? "" : " (not all)", s.rate,
        s.seconds);
    std::fflush(stdout);

    std::atomic<bool> stop {false};
    std::atomic<int> changes {0};
    std::atomic<int> errors {0};
    ConnectionConfig feederConfig = outcome.sessionConfig;
    std::thread feeder([&] { feed(feederConfig, s.rate, stop, changes, errors); });

    // The probe: a 10 ms timer; how late each tick comes is how long the GUI
    // thread was busy with something else.
    // The thread's own CPU time between ticks tells work from waiting for a
    // CPU: on a machine busy with other things a tick can be late although
    // the GUI thread did nothing.
    std::vector<double> late;
    std::vector<double> busy;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double lastCpu = threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        late.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
        busy.push_back(cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    probe.start();
    // By default the windows repaint what changes, as on a desk; --repaint-hz
    // adds full repaints of both windows (a harsher test of painting).
    QTimer repaint;
    QObject::connect(&repaint, &QTimer::timeout, [&] {
        counselorWindow.update();
        supervisorWindow.update();
    });
    if (s.repaintHz > 0)
        repaint.start(1000 / s.repaintHz);
    // The event loop as the desk runs it (sleeping until something happens),
    // not a processEvents() loop, which would keep the thread busy itself.
    QEventLoop loop;
    QTimer::singleShot(s.seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    stop = true;
    feeder.join();
    waitFor([] { return false; }, 500);

    const Spread l = spread(late);
    const Spread b = spread(busy);
    const double load = loadAverage();
    const auto over50 = std::count_if(late.begin(), late.end(), [](double v) { return v > 50; });
    const auto over16 = std::count_if(late.begin(), late.end(), [](double v) { return v > 16; });
    std::printf(
        "stall probe: %zu ticks, longest stall %.1f ms, p99 %.1f ms, median %.2f ms; over 16 ms: %lld, "
        "over 50 ms: %lld; %d changes made (%.0f a second), %d failed; queue now %lld; resident %.0f MiB "
        "(peak %.0f MiB)\n",
        late.size(), l.max, l.p99, l.median, static_cast<long long>(over16), static_cast<long long>(over50),
        changes.load(), changes.load() / double(s.seconds), errors.load(),
        static_cast<long long>(counselor.services.queue->items().size()), process::residentKiB() / 1024.0,
        process::peakResidentKiB() / 1024.0);
    std::printf("stall probe: the GUI thread's own work between two ticks: longest %.1f ms, p99 %.1f ms, "
                "median %.2f ms; load average %.1f on %d CPUs\n",
                b.max, b.p99, b.median, load,
                std::thread::hardware_concurrency() > 0 ? int(std::thread::hardware_concurrency()) : 1);
    out.insert(QStringLiteral("longest_busy_ms"), b.max);
    out.insert(QStringLiteral("p99_busy_ms"), b.p99);
    out.insert(QStringLiteral("load_average"), load);
    out.insert(QStringLiteral("repaint_hz"), s.repaintHz);
    out.insert(QStringLiteral("ticks"), qint64(late.size()));
    out.insert(QStringLiteral("longest_stall_ms"), l.max);
    out.insert(QStringLiteral("p99_late_ms"), l.p99);
    out.insert(QStringLiteral("median_late_ms"), l.median);
    out.insert(QStringLiteral("over_16ms"), qint64(over16));
    out.insert(QStringLiteral("over_50ms"), qint64(over50));
    out.insert(QStringLiteral("changes"), changes.load());
    out.insert(QStringLiteral("change_errors"), errors.load());
    out.insert(QStringLiteral("queue_rows"), qint64(counselor.services.queue->items().size()));
    out.insert(QStringLiteral("rss_mib"), process::residentKiB() / 1024.0);
    out.insert(QStringLiteral("peak_rss_mib"), process::peakResidentKiB() / 1024.0);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("minwon-desk-bench"));
    initCore();
    Settings s;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool v = i + 1 < args.size();
        if (args[i] == QLatin1String("--starts") && v)
            s.starts = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--seconds") && v)
            s.seconds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--rate") && v)
            s.rate = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--repaint-hz") && v)
            s.repaintHz = std::clamp(args[++i].toInt(), 0, 100);
        else if (args[i] == QLatin1String("--articles") && v)
            s.articles = std::max(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--per-day") && v)
            s.perDay = std::max(100, args[++i].toInt());
        else if (args[i] == QLatin1String("--root") && v)
            s.root = args[++i];
        else if (args[i] == QLatin1String("--json") && v)
            s.jsonPath = args[++i];
        else {
            std::fprintf(
                stderr,
                "usage: desk_bench [--starts N] [--seconds S] [--rate R] [--repaint-hz N] [--articles N] "
                "[--per-day N] [--root DIR] [--json FILE]\n");
            return 2;
        }
    }
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/minwon-desk-bench-XXXXXX"));
    const QString root = s.root.isEmpty() ? temp.path() + QStringLiteral("/server") : s.root;
    const QString home = temp.path() + QStringLiteral("/home");
    QDir().mkpath(root);
    QDir().mkpath(home);
    for (const QString& dir : {temp.path(), root})
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);

    // The demo city (a month of cases at the chosen daily volume) and a
    // knowledge base of `articles` versions.
    QElapsedTimer setup;
    setup.start();
    StartupRequest request;
    request.privateRoot = root;
    request.seedDemo = true;
    request.demo.days = 30;
    request.demo.perWeekday = s.perDay;
    request.login = QStringLiteral("minwon");
    StartupOutcome outcome = prepareDatabase(request);
    if (!outcome.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
        return 1;
    }
    {
        SqlConnection owner(outcome.sessionConfig, {}, QStringLiteral("owner"));
        QString error;
        if (!owner.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(owner.db());
        q.exec(QStringLiteral("SELECT count(*) FROM kb_versions"));
        const int have = q.next() ? q.value(0).toInt() : 0;
        if (have < s.articles) {
            DataGenerator::Options g;
            g.years = 0.01;
            g.scale = 0.01;
            g.kbArticles = s.articles;
            g.rebuildIndexes = false;
            DataGenerator generator(owner.db(), g);
            DataGenerator::Stats stats;
            if (!generator.run(&stats, &error)) {
                std::fprintf(stderr, "generate: %s\n", qPrintable(error));
                return 1;
            }
        }
        q.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM kb_versions), (SELECT count(*) FROM contacts WHERE "
                           "arrived_at > now() - interval '31 days'), (SELECT count(*) FROM cases)"));
        q.next();
        std::printf(
            "data: %d guidance versions, %lld contacts in the last 31 days, %lld cases (set up in %.0f s)\n",
            q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), setup.elapsed() / 1000.0);
        std::fflush(stdout);
    }

    QJsonObject result;
    result.insert(QStringLiteral("cold_start"), coldStarts(s, root, home));
    result.insert(QStringLiteral("stalls"), stalls(s, outcome, home));
    if (!s.jsonPath.isEmpty()) {
        QFile f(s.jsonPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(result).toJson());
    }
    if (outcome.startedPrivateServer)
        stopPrivateServerIfIdle(root);
    return 0;
}
