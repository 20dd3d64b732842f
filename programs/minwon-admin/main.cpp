// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminCli.h"
#include "util/CoreInit.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("minwon-admin"));
    minwon::initCore();
    QStringList args = app.arguments().mid(1);
    QString language = qEnvironmentVariable("MINWON_LANG");
    minwon::AdminCli::takeOption(args, QStringLiteral("--lang"), &language);
    minwon::installTranslations(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    minwon::AdminCli cli(out, err);
    return cli.run(args);
}
