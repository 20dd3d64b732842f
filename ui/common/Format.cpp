// SPDX-License-Identifier: Apache-2.0
#include "common/Format.h"

#include <QLocale>

namespace minwon::format {

namespace {
bool korean()
{
    return QLocale().language() == QLocale::Korean;
}
} // namespace

QString date(const QDate& value)
{
    if (!value.isValid())
        return {};
    if (korean())
        return QStringLiteral("%1. %2. %3. (%4)")
            .arg(value.year())
            .arg(value.month())
            .arg(value.day())
            .arg(QLocale(QLocale::Korean).dayName(value.dayOfWeek(), QLocale::NarrowFormat));
    return QLocale(QLocale::English).toString(value, QStringLiteral("ddd d MMM yyyy"));
}

QString shortDate(const QDate& value)
{
    if (!value.isValid())
        return {};
    if (korean())
        return QStringLiteral("%1. %2. (%3)")
            .arg(value.month())
            .arg(value.day())
            .arg(QLocale(QLocale::Korean).dayName(value.dayOfWeek(), QLocale::NarrowFormat));
    return QLocale(QLocale::English).toString(value, QStringLiteral("ddd d MMM"));
}

QString shortDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    // A time already in a named zone (Asia/Seoul) is shown in that zone.
    const QDateTime shown = value.timeSpec() == Qt::TimeZone ? value : value.toLocalTime();
    return shortDate(shown.date()) + QLatin1Char(' ') + shown.time().toString(QStringLiteral("HH:mm"));
}

QString dateEditFormat()
{
    return korean() ? QStringLiteral("yyyy. M. d. (ddd)") : QStringLiteral("ddd d MMM yyyy");
}

QString dateTimeEditFormat()
{
    return dateEditFormat() + QStringLiteral(" HH:mm");
}

QString dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    const QDateTime local = value.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString guidanceMarkdown(const QString& markdown)
{
    QString out = markdown;
    out.replace(QLatin1String("\\~"), QLatin1String("~"));
    out.replace(QLatin1Char('~'), QLatin1String("\\~"));
    return out;
}

} // namespace minwon::format
