// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/DailyReport.h"
#include "reports/ReportTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace minwon::ReportCsv {

/// UTF-8 with a byte-order mark and CRLF line ends: what Excel needs to open
/// Hangul correctly with a double click.
QByteArray byteOrderMark();
/// One record, fields quoted where RFC 4180 asks for it.
QByteArray record(const QStringList& fields);

/// The figures of a report as one table (period, section, item, every
/// measure), starting with the byte-order mark.
QByteArray figures(const DailyReport& report);

/// A case list: the header (after the byte-order mark), then pages of rows.
QByteArray casesHeader();
QByteArray caseRecords(const QList<CaseRow>& rows);

/// Reads CSV written by the functions above (and by Excel). `hadBom` tells
/// whether the data started with the byte-order mark.
QList<QStringList> parse(const QByteArray& data, bool* hadBom = nullptr);

} // namespace minwon::ReportCsv
