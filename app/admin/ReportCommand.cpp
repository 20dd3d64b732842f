// SPDX-License-Identifier: Apache-2.0
// minwon-admin report: the daily report for scheduled runs.
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "reports/DailyReport.h"
#include "reports/ReportCsv.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace minwon {

namespace {

struct ReportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int usage(AdminCli& cli)
{
    cli.err() << ReportCommandTr::tr(
        "Usage: minwon-admin report --date YYYY-MM-DD [--to YYYY-MM-DD] [--pdf FILE] "
        "[--csv FILE]\n"
        "       minwon-admin report --rebuild-rollup\n"
        "Without --pdf or --csv the headline figures are printed.")
              << "\n";
    return AdminCli::Usage;
}

QDate parseDay(const QString& text)
{
    if (text == QLatin1String("today"))
        return reportToday();
    if (text == QLatin1String("yesterday"))
        return reportToday().addDays(-1);
    return QDate::fromString(text, Qt::ISODate);
}

// The program that draws the PDF: fonts need a QGuiApplication, which this
// command-line tool does not have.
QString pdfHelper()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("MINWON_REPORT_PDF");
    if (!env.isEmpty())
        candidates << env;
    const QString dir = QCoreApplication::applicationDirPath();
    candidates << dir + QStringLiteral("/minwon-report-pdf");
#ifdef MINWON_REPORT_PDF_FROM_BIN
    candidates << dir + QStringLiteral("/" MINWON_REPORT_PDF_FROM_BIN "/minwon-report-pdf");
#endif
#ifdef MINWON_REPORT_PDF_BUILD
    candidates << QStringLiteral(MINWON_REPORT_PDF_BUILD);
#endif
    for (const QString& c : std::as_const(candidates))
        if (QFileInfo(c).isExecutable())
            return QFileInfo(c).absoluteFilePath();
    return {};
}

bool writePdf(const DailyReport& report, const QString& path, QString* error)
{
    const QString helper = pdfHelper();
    if (helper.isEmpty()) {
        *error
            = ReportCommandTr::tr("The PDF helper minwon-report-pdf was not found (set MINWON_REPORT_PDF).");
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    QFile json(dir.filePath(QStringLiteral("report.json")));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(report.toJson()).toJson()) < 0) {
        *error = json.errorString();
        return false;
    }
    json.close();
    // Written next to the target and renamed: a failed run leaves no half file.
    const QString partial = dir.filePath(QStringLiteral("report.pdf"));
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const QString language
        = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    process.start(helper, {QStringLiteral("--lang"), language, json.fileName(), partial});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = ReportCommandTr::tr("Drawing the PDF failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()
                          + process.errorString());
        process.kill();
        return false;
    }
    QFile::remove(path);
    if (!QFile::copy(partial, path)) {
        *error = ReportCommandTr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool writeCsv(const DailyReport& report, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportCsv::figures(report)) < 0 || !file.commit()) {
        *error = ReportCommandTr::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void printSummary(AdminCli& cli, const DailyReport& report)
{
    using namespace reportformat;
    const FigureMeasures& m = report.figures.total;
    QTextStream& out = cli.out();
    out << report.title() << "\n";
    auto line = [&](Column c, const QString& value) {
        out << "  " << columnTitle(c, FigureDimension::Day, Style::Display).leftJustified(28) << value
            << "\n";
    };
    FigureRow total;
    total.m = m;
    for (Column c :
         {Column::Contacts, Column::Answered, Column::Abandoned, Column::ShortAbandons, Column::ServiceLevel,
          Column::Asa, Column::Aht, Column::AbandonRate, Column::CasesCompleted, Column::Fcr})
        line(c, cellText(total, c, Style::Display));
    out << ReportCommandTr::tr("Service level by channel:") << "\n";
    for (const FigureRow& row : report.figures.byChannel) {
        if (row.m.contacts == 0)
            continue;
        out << "  " << row.label.leftJustified(20) << cellText(row, Column::ServiceLevel, Style::Display)
            << "  ("
            << ReportCommandTr::tr("threshold %1, target %2 %")
                   .arg(threshold(row.thresholdSeconds))
                   .arg(row.targetPct)
            << ")\n";
    }
}

int rebuildRollup(AdminCli& cli, SqlConnection& connection)
{
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT report_rollup_clear()"))
        || !q.exec(QStringLiteral("SELECT report_rollup_refresh(coalesce(report_local_day(min(arrived_at)), "
                                  "current_date), current_date) FROM contacts"))
        || !q.next()) {
        cli.err() << q.lastError().text() << "\n";
        return AdminCli::Failed;
    }
    cli.out() << ReportCommandTr::tr("The daily rollup holds %1 days.").arg(q.value(0).toInt()) << "\n";
    return AdminCli::Ok;
}

} // namespace

int adminReport(AdminCli& cli, QStringList& args)
{
    QString dateText;
    QString toText;
    QString pdf;
    QString csv;
    if (!AdminCli::takeOption(args, QStringLiteral("--date"), &dateText)
        || !AdminCli::takeOption(args, QStringLiteral("--to"), &toText)
        || !AdminCli::takeOption(args, QStringLiteral("--pdf"), &pdf)
        || !AdminCli::takeOption(args, QStringLiteral("--csv"), &csv))
        return usage(cli);
    const bool rebuild = AdminCli::takeFlag(args, QStringLiteral("--rebuild-rollup"));
    if (!args.isEmpty() || (dateText.isEmpty() && !rebuild))
        return usage(cli);
    const QDate from = parseDay(dateText);
    const QDate to = toText.isEmpty() ? from : parseDay(toText);
    if (!rebuild && (!from.isValid() || !to.isValid() || to < from)) {
        cli.err() << ReportCommandTr::tr("The dates are YYYY-MM-DD, and --to is not before --date.") << "\n";
        return AdminCli::Usage;
    }

    QString error;
    auto connection = cli.context().connect(&error);
    if (!connection) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    if (rebuild) {
        const int code = rebuildRollup(cli, *connection);
        if (code != AdminCli::Ok || dateText.isEmpty())
            return code;
    }
    QSqlDatabase db = connection->db();
    // A scheduled run keeps the daily rollup current: the day that became
    // final since the last run (and any gap of the last two months).
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT report_rollup_refresh(report_last_final_day() - 60, report_last_final_day())")))
            cli.err() << q.lastError().text() << "\n";
    }
    DailyReport report;
    if (!DailyReport::load(db, from, to, QLocale().language() == QLocale::Korean, &report, &error)) {
        cli.err() << error << "\n";
        return AdminCli::Failed;
    }
    if (pdf.isEmpty() && csv.isEmpty()) {
        printSummary(cli, report);
        return AdminCli::Ok;
    }
    if (!csv.isEmpty()) {
        if (!writeCsv(report, csv, &error)) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        cli.out() << ReportCommandTr::tr("Wrote %1").arg(QDir::toNativeSeparators(csv)) << "\n";
    }
    if (!pdf.isEmpty()) {
        if (!writePdf(report, pdf, &error)) {
            cli.err() << error << "\n";
            return AdminCli::Failed;
        }
        cli.out() << ReportCommandTr::tr("Wrote %1").arg(QDir::toNativeSeparators(pdf)) << "\n";
    }
    return AdminCli::Ok;
}

} // namespace minwon
