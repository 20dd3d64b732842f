// SPDX-License-Identifier: Apache-2.0
#include "supervisor/ReportExporter.h"

#include "ReportPdf.h"
#include "reports/CaseReviewService.h"
#include "reports/DailyReportService.h"
#include "reports/ReportCsv.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace minwon {

ReportExporter::ReportExporter(DailyReportService* reports, CaseReviewService* cases, QObject* parent)
    : QObject(parent)
    , m_reports(reports)
    , m_cases(cases)
{
}

ReportExporter::~ReportExporter()
{
    cleanUp();
}

void ReportExporter::exportReport(const QDate& from, const QDate& to, const QString& pdfPath,
                                  const QString& csvPath)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_pdfPath = pdfPath;
    m_csvPath = csvPath;
    m_page = 0;
    m_steps = 3;
    m_pdfWritten = false;
    emit progress(0, m_steps, tr("Reading the figures…"));
    const RequestTicket ticket = m_generations.next();
    m_reports->load(
        from, to,
        [this, ticket](bool ok, const DailyReport& report, const QString& message) {
            if (ticket.isStale() || m_cancelled)
                return;
            if (!ok) {
                finish(false, message);
                return;
            }
            m_reportCsv = ReportCsv::figures(report);
            if (m_pdfPath.isEmpty()) {
                writeCsv();
                return;
            }
            m_pdf = std::make_unique<ReportPdfWriter>(report);
            m_steps = 1 + m_pdf->pageCount() + 1;
            QString error;
            if (!m_pdf->begin(m_pdfPath, &error)) {
                m_pdf.reset();
                finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(error)));
                return;
            }
            emit progress(1, m_steps, tr("Drawing page 1…"));
            QTimer::singleShot(0, this, &ReportExporter::renderNextPage);
        },
        this);
}

void ReportExporter::renderNextPage()
{
    if (m_cancelled || !m_pdf)
        return;
    if (m_page < m_pdf->pageCount()) {
        m_pdf->renderPage(m_page++);
        emit progress(1 + m_page, m_steps,
                      m_page < m_pdf->pageCount() ? tr("Drawing page %1…").arg(m_page + 1) : tr("Saving…"));
        QTimer::singleShot(0, this, &ReportExporter::renderNextPage);
        return;
    }
    QString error;
    const bool ok = m_pdf->finish(&error);
    m_pdf.reset();
    m_pdfWritten = ok;
    if (!ok) {
        finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_pdfPath)));
        return;
    }
    writeCsv();
}

void ReportExporter::writeCsv()
{
    if (!m_csvPath.isEmpty()) {
        QSaveFile file(m_csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_reportCsv) < 0 || !file.commit()) {
            finish(false,
                   tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_csvPath), file.errorString()));
            return;
        }
    }
    emit progress(m_steps, m_steps, tr("Done"));
    QStringList written;
    for (const QString& p : {m_pdfPath, m_csvPath})
        if (!p.isEmpty())
            written << QDir::toNativeSeparators(p);
    finish(true, tr("Saved %1.").arg(written.join(QStringLiteral(", "))));
}

void ReportExporter::exportCases(const CaseFilter& filter, const QString& csvPath)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_filter = filter;
    m_written = 0;
    m_total = 0;
    m_file = std::make_unique<QSaveFile>(csvPath);
    if (!m_file->open(QIODevice::WriteOnly) || m_file->write(ReportCsv::casesHeader()) < 0) {
        const QString error = m_file->errorString();
        m_file.reset();
        finish(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(csvPath), error));
        return;
    }
    emit progress(0, 0, tr("Counting the cases…"));
    m_cases->count(
        m_filter, m_generations.next(),
        [this](bool ok, qint64 n, const QString& message) {
            if (m_cancelled)
                return;
            if (!ok) {
                finish(false, message);
                return;
            }
            m_total = n;
            fetchNextCases();
        },
        this);
}

void ReportExporter::fetchNextCases()
{
    if (m_cancelled || !m_file)
        return;
    if (m_written >= m_total) {
        const QString name = m_file->fileName();
        const bool ok = m_file->commit();
        m_file.reset();
        const int saved = int(m_total);
        emit progress(saved, qMax(saved, 1), tr("Done"));
        finish(ok,
               ok ? tr("Saved %n case(s) to %1.", nullptr, saved).arg(QDir::toNativeSeparators(name))
                  : tr("Cannot write %1.").arg(QDir::toNativeSeparators(name)));
        return;
    }
    const int written = int(m_written);
    const int total = int(m_total);
    emit progress(written, total, tr("%1 of %2 cases…").arg(written).arg(total));
    m_cases->fetchPage(
        m_filter, int(m_written), m_pageSize, m_generations.current(),
        [this](bool ok, const QList<CaseRow>& rows, const QString& message) {
            if (m_cancelled || !m_file)
                return;
            if (!ok) {
                finish(false, message);
                return;
            }
            if (m_file->write(ReportCsv::caseRecords(rows)) < 0) {
                finish(false, m_file->errorString());
                return;
            }
            m_written += rows.size();
            if (rows.isEmpty())
                m_total = m_written; // cases went away meanwhile
            fetchNextCases();
        },
        this);
}

void ReportExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_generations.next(); // queued database jobs of this export are skipped
    cleanUp();
    m_running = false;
    emit finished(false, true, tr("The export was cancelled; no file was written."));
}

void ReportExporter::cleanUp()
{
    if (m_pdf) {
        m_pdf->abort();
        m_pdf.reset();
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

void ReportExporter::finish(bool ok, const QString& message)
{
    if (!ok) {
        cleanUp();
        // A report whose CSV failed does not leave its PDF alone either.
        if (m_pdfWritten)
            QFile::remove(m_pdfPath);
    }
    m_pdfWritten = false;
    m_running = false;
    emit finished(ok, false, message);
}

} // namespace minwon
