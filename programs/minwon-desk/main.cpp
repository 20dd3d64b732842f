// SPDX-License-Identifier: Apache-2.0
#include "app/DeskController.h"
#include "app/DeskOptions.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "settings/DeskSettings.h"
#include "util/CoreInit.h"
#include "util/UnixSignals.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

#include <cstdio>

namespace {

// --help and --version only print: they need no display, so that they work
// over ssh and in scripts that check an installation.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("minwon-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MinwonDesk"));
    QApplication::setDesktopFileName(QStringLiteral("minwon-desk"));
    // The installed icon (share/icons/hicolor); the task bar shows it too.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("minwon-desk")));
    minwon::initCore();

    const QStringList args = app.arguments().mid(1);
    minwon::DeskOptions options;
    QString error;
    const bool parsed = minwon::DeskOptions::parse(args, &options, &error);
    // --lang, else the person's choice (View ▸ Language), else Korean for the
    // demo, else the system's language.
    const QString language = minwon::resolveLanguage(options.language, minwon::DeskSettings().language(),
                                                     parsed && options.demo, QLocale::system().uiLanguages());
    minwon::installTranslations(app, language);
    if (!parsed) {
        // Once more, now that the translations are in: --help and errors in the person's language.
        minwon::DeskOptions::parse(args, &options, &error);
        const bool info = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))
            || args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
        std::fputs(qPrintable(error + QLatin1Char('\n')), info ? stdout : stderr);
        return info ? 0 : 2;
    }

    // --theme, else the person's saved choice, else the system's colours.
    const QString theme = options.theme.isEmpty() ? minwon::DeskSettings().theme() : options.theme;
    minwon::theme::apply(minwon::theme::modeFromString(theme));

    minwon::quitOnTerminationSignals();
    minwon::DeskController controller(options);
    if (!controller.start())
        return 1;
    return app.exec();
}
