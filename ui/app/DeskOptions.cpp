// SPDX-License-Identifier: Apache-2.0
#include "app/DeskOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace minwon {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption local {
        QStringLiteral("local"),
        QCoreApplication::translate("DeskOptions", "Use the private database of this user.")};
    QCommandLineOption demo {
        QStringLiteral("demo"),
        QCoreApplication::translate("DeskOptions", "Open the demo city (private database).")};
    QCommandLineOption role {
        QStringLiteral("role"),
        QCoreApplication::translate("DeskOptions",
                                    "Demo workspace: counselor, supervisor, editor, approver, "
                                    "department or admin."),
        QStringLiteral("role")};
    QCommandLineOption user {QStringLiteral("user"),
                             QCoreApplication::translate("DeskOptions", "Sign in as this login."),
                             QStringLiteral("login")};
    QCommandLineOption lang {QStringLiteral("lang"),
                             QCoreApplication::translate("DeskOptions", "Language: ko or en."),
                             QStringLiteral("language")};
    QCommandLineOption theme {QStringLiteral("theme"),
                              QCoreApplication::translate("DeskOptions", "Colours: light, dark or system."),
                              QStringLiteral("theme")};
    QCommandLineOption dataDir {
        QStringLiteral("data-dir"),
        QCoreApplication::translate("DeskOptions", "Directory of the private database."),
        QStringLiteral("dir")};
    QCommandLineOption configure {
        QStringLiteral("configure"),
        QCoreApplication::translate("DeskOptions", "Open the connection settings first.")};
    QCommandLineOption demoPerDay {QStringLiteral("demo-per-day"),
                                   QCoreApplication::translate("DeskOptions", "Demo contacts per weekday."),
                                   QStringLiteral("n")};
    QCommandLineOption demoDays {QStringLiteral("demo-days"),
                                 QCoreApplication::translate("DeskOptions", "Demo days of past cases."),
                                 QStringLiteral("n")};
    QCommandLineOption startupReport {
        QStringLiteral("startup-report"),
        QCoreApplication::translate("DeskOptions",
                                    "Write the start-up timings to this file and quit (for benchmarks)."),
        QStringLiteral("file")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "DeskOptions", "MinwonDesk: the civil-complaint call-center workstation."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {local, demo, role, user, lang, theme, dataDir, configure, demoPerDay, demoDays, startupReport});
    }
};

} // namespace

bool DeskOptions::parse(const QStringList& args, DeskOptions* options, QString* error)
{
    Parser p;
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("minwon-desk"));
    if (!p.parser.parse(withProgram)) {
        *error = p.parser.errorText();
        return false;
    }
    DeskOptions o;
    o.local = p.parser.isSet(p.local);
    o.demo = p.parser.isSet(p.demo) || p.parser.isSet(p.role);
    o.role = p.parser.value(p.role);
    o.user = p.parser.value(p.user);
    o.language = p.parser.value(p.lang);
    o.theme = p.parser.value(p.theme);
    o.dataDir = p.parser.value(p.dataDir);
    o.configure = p.parser.isSet(p.configure);
    o.startupReport = p.parser.value(p.startupReport);
    static const QStringList roles {QString(),
                                    QStringLiteral("counselor"),
                                    QStringLiteral("supervisor"),
                                    QStringLiteral("editor"),
                                    QStringLiteral("approver"),
                                    QStringLiteral("department"),
                                    QStringLiteral("admin")};
    if (!roles.contains(o.role)) {
        *error = QCoreApplication::translate("DeskOptions", "Unknown role \"%1\".").arg(o.role);
        return false;
    }
    if (!o.language.isEmpty() && o.language != QLatin1String("ko") && o.language != QLatin1String("en")) {
        *error = QCoreApplication::translate("DeskOptions", "The language must be ko or en.");
        return false;
    }
    if (!o.theme.isEmpty() && o.theme != QLatin1String("light") && o.theme != QLatin1String("dark")
        && o.theme != QLatin1String("system")) {
        *error = QCoreApplication::translate("DeskOptions", "The theme must be light, dark or system.");
        return false;
    }
    bool ok = true;
    if (p.parser.isSet(p.demoPerDay))
        o.demoPerDay = p.parser.value(p.demoPerDay).toInt(&ok);
    if (ok && p.parser.isSet(p.demoDays))
        o.demoDays = p.parser.value(p.demoDays).toInt(&ok);
    if (!ok || o.demoPerDay < 0 || o.demoDays < 0 || o.demoDays > 400) {
        *error = QCoreApplication::translate("DeskOptions", "The demo size must be a positive number.");
        return false;
    }
    if (p.parser.isSet(QStringLiteral("help")) || p.parser.isSet(QStringLiteral("version"))) {
        *options = o; // --lang still counts: `--lang ko --help` is in Korean
        *error = p.parser.isSet(QStringLiteral("help")) ? p.parser.helpText()
                                                        : QCoreApplication::applicationVersion();
        return false;
    }
    *options = o;
    return true;
}

QString DeskOptions::help()
{
    Parser p;
    return p.parser.helpText();
}

} // namespace minwon
