// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportCsv.h"

#include "domain/Labels.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace minwon::ReportCsv {

namespace {

struct ReportCsvTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
};

QString field(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

// Free text never starts a spreadsheet formula.
QString text(const QString& value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

QString seoulTime(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

} // namespace

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray record(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')).toUtf8() + QByteArrayLiteral("\r\n");
}

QByteArray figures(const DailyReport& report)
{
    using namespace reportformat;
    QByteArray out = byteOrderMark();
    QStringList header {ReportCsvTr::tr("From"), ReportCsvTr::tr("To"), ReportCsvTr::tr("Section")};
    for (Column c : allColumns())
        header << (c == Column::Label ? ReportCsvTr::tr("Item")
                                      : columnTitle(c, FigureDimension::Day, Style::Csv));
    out += record(header);
    const QString from = report.from.toString(Qt::ISODate);
    const QString to = report.to.toString(Qt::ISODate);
    auto add = [&](const QString& section, const FigureRow& row) {
        QStringList fields {from, to, section};
        for (Column c : allColumns())
            fields << cellText(row, c, Style::Csv);
        out += record(fields);
    };
    FigureRow total;
    total.label = ReportCsvTr::tr("All contacts");
    total.m = report.figures.total;
    add(ReportCsvTr::tr("Total"), total);
    for (FigureDimension d : {FigureDimension::Hour, FigureDimension::Channel, FigureDimension::Category,
                              FigureDimension::Counselor, FigureDimension::Room, FigureDimension::Day}) {
        if (d == FigureDimension::Day && report.from == report.to)
            continue;
        for (const FigureRow& row : report.figures.rows(d))
            add(dimensionTitle(d), row);
    }
    return out;
}

QByteArray casesHeader()
{
    return byteOrderMark()
        + record({ReportCsvTr::tr("Opened"), ReportCsvTr::tr("Channel"), ReportCsvTr::tr("Category"),
                  ReportCsvTr::tr("Summary"), ReportCsvTr::tr("State"), ReportCsvTr::tr("Counselor"),
                  ReportCsvTr::tr("Room"), ReportCsvTr::tr("Result"), ReportCsvTr::tr("Callback"),
                  ReportCsvTr::tr("Forwarded"), ReportCsvTr::tr("Returned by a review"),
                  ReportCsvTr::tr("Case id")});
}

QByteArray caseRecords(const QList<CaseRow>& rows)
{
    QByteArray out;
    const QString yes = ReportCsvTr::tr("yes");
    for (const CaseRow& r : rows)
        out += record({seoulTime(r.openedAt), r.channelName, r.categoryName, text(r.summary),
                       labels::caseState(r.state), text(r.counselorName), r.roomName, r.wrapupName,
                       r.callbackRequested ? yes : QString(), r.hasForward ? yes : QString(),
                       r.everReturned ? yes : QString(), r.id.toString(QUuid::WithoutBraces)});
    return out;
}

QList<QStringList> parse(const QByteArray& data, bool* hadBom)
{
    QByteArray bytes = data;
    const bool bom = bytes.startsWith(byteOrderMark());
    if (hadBom)
        *hadBom = bom;
    if (bom)
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << current;
            current.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << current;
            rows << row;
            row.clear();
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any || !current.isEmpty()) {
        row << current;
        rows << row;
    }
    return rows;
}

} // namespace minwon::ReportCsv
