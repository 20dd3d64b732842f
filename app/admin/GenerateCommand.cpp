// SPDX-License-Identifier: Apache-2.0
// minwon-admin generate
#include "admin/AdminCli.h"
#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "generate/DataGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <unistd.h>

namespace minwon {

namespace {
struct AdminCliTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};

QString rate(double perSecond)
{
    return QString::number(qint64(perSecond));
}
} // namespace

int adminGenerate(AdminCli& cli, QStringList& args)
{
    DataGenerator::Options options;
    QString value;
    bool present = false;
    auto number = [&](const QString& name, double min, double max, double* out) {
        if (!AdminCli::takeOption(args, name, &value, &present))
            return false;
        if (!present)
            return true;
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !(v >= min && v <= max))
            return false;
        *out = v;
        return true;
    };
    double seed = options.seed;
    double articles = options.kbArticles;
    QString start = options.start.toString(Qt::ISODate);
    const bool ok = number(QStringLiteral("--years"), 0.01, 30, &options.years)
        && number(QStringLiteral("--scale"), 0.001, 10, &options.scale)
        && number(QStringLiteral("--per-year"), 1000, 10000000, &options.perYear)
        && number(QStringLiteral("--seed"), 0, 4294967295.0, &seed)
        && number(QStringLiteral("--kb-articles"), 0, 200000, &articles)
        && AdminCli::takeOption(args, QStringLiteral("--start"), &start);
    options.start = QDate::fromString(start, Qt::ISODate);
    options.reset = AdminCli::takeFlag(args, QStringLiteral("--reset"));
    options.rebuildIndexes = !AdminCli::takeFlag(args, QStringLiteral("--keep-indexes"));
    if (!ok || !options.start.isValid() || !args.isEmpty() || seed != std::floor(seed)
        || articles != std::floor(articles)) {
        if (!args.isEmpty())
            cli.err() << AdminCliTr::tr("Unexpected argument: %1").arg(args.first()) << "\n";
        cli.err() << AdminCliTr::tr(
            "Usage: minwon-admin generate [--years 0.01..30 (6)] [--scale 0.001..10 (1)] "
            "[--per-year N (840000)] [--start YYYY-MM-DD (2018-01-01)] [--seed N] "
            "[--kb-articles 0..200000 (20000)] [--reset] [--keep-indexes]")
                  << "\n";
        return AdminCli::Usage;
    }
    options.seed = quint32(seed);
    options.kbArticles = int(articles);

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
    DataGenerator generator(db, options);
    // In place on a terminal; plain lines (every 5 %) into a file or a test.
    const bool tty = cli.out().string() == nullptr && ::isatty(STDOUT_FILENO);
    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = -1;
    int lastPercent = -1;
    DataGenerator::Stats stats;
    const bool done = generator.run(&stats, &error, [&](qint64 contacts, qint64 total, qint64 rows) {
        const int percent = total > 0 ? int(qBound(qint64(0), contacts * 100 / total, qint64(100))) : 100;
        const qint64 now = timer.elapsed();
        if (tty ? now - lastShown < 250 : percent / 5 == lastPercent / 5)
            return;
        lastShown = now;
        lastPercent = percent;
        const double seconds = qMax<qint64>(1, now) / 1000.0;
        const int width = 30;
        const QString bar
            = QString(percent * width / 100, QLatin1Char('#')).leftJustified(width, QLatin1Char('.'));
        const QString line = AdminCliTr::tr("[%1] %2% %3 contacts, %4 rows/s")
                                 .arg(bar)
                                 .arg(percent, 3)
                                 .arg(contacts)
                                 .arg(rate(rows / seconds));
        cli.out() << (tty ? QStringLiteral("\r") : QString()) << line
                  << (tty ? QString() : QStringLiteral("\n"));
        cli.out().flush();
    });
    if (tty)
        cli.out() << "\n";
    if (!done) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    cli.out() << AdminCliTr::tr("Generated in %1 s: %2 contacts (%3 abandoned), %4 cases (%5 callbacks), "
                                "%6 violation reports, %7 forwards, %8 reviews, %9 quotes")
                     .arg(seconds, 0, 'f', 1)
                     .arg(stats.contacts)
                     .arg(stats.abandoned)
                     .arg(stats.cases)
                     .arg(stats.callbacks)
                     .arg(stats.reports)
                     .arg(stats.forwards)
                     .arg(stats.reviews)
                     .arg(stats.quotes)
              << "\n"
              << AdminCliTr::tr(
                     "%1 contact events, %2 articles (%3 versions), %4 counselors; %5 rows, %6 rows/s")
                     .arg(stats.events)
                     .arg(stats.articles)
                     .arg(stats.versions)
                     .arg(stats.counselors)
                     .arg(stats.rows)
                     .arg(rate(stats.rows / seconds))
              << "\n";
    return AdminCli::Ok;
}

} // namespace minwon
