// SPDX-License-Identifier: Apache-2.0
#include "services/DeskStartup.h"

#include "db/DbError.h"
#include "db/Migrator.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace minwon {

namespace {
struct DeskStartupTr
{
    Q_DECLARE_TR_FUNCTIONS(DeskStartup)
};
} // namespace

StartupOutcome prepareDatabase(const StartupRequest& request, const StartupProgress& progress)
{
    StartupOutcome outcome;
    auto say = [&](const QString& message) {
        if (progress)
            progress(message);
    };

    ConnectionConfig adminConfig;
    if (request.usePrivateServer) {
        PrivateServer::Options options;
        options.rootDir = request.privateRoot;
        options.tcpPort = request.privateTcpPort;
        PrivateServer server(options);
        QObject::connect(&server, &PrivateServer::progress, [&](const QString& m) { say(m); });
        outcome.privateRoot = server.options().rootDir;
        say(DeskStartupTr::tr("Starting the private database…"));
        const auto result = server.start(&outcome.error);
        if (result == PrivateServer::StartResult::Failed)
            return outcome;
        outcome.startedPrivateServer = result == PrivateServer::StartResult::Started;
        if (!server.ensureDatabase(request.database, &outcome.error))
            return outcome;
        adminConfig = server.connectionConfig(request.database);
        outcome.sessionConfig = adminConfig;
    } else {
        adminConfig = request.shared;
        adminConfig.database = request.shared.database;
        outcome.sessionConfig = request.shared;
        outcome.password = request.password;
    }

    {
        SqlConnection admin(adminConfig, request.usePrivateServer ? QString() : request.password,
                            QStringLiteral("startup"));
        say(DeskStartupTr::tr("Connecting…"));
        if (!admin.open(&outcome.error))
            return outcome;
        QSqlDatabase db = admin.db();
        Migrator migrator(db);
        QString error;
        const Migrator::Status status = migrator.status(&error);
        switch (status) {
        case Migrator::Status::Error:
        case Migrator::Status::TooNew:
            outcome.error = error;
            return outcome;
        case Migrator::Status::Empty:
        case Migrator::Status::NeedsMigration:
            if (!request.usePrivateServer) {
                outcome.error
                    = DeskStartupTr::tr(
                          "The database schema is older than this program (version %1, this program needs "
                          "%2). Ask IT to run \"minwon-admin migrate\".")
                          .arg(migrator.currentVersion())
                          .arg(migrator.latestVersion());
                return outcome;
            }
            say(DeskStartupTr::tr("Updating the database schema…"));
            if (!migrator.migrate(&outcome.error))
                return outcome;
            break;
        case Migrator::Status::UpToDate:
            break;
        }
        outcome.schemaVersion = migrator.currentVersion();

        if (request.seedDemo) {
            DemoSeeder seeder(db, request.demo);
            if (!seeder.isSeeded(&error)) {
                if (!error.isEmpty()) {
                    outcome.error = error;
                    return outcome;
                }
                DemoSeeder::Stats stats;
                if (!seeder.seed(&stats, &outcome.error, [&](const QString& step, int percent) {
                        say(DeskStartupTr::tr("Loading demo data: %1 (%2 %)").arg(step).arg(percent));
                    }))
                    return outcome;
                outcome.seeded = true;
            }
        }
    }

    if (!request.login.isEmpty())
        outcome.sessionConfig.user = request.login;
    outcome.ok = true;
    return outcome;
}

bool stopPrivateServerIfIdle(const QString& privateRoot, QString* message)
{
    PrivateServer::Options options;
    options.rootDir = privateRoot;
    PrivateServer server(options);
    if (!server.isRunning())
        return true;
    {
        SqlConnection conn(server.connectionConfig(QStringLiteral("postgres")), {},
                           QStringLiteral("stop-check"));
        if (conn.open()) {
            QSqlQuery q(conn.db());
            if (q.exec(QStringLiteral(
                    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                    "AND pid <> pg_backend_pid()"))
                && q.next() && q.value(0).toInt() > 0) {
                const int others = q.value(0).toInt();
                if (message)
                    *message = QCoreApplication::translate(
                        "DeskStartup",
                        "The private database stays running: %n other program(s) still use it.", nullptr,
                        others);
                return true;
            }
        }
    }
    return server.stop(message);
}

} // namespace minwon
