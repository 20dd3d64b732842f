// SPDX-License-Identifier: Apache-2.0
// minwon-admin user add | disable | enable | set-role | reset-password | list
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "services/UserAccounts.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace minwon {

namespace {

struct UserCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

int usage(AdminCli& cli)
{
    cli.err() << UserCommandsTr::tr(
        "Usage: minwon-admin user add LOGIN --name NAME --role ROLE [--room N] [--department CODE]\n"
        "                                [--password-file FILE|-]\n"
        "       minwon-admin user set-role LOGIN ROLE [--room N] [--department CODE]\n"
        "       minwon-admin user reset-password LOGIN [--password-file FILE|-]\n"
        "       minwon-admin user disable LOGIN\n"
        "       minwon-admin user enable LOGIN\n"
        "       minwon-admin user list\n"
        "Roles: counselor, supervisor, kb_editor, kb_approver, department, admin.\n"
        "A password is never given on the command line: it is asked for twice on the terminal, or read\n"
        "from the first line of a file (- for standard input).\n");
    return AdminCli::Usage;
}

QString readLine(FILE* file, bool quiet)
{
    termios old {};
    const bool tty = quiet && ::isatty(::fileno(file)) && ::tcgetattr(::fileno(file), &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(::fileno(file), TCSANOW, &silent);
    }
    QByteArray line;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, file)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (tty) {
        ::tcsetattr(::fileno(file), TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// The new password: from a file (or stdin with "-"), else asked twice on a terminal.
bool newPassword(AdminCli& cli, const QString& file, QString* password)
{
    if (file == QLatin1String("-")) {
        *password = readLine(stdin, false);
        return true;
    }
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            cli.err() << UserCommandsTr::tr("Cannot read the password file %1.").arg(file) << "\n";
            return false;
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *password = QString::fromUtf8(line);
        return true;
    }
    if (!::isatty(0)) {
        cli.err() << UserCommandsTr::tr("No terminal to ask for the password: use --password-file FILE or -.")
                  << "\n";
        return false;
    }
    std::fputs(qPrintable(UserCommandsTr::tr("New password: ")), stderr);
    const QString first = readLine(stdin, true);
    std::fputs(qPrintable(UserCommandsTr::tr("Again: ")), stderr);
    const QString second = readLine(stdin, true);
    if (first != second) {
        cli.err() << UserCommandsTr::tr("The two passwords differ; nothing was changed.") << "\n";
        return false;
    }
    *password = first;
    return true;
}

bool roomOption(AdminCli& cli, QStringList& args, int* room)
{
    QString value;
    bool present = false;
    if (!AdminCli::takeOption(args, QStringLiteral("--room"), &value, &present))
        return false;
    if (!present)
        return true;
    bool ok = false;
    *room = value.toInt(&ok);
    if (!ok || *room < 1 || *room > 32767) {
        cli.err() << UserCommandsTr::tr("--room takes a room number.") << "\n";
        return false;
    }
    return true;
}

int report(AdminCli& cli, const UserAccounts::Result& result, const QString& done)
{
    if (!result.ok) {
        cli.err() << result.message << "\n";
        return AdminCli::Failed;
    }
    cli.out() << done << "\n";
    return AdminCli::Ok;
}

} // namespace

int adminUser(AdminCli& cli, QStringList& args)
{
    if (args.isEmpty())
        return usage(cli);
    const QString action = args.takeFirst();
    QString name;
    QString role;
    QString department;
    QString passwordFile;
    int room = 0;
    if (action == QLatin1String("add")) {
        if (!AdminCli::takeOption(args, QStringLiteral("--name"), &name)
            || !AdminCli::takeOption(args, QStringLiteral("--role"), &role)
            || !AdminCli::takeOption(args, QStringLiteral("--department"), &department)
            || !AdminCli::takeOption(args, QStringLiteral("--password-file"), &passwordFile)
            || !roomOption(cli, args, &room) || args.size() != 1 || name.isEmpty() || role.isEmpty())
            return usage(cli);
    } else if (action == QLatin1String("set-role")) {
        if (!AdminCli::takeOption(args, QStringLiteral("--department"), &department)
            || !roomOption(cli, args, &room) || args.size() != 2)
            return usage(cli);
        role = args.takeLast();
    } else if (action == QLatin1String("reset-password")) {
        if (!AdminCli::takeOption(args, QStringLiteral("--password-file"), &passwordFile) || args.size() != 1)
            return usage(cli);
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        if (args.size() != 1)
            return usage(cli);
    } else if (action != QLatin1String("list") || !args.isEmpty()) {
        return usage(cli);
    }
    const QString login = args.value(0);
    if (!login.isEmpty()) {
        const QString problem = UserAccounts::checkLogin(login);
        if (!problem.isEmpty()) {
            cli.err() << problem << "\n";
            return AdminCli::Usage;
        }
    }
    if (!role.isEmpty() && !UserAccounts::roles().contains(role)) {
        cli.err() << UserCommandsTr::tr("Unknown role \"%1\"; one of: %2.")
                         .arg(role, UserAccounts::roles().join(QStringLiteral(", ")))
                  << "\n";
        return AdminCli::Usage;
    }
    QString password;
    if (action == QLatin1String("add") || action == QLatin1String("reset-password")) {
        if (!newPassword(cli, passwordFile, &password))
            return AdminCli::Failed;
        const QString problem = UserAccounts::checkPassword(password);
        if (!problem.isEmpty()) {
            cli.err() << problem << "\n";
            return AdminCli::Failed;
        }
    }

    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    QSqlDatabase db = connection->db();
    if (action == QLatin1String("add")) {
        UserAccount account;
        account.login = login;
        account.displayName = name;
        account.role = role;
        account.roomId = room;
        account.department = department;
        return report(cli, UserAccounts::add(db, account, password),
                      UserCommandsTr::tr("%1 (%2) can now sign in as %3.").arg(name, role, login));
    }
    if (action == QLatin1String("set-role"))
        return report(cli, UserAccounts::setRole(db, login, role, room, department),
                      UserCommandsTr::tr("%1 now has the role %2.").arg(login, role));
    if (action == QLatin1String("reset-password"))
        return report(cli, UserAccounts::setPassword(db, login, password),
                      UserCommandsTr::tr("The password of %1 was changed.").arg(login));
    if (action == QLatin1String("disable"))
        return report(cli, UserAccounts::setActive(db, login, false),
                      UserCommandsTr::tr("%1 can no longer sign in; open sessions were ended.").arg(login));
    if (action == QLatin1String("enable"))
        return report(cli, UserAccounts::setActive(db, login, true),
                      UserCommandsTr::tr("%1 can sign in again.").arg(login));
    UserAccounts::Result result;
    const QList<UserAccount> rows = UserAccounts::list(db, &result);
    if (!result.ok) {
        cli.err() << result.message << "\n";
        return AdminCli::Failed;
    }
    for (const UserAccount& u : rows)
        cli.out() << u.login << "\t" << u.role << "\t" << (u.active && u.canLogin ? "active" : "disabled")
                  << "\t" << (u.roomId > 0 ? QString::number(u.roomId) : QString()) << "\t" << u.department
                  << "\t" << u.displayName << "\n";
    return AdminCli::Ok;
}

} // namespace minwon
