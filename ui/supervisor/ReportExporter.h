// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"
#include "reports/RequestTicket.h"

#include <QObject>

#include <memory>

class QSaveFile;

namespace minwon {

class CaseReviewService;
class DailyReportService;
class ReportPdfWriter;

/// Long exports, step by step between the window's events, with progress
/// and cancellation: the daily report (read off the GUI thread, then the
/// PDF page by page, then the CSV), and the case list of a filter as CSV
/// (page by page). A cancelled or failed export leaves no file behind.
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    ReportExporter(DailyReportService* reports, CaseReviewService* cases, QObject* parent = nullptr);
    ~ReportExporter() override;

    /// Either path may be empty.
    void exportReport(const QDate& from, const QDate& to, const QString& pdfPath, const QString& csvPath);
    void exportCases(const CaseFilter& filter, const QString& csvPath);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Cases per page of a case export (default 500).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

signals:
    void progress(int value, int maximum, const QString& step);
    void finished(bool ok, bool cancelled, const QString& message);

private:
    void renderNextPage();
    void writeCsv();
    void fetchNextCases();
    void finish(bool ok, const QString& message);
    void cleanUp();

    DailyReportService* m_reports;
    CaseReviewService* m_cases;
    bool m_running = false;
    bool m_cancelled = false;
    int m_pageSize = 500;
    RequestGenerations m_generations;
    // Report export
    std::unique_ptr<ReportPdfWriter> m_pdf;
    QByteArray m_reportCsv;
    QString m_pdfPath;
    QString m_csvPath;
    int m_page = 0;
    bool m_pdfWritten = false;
    int m_steps = 0;
    // Case export
    std::unique_ptr<QSaveFile> m_file;
    CaseFilter m_filter;
    qint64 m_total = 0;
    qint64 m_written = 0;
};

} // namespace minwon
