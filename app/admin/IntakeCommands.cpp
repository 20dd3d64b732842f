// SPDX-License-Identifier: Apache-2.0
// minwon-admin intake token add | list | revoke | rotate
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "intake/IntakeTokens.h"

#include <QCoreApplication>

namespace minwon {

namespace {

struct IntakeCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeCommands)
};

int usage(AdminCli& cli)
{
    cli.err() << IntakeCommandsTr::tr("Usage: minwon-admin intake token add NAME --channels CODE[,CODE…]|all "
                                      "[--rate PER_MINUTE] [--burst N] "
                                      "[--note TEXT]\n"
                                      "       minwon-admin intake token list\n"
                                      "       minwon-admin intake token revoke NAME\n"
                                      "       minwon-admin intake token rotate NAME\n");
    return AdminCli::Usage;
}

bool number(QStringList& args, const QString& name, int min, int max, int* out)
{
    QString value;
    bool present = false;
    if (!AdminCli::takeOption(args, name, &value, &present))
        return false;
    if (!present)
        return true;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

void printToken(AdminCli& cli, const QString& name, const QString& token)
{
    cli.out() << token << "\n";
    cli.err()
        << IntakeCommandsTr::tr(
               "The token of connector \"%1\" is shown once, above; only its hash is kept. Give it to the "
               "connector as \"Authorization: Bearer <token>\".")
               .arg(name)
        << "\n";
}

} // namespace

int adminIntake(AdminCli& cli, QStringList& args)
{
    if (args.size() < 2 || args.at(0) != QLatin1String("token"))
        return usage(cli);
    const QString action = args.at(1);
    args.remove(0, 2);
    QString channels;
    QString note;
    int rate = 600;
    int burst = 60;
    if (action == QLatin1String("add")) {
        if (!AdminCli::takeOption(args, QStringLiteral("--channels"), &channels)
            || !AdminCli::takeOption(args, QStringLiteral("--note"), &note)
            || !number(args, QStringLiteral("--rate"), 1, 10000000, &rate)
            || !number(args, QStringLiteral("--burst"), 1, 1000000, &burst) || args.size() != 1)
            return usage(cli);
    } else if (action == QLatin1String("revoke") || action == QLatin1String("rotate")) {
        if (args.size() != 1)
            return usage(cli);
    } else if (action != QLatin1String("list") || !args.isEmpty()) {
        return usage(cli);
    }

    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    if (action == QLatin1String("add")) {
        const QString name = args.first();
        const QString token = IntakeTokens::add(
            db, name, channels.split(QLatin1Char(','), Qt::SkipEmptyParts), rate, burst, note, &error);
        if (token.isEmpty()) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        printToken(cli, name, token);
        return AdminCli::Ok;
    }
    if (action == QLatin1String("rotate")) {
        const QString token = IntakeTokens::rotate(db, args.first(), &error);
        if (token.isEmpty()) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        printToken(cli, args.first(), token);
        return AdminCli::Ok;
    }
    if (action == QLatin1String("revoke")) {
        if (!IntakeTokens::revoke(db, args.first(), &error)) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        cli.out() << IntakeCommandsTr::tr("Connector \"%1\" revoked; its token stops working within seconds.")
                         .arg(args.first())
                  << "\n";
        return AdminCli::Ok;
    }
    const QList<IntakeTokens::Info> connectors = IntakeTokens::list(db, &error);
    if (!error.isEmpty()) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    for (const IntakeTokens::Info& c : connectors) {
        cli.out() << c.name << "\t" << (c.active ? "active" : "revoked") << "\t"
                  << c.channels.join(QLatin1Char(',')) << "\t" << c.ratePerMinute << "/min burst " << c.burst
                  << "\t" << c.createdAt.toUTC().toString(Qt::ISODate) << "\t" << c.note << "\n";
    }
    return AdminCli::Ok;
}

} // namespace minwon
