// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "admin/AdminContext.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace minwon {

/// minwon-admin: the command-line operations tool. Runs in-process in tests
/// with its output captured.
class AdminCli
{
public:
    AdminCli(QTextStream& out, QTextStream& err);

    /// Runs one command line (without the program name); returns the exit code.
    int run(QStringList args);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const AdminContext& context() const { return m_context; }

    /// Exit codes.
    enum
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    /// Pulls "--name value" or "--name=value" out of args; false if the value is missing.
    static bool takeOption(QStringList& args, const QString& name, QString* value, bool* present = nullptr);
    static bool takeFlag(QStringList& args, const QString& name);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(AdminCli&, QStringList&)> run;
    };
    static QList<Command> commands();
    int usage();

    QTextStream& m_out;
    QTextStream& m_err;
    AdminContext m_context;
};

// Command handlers, one file per area.
int adminServer(AdminCli& cli, QStringList& args);
int adminMigrate(AdminCli& cli, QStringList& args);
int adminSeedDemo(AdminCli& cli, QStringList& args);
int adminInfo(AdminCli& cli, QStringList& args);
int adminSimulate(AdminCli& cli, QStringList& args);
int adminReport(AdminCli& cli, QStringList& args);
int adminIntake(AdminCli& cli, QStringList& args);
int adminKb(AdminCli& cli, QStringList& args);
int adminUser(AdminCli& cli, QStringList& args);
int adminPurge(AdminCli& cli, QStringList& args);
int adminGenerate(AdminCli& cli, QStringList& args);

} // namespace minwon
