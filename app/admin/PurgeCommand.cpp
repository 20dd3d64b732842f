// SPDX-License-Identifier: Apache-2.0
// minwon-admin purge [--older-than DAYS] [--dry-run]
#include "admin/AdminCli.h"
#include "db/DbError.h"
#include "db/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace minwon {

namespace {

struct PurgeCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
};

int usage(AdminCli& cli)
{
    cli.err() << PurgeCommandTr::tr(
        "Usage: minwon-admin purge [--older-than DAYS] [--dry-run]\n"
        "Erases the citizen's name, number, address and messages of finished cases older than DAYS\n"
        "(default: the setting privacy.retention_days, 1095). The cases and their figures stay.\n");
    return AdminCli::Usage;
}

} // namespace

int adminPurge(AdminCli& cli, QStringList& args)
{
    QString days;
    bool present = false;
    if (!AdminCli::takeOption(args, QStringLiteral("--older-than"), &days, &present))
        return usage(cli);
    const bool dryRun = AdminCli::takeFlag(args, QStringLiteral("--dry-run"));
    if (!args.isEmpty())
        return usage(cli);
    bool ok = true;
    const int olderThan = present ? days.toInt(&ok) : 0;
    if (!ok || (present && (olderThan < 30 || olderThan > 36500))) {
        cli.err() << PurgeCommandTr::tr("--older-than takes a number of days from 30 to 36500.") << "\n";
        return AdminCli::Usage;
    }

    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlQuery q(connection->db());
    q.prepare(QStringLiteral("SELECT purge_personal_data(?, ?)"));
    q.addBindValue(present ? QVariant(olderThan) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(dryRun);
    if (!q.exec() || !q.next()) {
        cli.err() << DbError::describe(q.lastError()) << "\n";
        return AdminCli::Failed;
    }
    const int count = q.value(0).toInt();
    cli.out() << (dryRun ? PurgeCommandTr::tr("%n case(s) would lose their personal data.", nullptr, count)
                         : PurgeCommandTr::tr("Personal data of %n case(s) erased.", nullptr, count))
              << "\n";
    return AdminCli::Ok;
}

} // namespace minwon
