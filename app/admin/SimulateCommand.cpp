// SPDX-License-Identifier: Apache-2.0
// minwon-admin simulate
#include "admin/AdminCli.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "sim/Simulator.h"
#include "util/UnixSignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

namespace minwon {

namespace {
struct AdminCliTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};
} // namespace

int adminSimulate(AdminCli& cli, QStringList& args)
{
    Simulator::Options options;
    QString value;
    bool present = false;
    auto number = [&](const QString& name, double min, double max, double* out) {
        if (!AdminCli::takeOption(args, name, &value, &present))
            return false;
        if (!present)
            return true;
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    };
    double perMinute = options.perMinute;
    double dayInMinutes = 0;
    double duration = 0;
    double desks = 0;
    double abandon = options.abandonRate;
    double seed = options.seed;
    double maxContacts = 0;
    double scale = 1;
    QString via = QStringLiteral("db");
    QString url = QStringLiteral("http://127.0.0.1:8088");
    QString token = qEnvironmentVariable("MINWON_INTAKE_TOKEN");
    const bool optionsOk = AdminCli::takeOption(args, QStringLiteral("--via"), &via)
        && AdminCli::takeOption(args, QStringLiteral("--url"), &url)
        && AdminCli::takeOption(args, QStringLiteral("--token"), &token);
    const bool viaHttp = via == QLatin1String("http");
    const QUrl gateway(url);
    if (!optionsOk || (!viaHttp && via != QLatin1String("db"))
        || (viaHttp && (token.isEmpty() || !gateway.isValid() || gateway.scheme() != QLatin1String("http")))
        || !number(QStringLiteral("--per-minute"), 0.01, 100000, &perMinute)
        || !number(QStringLiteral("--day-in-minutes"), 0.1, 1440, &dayInMinutes)
        || !number(QStringLiteral("--duration"), 1, 86400 * 7, &duration)
        || !number(QStringLiteral("--desks"), 0, 50, &desks)
        || !number(QStringLiteral("--abandon"), 0, 1, &abandon)
        || !number(QStringLiteral("--seed"), 0, 4e9, &seed)
        || !number(QStringLiteral("--max"), 0, 1e8, &maxContacts)
        || !number(QStringLiteral("--time-scale"), 0.1, 1000, &scale) || !args.isEmpty()) {
        cli.err() << AdminCliTr::tr("Usage: minwon-admin simulate [--per-minute N | --day-in-minutes M] "
                                    "[--duration SECONDS] [--max N] [--desks 0..50] [--abandon 0..1] "
                                    "[--time-scale X] [--seed N]")
                  << "\n"
                  << AdminCliTr::tr(
                         "       [--via db|http --url http://HOST:PORT --token TOKEN]  (http: through the "
                         "intake gateway, the token of a connector allowed every channel)")
                  << "\n";
        return AdminCli::Usage;
    }
    // A weekday's 4,000 contacts squeezed into M minutes.
    if (dayInMinutes > 0)
        perMinute = 4000.0 / dayInMinutes;
    options.perMinute = perMinute;
    options.durationSeconds = int(duration);
    options.maxContacts = int(maxContacts);
    options.desks = int(desks);
    options.abandonRate = abandon;
    options.timeScale = scale;
    options.seed = quint32(seed);

    if (viaHttp) {
        options.intakeUrl = gateway;
        options.intakeToken = token;
    }

    QString error;
    ConnectionConfig config;
    // Through the gateway, the database is needed only for simulated desks.
    if (!viaHttp || options.desks > 0) {
        auto connection = cli.context().connect(&error);
        if (!connection) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        config = connection->config();
    }

    Simulator simulator(config, options);
    QObject::connect(&simulator, &Simulator::progress, [&cli](const Simulator::Stats& s) {
        cli.out() << AdminCliTr::tr("arrived %1, abandoned %2, taken %3, completed %4, errors %5")
                         .arg(s.arrived)
                         .arg(s.abandoned)
                         .arg(s.claimed)
                         .arg(s.completed)
                         .arg(s.errors)
                  << "\n";
        if (!s.lastError.isEmpty())
            cli.out() << "  " << s.lastError << "\n";
        cli.out().flush();
    });
    if (!simulator.start(&error)) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << AdminCliTr::tr("Simulating %1 contacts a minute with %2 simulated desks; Ctrl+C stops.")
                     .arg(perMinute, 0, 'f', 1)
                     .arg(options.desks)
              << "\n";
    cli.out().flush();
    QEventLoop loop;
    QObject::connect(&simulator, &Simulator::finished, &loop, &QEventLoop::quit);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop, &QEventLoop::quit);
    // Ctrl+C or a plain kill (scripts/demo stops it so) ends this loop.
    quitOnTerminationSignals([&loop] { loop.quit(); });
    loop.exec();
    quitOnTerminationSignals();
    simulator.stop();
    return simulator.stats().errors > 0 && simulator.stats().arrived == 0 ? AdminCli::Failed : AdminCli::Ok;
}

} // namespace minwon
