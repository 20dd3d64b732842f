// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminContext.h"

#include "db/DbError.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "settings/DeskSettings.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace minwon {

namespace {
struct AdminContextTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminContext)
};
// Reads a line from the terminal without echoing it.
QString promptPassword(const QString& prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old {};
    const bool tty = ::tcgetattr(0, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(0, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (tty)
        ::tcsetattr(0, TCSANOW, &old);
    std::fputs("\n", stderr);
    QString line = got ? QString::fromLocal8Bit(buffer) : QString();
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

bool AdminContext::parse(QStringList& args, AdminContext* context, QString* error)
{
    AdminContext ctx;
    const DeskSettings settings;
    const bool configuredShared = settings.hasSharedServer();
    if (configuredShared) {
        ctx.shared = settings.connection();
        ctx.usePrivate = false;
    }
    ctx.shared.applicationName = QStringLiteral("minwon-admin");
    bool forceLocal = false;
    bool sawSharedOption = false;

    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        auto value = [&](QString* out) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                *out = arg.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                if (error)
                    *error = AdminContextTr::tr("The option %1 needs a value.").arg(arg);
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        QString v;
        if (name == QLatin1String("--local")) {
            forceLocal = true;
        } else if (name == QLatin1String("--data-dir")) {
            if (!value(&ctx.privateRoot))
                return false;
            forceLocal = true;
        } else if (name == QLatin1String("--tcp-port")) {
            if (!value(&v))
                return false;
            ctx.tcpPort = v.toInt();
            if (ctx.tcpPort < 1 || ctx.tcpPort > 65535) {
                if (error)
                    *error = AdminContextTr::tr("--tcp-port must be a port number.");
                return false;
            }
        } else if (name == QLatin1String("--host")) {
            if (!value(&v))
                return false;
            ctx.shared.hosts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            sawSharedOption = true;
        } else if (name == QLatin1String("--port")) {
            if (!value(&v))
                return false;
            ctx.shared.port = v.toInt();
        } else if (name == QLatin1String("--db")) {
            if (!value(&ctx.database))
                return false;
            ctx.shared.database = ctx.database;
        } else if (name == QLatin1String("--user")) {
            if (!value(&ctx.shared.user))
                return false;
        } else if (name == QLatin1String("--sslmode")) {
            if (!value(&ctx.shared.sslMode))
                return false;
        } else if (name == QLatin1String("--sslrootcert")) {
            if (!value(&ctx.shared.sslRootCert))
                return false;
        } else {
            rest << arg;
        }
    }
    if (sawSharedOption)
        ctx.usePrivate = false;
    if (forceLocal)
        ctx.usePrivate = true;
    if (!ctx.usePrivate) {
        ctx.shared.mode = ConnectionConfig::Mode::Shared;
        if (ctx.shared.database.isEmpty())
            ctx.shared.database = ctx.database;
        if (ctx.shared.user.isEmpty())
            ctx.shared.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
        const QString problem = ctx.shared.validate();
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        ctx.password = qEnvironmentVariable("PGPASSWORD");
    }
    args = rest;
    *context = ctx;
    return true;
}

QString AdminContext::optionsHelp()
{
    return AdminContextTr::tr(
        "Where to work (default: the private database, or the shared server set in the desk's settings):\n"
        "  --local                 use the private database of this user\n"
        "  --data-dir DIR          the private database's directory (implies --local)\n"
        "  --tcp-port PORT         let the private database listen on 127.0.0.1:PORT too\n"
        "  --host H1[,H2]          shared server host(s); primary and standby\n"
        "  --port PORT             shared server port (5432)\n"
        "  --db NAME               database name (minwon)\n"
        "  --user NAME             database user; the password comes from PGPASSWORD or ~/.pgpass\n"
        "  --sslmode MODE          disable, prefer, require, verify-ca, verify-full\n"
        "  --sslrootcert FILE      root certificate for verify-ca/verify-full\n");
}

std::unique_ptr<SqlConnection> AdminContext::connect(QString* error) const
{
    ConnectionConfig config;
    if (usePrivate) {
        PrivateServer::Options options;
        options.rootDir = privateRoot;
        options.tcpPort = tcpPort;
        PrivateServer server(options);
        const PrivateServer::StartResult started = server.start(error);
        if (started == PrivateServer::StartResult::Failed)
            return {};
        if (started == PrivateServer::StartResult::Started)
            startedPrivateRoot = server.options().rootDir;
        if (!server.ensureDatabase(database, error))
            return {};
        config = server.connectionConfig(database);
        config.applicationName = QStringLiteral("minwon-admin");
    } else {
        config = shared;
    }
    auto connection
        = std::make_unique<SqlConnection>(config, usePrivate ? QString() : password, QStringLiteral("admin"));
    if (connection->open(error))
        return connection;
    // On a terminal, ask once for the password the server wants.
    if (!usePrivate && DbError::classify(connection->lastError()) == DbError::Kind::AuthFailed
        && ::isatty(0)) {
        const QString typed = promptPassword(AdminContextTr::tr("Password for %1: ").arg(config.user));
        connection.reset();
        connection = std::make_unique<SqlConnection>(config, typed, QStringLiteral("admin"));
        if (connection->open(error)) {
            password = typed;
            return connection;
        }
    }
    return {};
}

} // namespace minwon
