// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace minwon::reportformat {

namespace {

struct ReportFormatTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
};

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

QString count(qint64 value, Style style)
{
    return style == Style::Csv ? QString::number(value) : QLocale().toString(value);
}

} // namespace

const QList<Column>& mainColumns()
{
    static const QList<Column> columns {Column::Label,     Column::Contacts,     Column::Answered,
                                        Column::Abandoned, Column::ServiceLevel, Column::Asa,
                                        Column::Aht,       Column::AbandonRate,  Column::Fcr};
    return columns;
}

const QList<Column>& allColumns()
{
    static const QList<Column> columns {Column::Label,        Column::Contacts,       Column::Answered,
                                        Column::Abandoned,    Column::ShortAbandons,  Column::AnsweredInSl,
                                        Column::ServiceLevel, Column::Threshold,      Column::Asa,
                                        Column::Aht,          Column::Talk,           Column::Acw,
                                        Column::AbandonRate,  Column::CasesCompleted, Column::FcrResolved,
                                        Column::Fcr,          Column::Callbacks};
    return columns;
}

QString dimensionTitle(FigureDimension dimension)
{
    switch (dimension) {
    case FigureDimension::Hour:
        return ReportFormatTr::tr("Hour");
    case FigureDimension::Channel:
        return ReportFormatTr::tr("Channel");
    case FigureDimension::Category:
        return ReportFormatTr::tr("Category");
    case FigureDimension::Counselor:
        return ReportFormatTr::tr("Counselor");
    case FigureDimension::Room:
        return ReportFormatTr::tr("Room");
    case FigureDimension::Day:
        return ReportFormatTr::tr("Day");
    }
    return {};
}

QString columnTitle(Column column, FigureDimension dimension, Style style)
{
    const bool csv = style == Style::Csv;
    switch (column) {
    case Column::Label:
        return dimensionTitle(dimension);
    case Column::Contacts:
        return ReportFormatTr::tr("Contacts");
    case Column::Answered:
        return ReportFormatTr::tr("Answered");
    case Column::Abandoned:
        return ReportFormatTr::tr("Abandoned");
    case Column::ShortAbandons:
        return ReportFormatTr::tr("Short abandons");
    case Column::AnsweredInSl:
        return ReportFormatTr::tr("Answered within threshold");
    case Column::ServiceLevel:
        return csv ? ReportFormatTr::tr("Service level (%)") : ReportFormatTr::tr("Service level");
    case Column::Threshold:
        return csv ? ReportFormatTr::tr("Threshold (s)") : ReportFormatTr::tr("Threshold");
    case Column::Asa:
        return csv ? ReportFormatTr::tr("Average speed of answer (s)") : ReportFormatTr::tr("ASA");
    case Column::Aht:
        return csv ? ReportFormatTr::tr("Average handling time (s)") : ReportFormatTr::tr("AHT");
    case Column::Talk:
        return csv ? ReportFormatTr::tr("Average talk (s)") : ReportFormatTr::tr("Talk");
    case Column::Acw:
        return csv ? ReportFormatTr::tr("Average after-contact work (s)")
                   : ReportFormatTr::tr("After-contact work");
    case Column::AbandonRate:
        return csv ? ReportFormatTr::tr("Abandonment rate (%)") : ReportFormatTr::tr("Abandoned %");
    case Column::CasesCompleted:
        return ReportFormatTr::tr("Completed cases");
    case Column::FcrResolved:
        return ReportFormatTr::tr("Resolved at first contact");
    case Column::Fcr:
        return csv ? ReportFormatTr::tr("First-contact resolution (%)") : ReportFormatTr::tr("FCR");
    case Column::Callbacks:
        return ReportFormatTr::tr("Callbacks");
    }
    return {};
}

bool isNumeric(Column column)
{
    return column != Column::Label;
}

QString cellText(const FigureRow& row, Column column, Style style)
{
    const FigureMeasures& m = row.m;
    switch (column) {
    case Column::Label:
        return row.label;
    case Column::Contacts:
        return count(m.contacts, style);
    case Column::Answered:
        return count(m.answered, style);
    case Column::Abandoned:
        return count(m.abandoned, style);
    case Column::ShortAbandons:
        return count(m.shortAbandoned, style);
    case Column::AnsweredInSl:
        return count(m.answeredInSl, style);
    case Column::ServiceLevel:
        return percent(m.serviceLevel(), style);
    case Column::Threshold:
        return row.thresholdSeconds > 0
            ? (style == Style::Csv ? QString::number(row.thresholdSeconds) : threshold(row.thresholdSeconds))
            : QString();
    case Column::Asa:
        return seconds(m.asaSeconds(), style);
    case Column::Aht:
        return seconds(m.ahtSeconds(), style);
    case Column::Talk:
        return seconds(m.talkSeconds(), style);
    case Column::Acw:
        return seconds(m.acwSeconds(), style);
    case Column::AbandonRate:
        return percent(m.abandonRate(), style);
    case Column::CasesCompleted:
        return count(m.casesCompleted, style);
    case Column::FcrResolved:
        return count(m.fcrResolved, style);
    case Column::Fcr:
        return percent(m.fcrRate(), style);
    case Column::Callbacks:
        return count(m.callbacks, style);
    }
    return {};
}

QVariant cellValue(const FigureRow& row, Column column)
{
    const FigureMeasures& m = row.m;
    auto opt = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(-1.0); };
    switch (column) {
    case Column::Label:
        return row.key;
    case Column::Contacts:
        return m.contacts;
    case Column::Answered:
        return m.answered;
    case Column::Abandoned:
        return m.abandoned;
    case Column::ShortAbandons:
        return m.shortAbandoned;
    case Column::AnsweredInSl:
        return m.answeredInSl;
    case Column::ServiceLevel:
        return opt(m.serviceLevel());
    case Column::Threshold:
        return row.thresholdSeconds;
    case Column::Asa:
        return opt(m.asaSeconds());
    case Column::Aht:
        return opt(m.ahtSeconds());
    case Column::Talk:
        return opt(m.talkSeconds());
    case Column::Acw:
        return opt(m.acwSeconds());
    case Column::AbandonRate:
        return opt(m.abandonRate());
    case Column::CasesCompleted:
        return m.casesCompleted;
    case Column::FcrResolved:
        return m.fcrResolved;
    case Column::Fcr:
        return opt(m.fcrRate());
    case Column::Callbacks:
        return m.callbacks;
    }
    return {};
}

QString date(const QDate& day)
{
    if (!day.isValid())
        return {};
    if (korean())
        return QStringLiteral("%1. %2. %3. (%4)")
            .arg(day.year())
            .arg(day.month())
            .arg(day.day())
            .arg(QLocale(QLocale::Korean).dayName(day.dayOfWeek(), QLocale::NarrowFormat));
    return QLocale(QLocale::English).toString(day, QStringLiteral("ddd d MMM yyyy"));
}

QString range(const QDate& from, const QDate& to)
{
    if (from == to)
        return date(from);
    return ReportFormatTr::tr("%1 – %2").arg(date(from), date(to));
}

QString percent(std::optional<double> value, Style style)
{
    if (!value)
        return style == Style::Csv ? QString() : QStringLiteral("—");
    if (style == Style::Csv)
        return QString::number(*value * 100.0, 'f', 1);
    return QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString seconds(std::optional<double> value, Style style)
{
    if (!value)
        return style == Style::Csv ? QString() : QStringLiteral("—");
    if (style == Style::Csv)
        return QString::number(*value, 'f', 1);
    const qint64 total = qint64(*value + 0.5);
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString threshold(int seconds)
{
    if (seconds % 3600 == 0)
        return ReportFormatTr::tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return ReportFormatTr::tr("%1 min").arg(seconds / 60);
    return ReportFormatTr::tr("%1 s").arg(seconds);
}

} // namespace minwon::reportformat
