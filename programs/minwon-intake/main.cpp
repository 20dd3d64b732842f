// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminCli.h"
#include "intake/IntakeService.h"
#include "util/CoreInit.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("minwon-intake"));
    minwon::initCore();
    QStringList args = app.arguments().mid(1);
    QString language = qEnvironmentVariable("MINWON_LANG");
    minwon::AdminCli::takeOption(args, QStringLiteral("--lang"), &language);
    language = minwon::installTranslations(app, language);
    return minwon::runIntakeService(app, args, language);
}
