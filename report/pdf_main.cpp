// SPDX-License-Identifier: Apache-2.0
// minwon-report-pdf [--lang ko|en] REPORT.json OUTPUT.pdf
// Draws a daily report (DailyReport::toJson) into a PDF; run by
// `minwon-admin report --pdf`.
#include "ReportPdf.h"
#include "util/CoreInit.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Never shows a window: no display needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("minwon-report-pdf"));
    minwon::initCore();
    QStringList args = app.arguments().mid(1);
    QString language;
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    if (lang >= 0 && lang + 1 < args.size()) {
        language = args.at(lang + 1);
        args.remove(lang, 2);
    }
    minwon::installTranslations(app, language);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: minwon-report-pdf [--lang ko|en] REPORT.json OUTPUT.pdf\n");
        return 2;
    }
    QFile input(args.at(0));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(0)), qPrintable(input.errorString()));
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!doc.isObject()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(0)), qPrintable(parseError.errorString()));
        return 1;
    }
    QString error;
    if (!minwon::writeReportPdf(minwon::DailyReport::fromJson(doc.object()), args.at(1), &error)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
