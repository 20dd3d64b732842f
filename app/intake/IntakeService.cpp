// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeService.h"

#include "admin/AdminCli.h"
#include "admin/AdminContext.h"
#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "intake/IntakeServer.h"
#include "services/DeskStartup.h"
#include "util/UnixSignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace minwon {

namespace {

struct IntakeServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)
};

QString usage()
{
    return IntakeServiceTr::tr("Usage: minwon-intake [options]\n"
                               "The intake gateway: connectors put contacts into the queue over HTTP "
                               "(see docs/intake-api.md).\n\n"
                               "  --listen HOST:PORT        where to listen (127.0.0.1:8088)\n"
                               "  --db-connections N        database connections, one thread each (4)\n"
                               "  --max-body BYTES          largest request body accepted (65536)\n"
                               "  --request-timeout SECONDS a request must arrive whole within this (10)\n"
                               "  --max-connections N       open client connections at most (1024)\n"
                               "  --drain-timeout SECONDS   graceful shutdown waits this long at most (30)\n"
                               "  --lang ko|en              language of Open311 names and notes\n\n")
        + AdminContext::optionsHelp();
}

bool intOption(QStringList& args, const QString& name, int min, int max, int* out, QString* error)
{
    QString value;
    bool present = false;
    if (!AdminCli::takeOption(args, name, &value, &present)) {
        *error = IntakeServiceTr::tr("The option %1 needs a value.").arg(name);
        return false;
    }
    if (!present)
        return true;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = IntakeServiceTr::tr("%1 must be a number from %2 to %3.").arg(name).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress::LocalHost;
    else if (host == QLatin1String("*") || host == QLatin1String("0.0.0.0"))
        *address = QHostAddress::AnyIPv4;
    else if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

/// Qt's own warnings (from any thread) join the log as JSON lines, so that
/// stderr stays one JSON object per line.
void logQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // QPSQL frees the prepared statements of a connection that was lost by
    // sending DEALLOCATE over it; that it cannot is expected, not news.
    if (message.startsWith(QLatin1String("Unable to free statement")))
        return;
    const char* level = type == QtDebugMsg || type == QtInfoMsg ? "debug"
        : type == QtWarningMsg                                  ? "warn"
                                                                : "error";
    QByteArray line
        = QJsonDocument(QJsonObject {{QStringLiteral("time"),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("level"), QLatin1String(level)},
                                     {QStringLiteral("event"), QStringLiteral("qt_message")},
                                     {QStringLiteral("message"), message}})
              .toJson(QJsonDocument::Compact);
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runIntakeService(QCoreApplication& app, QStringList args, const QString& language)
{
    QTextStream err(stderr);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (args.contains(QLatin1String("--version"))) {
        QTextStream(stdout) << "minwon-intake " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    AdminContext context;
    QString error;
    if (!AdminContext::parse(args, &context, &error)) {
        err << error << "\n";
        return AdminCli::Usage;
    }
    IntakeServer::Options options;
    options.language = language;
    QString listen = QStringLiteral("127.0.0.1:8088");
    AdminCli::takeOption(args, QStringLiteral("--listen"), &listen);
    int maxBody = int(options.limits.maxBodyBytes);
    int requestTimeout = options.limits.requestTimeoutMs / 1000;
    int drainTimeout = options.drainTimeoutMs / 1000;
    if (!parseListen(listen, &options.address, &options.port)) {
        err << IntakeServiceTr::tr("--listen wants HOST:PORT, for example 127.0.0.1:8088.") << "\n";
        return AdminCli::Usage;
    }
    if (!intOption(args, QStringLiteral("--db-connections"), 1, 64, &options.dbConnections, &error)
        || !intOption(args, QStringLiteral("--max-body"), 1024, 16 * 1024 * 1024, &maxBody, &error)
        || !intOption(args, QStringLiteral("--request-timeout"), 1, 600, &requestTimeout, &error)
        || !intOption(args, QStringLiteral("--max-connections"), 1, 100000, &options.limits.maxConnections,
                      &error)
        || !intOption(args, QStringLiteral("--drain-timeout"), 1, 3600, &drainTimeout, &error)) {
        err << error << "\n";
        return AdminCli::Usage;
    }
    if (!args.isEmpty()) {
        err << IntakeServiceTr::tr("Unknown argument \"%1\". Run minwon-intake --help.").arg(args.first())
            << "\n";
        return AdminCli::Usage;
    }
    options.limits.maxBodyBytes = maxBody;
    options.limits.requestTimeoutMs = requestTimeout * 1000;
    options.drainTimeoutMs = drainTimeout * 1000;

    {
        auto connection = context.connect(&error);
        if (!connection) {
            err << error << "\n";
            return AdminCli::Failed;
        }
        // The private database migrates itself; a shared one is migrated by IT.
        Migrator migrator(connection->db());
        const Migrator::Status status = migrator.status(&error);
        if (status == Migrator::Status::Error || status == Migrator::Status::TooNew) {
            err << error << "\n";
            return AdminCli::Failed;
        }
        if (status != Migrator::Status::UpToDate) {
            if (!context.usePrivate) {
                err << IntakeServiceTr::tr(
                    "The database schema is not up to date. Run minwon-admin migrate first.")
                    << "\n";
                return AdminCli::Failed;
            }
            if (!migrator.migrate(&error)) {
                err << error << "\n";
                return AdminCli::Failed;
            }
        }
        options.database = connection->config();
        options.password = context.password;
    }

    qInstallMessageHandler(logQtMessage);
    IntakeServer server(options);
    if (!server.start(&error)) {
        err << IntakeServiceTr::tr("Cannot listen on %1: %2").arg(listen, error) << "\n";
        if (!context.startedPrivateRoot.isEmpty())
            stopPrivateServerIfIdle(context.startedPrivateRoot);
        return AdminCli::Failed;
    }
    quitOnTerminationSignals();
    app.exec();
    // SIGTERM or SIGINT: stop accepting, finish what is in flight. A second
    // signal ends the wait at once.
    server.shutdown();
    if (!server.isFinished()) {
        QEventLoop loop;
        QObject::connect(&server, &IntakeServer::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!context.startedPrivateRoot.isEmpty())
        stopPrivateServerIfIdle(context.startedPrivateRoot);
    return AdminCli::Ok;
}

} // namespace minwon
