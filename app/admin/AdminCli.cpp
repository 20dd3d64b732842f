// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminCli.h"

#include "services/DeskStartup.h"

#include <QCoreApplication>

namespace minwon {

namespace {
struct AdminCliTr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};
} // namespace

AdminCli::AdminCli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QList<AdminCli::Command> AdminCli::commands()
{
    return {
        {QStringLiteral("server"), AdminCliTr::tr("start | stop | status of the private database"),
         adminServer},
        {QStringLiteral("migrate"), AdminCliTr::tr("bring the schema up to date (--status: only tell)"),
         adminMigrate},
        {QStringLiteral("seed-demo"),
         AdminCliTr::tr("load the demo city: people, guidance, 30 days of cases"), adminSeedDemo},
        {QStringLiteral("info"), AdminCliTr::tr("schema version and row counts"), adminInfo},
        {QStringLiteral("simulate"),
         AdminCliTr::tr("put contacts into the queue at a rate, with simulated desks"), adminSimulate},
        {QStringLiteral("report"),
         AdminCliTr::tr("the daily report: figures, PDF and CSV (--date YYYY-MM-DD)"), adminReport},
        {QStringLiteral("generate"), AdminCliTr::tr("years of cases and guidance for load tests (COPY)"),
         adminGenerate},
        {QStringLiteral("intake"),
         AdminCliTr::tr("intake gateway connectors: token add | list | revoke | rotate"), adminIntake},
        {QStringLiteral("kb"),
         AdminCliTr::tr("guidance: import PATH | export DIR | search QUERY | publish-due"), adminKb},
        {QStringLiteral("user"),
         AdminCliTr::tr(
             "people and their sign-in: add | set-role | reset-password | disable | enable | list"),
         adminUser},
        {QStringLiteral("purge"),
         AdminCliTr::tr("erase personal data of cases past the retention period (the figures stay)"),
         adminPurge},
    };
}

bool AdminCli::takeOption(QStringList& args, const QString& name, QString* value, bool* present)
{
    if (present)
        *present = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args.at(i + 1);
            args.remove(i, 2);
            if (present)
                *present = true;
            return true;
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            *value = arg.mid(name.size() + 1);
            args.removeAt(i);
            if (present)
                *present = true;
            return true;
        }
    }
    return true;
}

bool AdminCli::takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}

int AdminCli::usage()
{
    m_out << AdminCliTr::tr("Usage: minwon-admin [options] COMMAND [arguments]") << "\n\n"
          << AdminCliTr::tr("Commands:") << "\n";
    for (const Command& c : commands())
        m_out << "  " << c.name.leftJustified(14) << c.summary << "\n";
    m_out << "\n" << AdminContext::optionsHelp();
    m_out.flush();
    return Usage;
}

int AdminCli::run(QStringList args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help"))
        return args.isEmpty() ? usage() : (usage(), Ok);
    if (args.first() == QLatin1String("--version")) {
        m_out << "minwon-admin " << QCoreApplication::applicationVersion() << "\n";
        m_out.flush();
        return Ok;
    }
    QString error;
    if (!AdminContext::parse(args, &m_context, &error)) {
        m_err << error << "\n";
        m_err.flush();
        return Usage;
    }
    if (args.isEmpty())
        return usage();
    const QString name = args.takeFirst();
    for (const Command& c : commands()) {
        if (c.name == name) {
            const int code = c.run(*this, args);
            if (!m_context.startedPrivateRoot.isEmpty()) {
                // Leave the private database as we found it: stopped.
                stopPrivateServerIfIdle(m_context.startedPrivateRoot);
                m_context.startedPrivateRoot.clear();
            }
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    m_err << AdminCliTr::tr("Unknown command \"%1\". Run minwon-admin --help.").arg(name) << "\n";
    m_err.flush();
    return Usage;
}

} // namespace minwon
