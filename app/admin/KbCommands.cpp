// SPDX-License-Identifier: Apache-2.0
// minwon-admin kb import PATH | export DIR | search QUERY | publish-due
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "kb/KbImport.h"
#include "kb/KbWorkflow.h"
#include "services/KbService.h"

#include <QCoreApplication>

namespace minwon {

namespace {

struct KbCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(KbCommands)
};

int usage(AdminCli& cli)
{
    cli.err() << KbCommandsTr::tr(
        "Usage: minwon-admin kb import PATH [--publish]\n"
        "         PATH: a folder of .md files with a front-matter block, or one .jsonl file.\n"
        "         New versions wait for an approver; --publish publishes them at once (or on\n"
        "         their in-force date). Nothing is written when any file is bad.\n"
        "       minwon-admin kb export DIR [--all-versions]\n"
        "       minwon-admin kb search QUERY [--limit N] [--on YYYY-MM-DD] [--all]\n"
        "         One line per hit, best first: id, version, title, score (tab-separated).\n"
        "       minwon-admin kb publish-due\n");
    return AdminCli::Usage;
}

int import(AdminCli& cli, QStringList& args)
{
    const bool publish = AdminCli::takeFlag(args, QStringLiteral("--publish"));
    if (args.size() != 1)
        return usage(cli);
    KbImport importer;
    QList<KbImport::Problem> problems;
    auto report = [&] {
        for (const KbImport::Problem& p : problems)
            cli.err() << p.toString() << "\n";
        cli.err() << KbCommandsTr::tr("Nothing was imported.") << "\n";
        return AdminCli::Failed;
    };
    if (!importer.read(args.first(), &problems))
        return report();
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    KbImport::Outcome outcome;
    if (!importer.write(connection->db(), publish ? KbImport::Mode::Publish : KbImport::Mode::Review,
                        &outcome, &problems))
        return report();
    cli.out() << KbCommandsTr::tr("%1 articles read: %2 new articles, %3 new versions, %4 unchanged.")
                     .arg(importer.items().size())
                     .arg(outcome.newArticles)
                     .arg(outcome.newVersions)
                     .arg(outcome.unchanged)
              << "\n";
    if (!publish && outcome.newVersions > 0)
        cli.out() << KbCommandsTr::tr("The new versions wait for an approver.") << "\n";
    if (outcome.scheduled > 0)
        cli.out() << KbCommandsTr::tr("%1 versions will be published on their in-force date.")
                         .arg(outcome.scheduled)
                  << "\n";
    return AdminCli::Ok;
}

int exportCommand(AdminCli& cli, QStringList& args)
{
    const bool all = AdminCli::takeFlag(args, QStringLiteral("--all-versions"));
    if (args.size() != 1)
        return usage(cli);
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    const int written = exportArticles(connection->db(), args.first(), all, &error);
    if (written < 0) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << KbCommandsTr::tr("%1 files written to %2.").arg(written).arg(args.first()) << "\n";
    return AdminCli::Ok;
}

int search(AdminCli& cli, QStringList& args)
{
    QString limitText;
    QString onText;
    if (!AdminCli::takeOption(args, QStringLiteral("--limit"), &limitText)
        || !AdminCli::takeOption(args, QStringLiteral("--on"), &onText))
        return usage(cli);
    const bool all = AdminCli::takeFlag(args, QStringLiteral("--all"));
    if (args.isEmpty())
        return usage(cli);
    int limit = 20;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 100000) {
            cli.err() << KbCommandsTr::tr("--limit takes a number from 1.") << "\n";
            return AdminCli::Usage;
        }
    }
    QDate on = QDate::currentDate();
    if (!onText.isEmpty()) {
        on = QDate::fromString(onText, Qt::ISODate);
        if (!on.isValid()) {
            cli.err() << KbCommandsTr::tr("--on takes a date written YYYY-MM-DD.") << "\n";
            return AdminCli::Usage;
        }
    }
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    QList<KbEntry> entries;
    if (!KbService::loadSearchable(db, &entries, &error)) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    // The desk's engine, on the same versions a desk holds.
    const SearchIndex index = KbService::buildIndex(entries);
    SearchIndex::Query query;
    query.text = args.join(QLatin1Char(' '));
    query.onDate = on;
    query.includeInactive = all;
    query.limit = limit;
    for (const SearchIndex::Hit& hit : index.search(query)) {
        QString title = hit.title;
        title.replace(QLatin1Char('\t'), QLatin1Char(' '));
        cli.out() << hit.articleId << '\t' << hit.version << '\t' << title << '\t'
                  << QString::number(hit.score, 'f', 3) << "\n";
    }
    return AdminCli::Ok;
}

int publishDue(AdminCli& cli, QStringList& args)
{
    if (!args.isEmpty())
        return usage(cli);
    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    KbWorkflow flow(connection->db());
    const int changed = flow.publishDue(&error);
    if (changed < 0) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    cli.out() << KbCommandsTr::tr("%1 versions published or expired.").arg(changed) << "\n";
    return AdminCli::Ok;
}

} // namespace

int adminKb(AdminCli& cli, QStringList& args)
{
    if (args.isEmpty())
        return usage(cli);
    const QString action = args.takeFirst();
    if (action == QLatin1String("import"))
        return import(cli, args);
    if (action == QLatin1String("export"))
        return exportCommand(cli, args);
    if (action == QLatin1String("search"))
        return search(cli, args);
    if (action == QLatin1String("publish-due"))
        return publishDue(cli, args);
    return usage(cli);
}

} // namespace minwon
