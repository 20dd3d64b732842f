// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/DailyReport.h"

#include <QString>

#include <memory>

namespace minwon {

/// Draws a DailyReport on A4 pages with QPdfWriter and QPainter alone (no
/// widgets): the headline figures, charts by hour, channel and category, the
/// breakdown tables, the reviews and the open forwards. Text is set in a
/// font with Hangul (Noto Sans CJK KR), embedded in the file.
///
/// Page by page, so that a window can show progress and stop between two
/// pages: begin(), renderPage(0 … pageCount() − 1), finish(). A
/// QGuiApplication must exist.
class ReportPdfWriter
{
public:
    explicit ReportPdfWriter(const DailyReport& report);
    ~ReportPdfWriter();
    ReportPdfWriter(const ReportPdfWriter&) = delete;
    ReportPdfWriter& operator=(const ReportPdfWriter&) = delete;

    bool begin(const QString& path, QString* error);
    int pageCount() const;
    /// Draws the next page; pages are drawn in order.
    bool renderPage(int index);
    bool finish(QString* error);
    /// Stops and removes the unfinished file.
    void abort();

    /// The families the report is set in: a Latin face for digits and
    /// letters when installed, then a face with Hangul.
    static QStringList fontFamilies();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// All pages at once.
bool writeReportPdf(const DailyReport& report, const QString& path, QString* error);

} // namespace minwon
