// SPDX-License-Identifier: Apache-2.0
#include "app/DeskController.h"
#include "app/DeskOptions.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "settings/DeskSettings.h"
#include "util/CoreInit.h"
#include "util/UnixSignals.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("minwon-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MinwonDesk"));
    QApplication::setDesktopFileName(QStringLiteral("minwon-desk"));
    minwon::initCore();

    const QStringList args = app.arguments().mid(1);
    minwon::DeskOptions options;
    QString error;
    const bool parsed = minwon::DeskOptions::parse(args, &options, &error);
    // --lang, else Korean for the demo, else the person's saved choice, else the system's language.
    QString language = options.language;
    if (language.isEmpty() && parsed && options.demo)
        language = QStringLiteral("ko");
    if (language.isEmpty())
        language = minwon::DeskSettings().language();
    minwon::installTranslations(app, language);
    if (!parsed) {
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
