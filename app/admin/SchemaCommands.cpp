// SPDX-License-Identifier: Apache-2.0
// minwon-admin migrate | seed-demo | info
#include "admin/AdminCli.h"
#include "db/DbError.h"
#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace minwon {

namespace {
struct AdminCliTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};
} // namespace

int adminMigrate(AdminCli& cli, QStringList& args)
{
    const bool statusOnly = AdminCli::takeFlag(args, QStringLiteral("--status"));
    if (!args.isEmpty()) {
        cli.err() << AdminCliTr::tr("Unexpected argument: %1").arg(args.first()) << "\n";
        return AdminCli::Usage;
    }
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    Migrator migrator(db);
    const Migrator::Status status = migrator.status(&error);
    const int current = migrator.currentVersion();
    if (status == Migrator::Status::Error || status == Migrator::Status::TooNew) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    if (statusOnly) {
        cli.out() << AdminCliTr::tr("schema version %1 of %2").arg(current).arg(migrator.latestVersion())
                  << "\n";
        return status == Migrator::Status::UpToDate ? AdminCli::Ok : AdminCli::Failed;
    }
    if (status == Migrator::Status::UpToDate) {
        cli.out() << AdminCliTr::tr("The schema is up to date (version %1).").arg(current) << "\n";
        return AdminCli::Ok;
    }
    if (!migrator.migrate(&error, [&](const Migrator::Migration& m) {
            cli.out() << AdminCliTr::tr("applying %1 %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name)
                      << "\n";
            cli.out().flush();
        })) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << AdminCliTr::tr("The schema is at version %1.").arg(migrator.currentVersion()) << "\n";
    return AdminCli::Ok;
}

int adminSeedDemo(AdminCli& cli, QStringList& args)
{
    DemoSeeder::Options options;
    QString value;
    bool present = false;
    auto intOption = [&](const QString& name, int* target, int min, int max) {
        if (!AdminCli::takeOption(args, name, &value, &present))
            return false;
        if (!present)
            return true;
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *target = v;
        return true;
    };
    int seed = int(options.seed);
    if (!intOption(QStringLiteral("--days"), &options.days, 0, 400)
        || !intOption(QStringLiteral("--per-day"), &options.perWeekday, 0, 100000)
        || !intOption(QStringLiteral("--seed"), &seed, 0, INT_MAX)
        || !intOption(QStringLiteral("--waiting"), &options.liveWaiting, 0, 10000)) {
        cli.err() << AdminCliTr::tr(
            "Usage: minwon-admin seed-demo [--days 0..400] [--per-day 0..100000] [--seed N] "
            "[--waiting N] [--reset]")
                  << "\n";
        return AdminCli::Usage;
    }
    options.seed = quint32(seed);
    options.reset = AdminCli::takeFlag(args, QStringLiteral("--reset"));
    if (!args.isEmpty()) {
        cli.err() << AdminCliTr::tr("Unexpected argument: %1").arg(args.first()) << "\n";
        return AdminCli::Usage;
    }

    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    Migrator migrator(db);
    if (!migrator.migrate(&error)) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    DemoSeeder seeder(db, options);
    if (!options.reset && seeder.isSeeded(&error)) {
        cli.out() << AdminCliTr::tr("The demo data is already loaded (use --reset to load it again).")
                  << "\n";
        return AdminCli::Ok;
    }
    if (!error.isEmpty()) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QElapsedTimer timer;
    timer.start();
    DemoSeeder::Stats stats;
    int lastPercent = -1;
    if (!seeder.seed(&stats, &error, [&](const QString& step, int percent) {
            if (percent / 5 != lastPercent / 5) {
                cli.out() << QStringLiteral("[%1%] ").arg(percent, 3) << step << "\n";
                cli.out().flush();
                lastPercent = percent;
            }
        })) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << AdminCliTr::tr(
                     "Demo data loaded in %1 s: %2 people (%3 counselors), %4 articles (%5 versions), "
                     "%6 contacts (%7 abandoned, %8 waiting now), %9 cases")
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(stats.people)
                     .arg(stats.counselors)
                     .arg(stats.articles)
                     .arg(stats.versions)
                     .arg(stats.contacts)
                     .arg(stats.abandoned)
                     .arg(stats.waiting)
                     .arg(stats.cases)
              << "\n";
    return AdminCli::Ok;
}

int adminInfo(AdminCli& cli, QStringList& args)
{
    Q_UNUSED(args);
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    Migrator migrator(db);
    const int version = migrator.currentVersion(&error);
    if (version < 0) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << "schema\t" << version << "/" << migrator.latestVersion() << "\n";
    if (version == 0)
        return AdminCli::Ok;
    QSqlQuery q(db);
    for (const char* table : {"people", "kb_articles", "kb_versions", "contacts", "cases", "forwards"}) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            cli.out() << table << "\t" << q.value(0).toLongLong() << "\n";
    }
    return AdminCli::Ok;
}

} // namespace minwon
