// SPDX-License-Identifier: Apache-2.0
// minwon-admin server start | stop | status
#include "admin/AdminCli.h"
#include "db/PrivateServer.h"

#include <QCoreApplication>

namespace minwon {

namespace {
struct AdminCliTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};
} // namespace

int adminServer(AdminCli& cli, QStringList& args)
{
    if (!cli.context().usePrivate) {
        cli.err() << AdminCliTr::tr(
            "\"server\" manages the private database; a shared server is configured. Use --local.")
                  << "\n";
        return AdminCli::Usage;
    }
    const QString action = args.isEmpty() ? QStringLiteral("status") : args.takeFirst();
    PrivateServer::Options options;
    options.rootDir = cli.context().privateRoot;
    options.tcpPort = cli.context().tcpPort;
    PrivateServer server(options);
    QString error;
    if (action == QLatin1String("start")) {
        const auto result = server.start(&error);
        if (result == PrivateServer::StartResult::Failed) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        cli.out() << (result == PrivateServer::StartResult::Started ? AdminCliTr::tr("started")
                                                                    : AdminCliTr::tr("already running"))
                  << "\t" << server.socketDir() << "\t" << server.port() << "\n";
        return AdminCli::Ok;
    }
    if (action == QLatin1String("stop")) {
        if (!server.stop(&error)) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        cli.out() << AdminCliTr::tr("stopped") << "\n";
        return AdminCli::Ok;
    }
    if (action == QLatin1String("status")) {
        const bool running = server.isRunning();
        cli.out() << (running ? AdminCliTr::tr("running") : AdminCliTr::tr("stopped")) << "\t"
                  << server.options().rootDir << "\t" << server.socketDir() << "\t" << server.port() << "\n";
        return running ? AdminCli::Ok : 3;
    }
    cli.err() << AdminCliTr::tr("Usage: minwon-admin server start|stop|status") << "\n";
    return AdminCli::Usage;
}

} // namespace minwon
