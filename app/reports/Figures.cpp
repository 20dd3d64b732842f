// SPDX-License-Identifier: Apache-2.0
#include "reports/Figures.h"

#include <QJsonArray>
#include <QTimeZone>

namespace minwon {

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

struct Field
{
    const char* name;
    qint64 FigureMeasures::*member;
};

constexpr Field kFields[] = {
    {"contacts", &FigureMeasures::contacts},
    {"answered", &FigureMeasures::answered},
    {"abandoned", &FigureMeasures::abandoned},
    {"short_abandoned", &FigureMeasures::shortAbandoned},
    {"answered_in_sl", &FigureMeasures::answeredInSl},
    {"wait_ms", &FigureMeasures::waitMs},
    {"handled", &FigureMeasures::handled},
    {"talk_ms", &FigureMeasures::talkMs},
    {"acw_ms", &FigureMeasures::acwMs},
    {"cases_completed", &FigureMeasures::casesCompleted},
    {"fcr_resolved", &FigureMeasures::fcrResolved},
    {"callbacks", &FigureMeasures::callbacks},
};

QJsonArray rowsToJson(const QList<FigureRow>& rows)
{
    QJsonArray array;
    for (const FigureRow& row : rows) {
        QJsonObject o {{QStringLiteral("key"), row.key},
                       {QStringLiteral("label"), row.label},
                       {QStringLiteral("m"), row.m.toJson()}};
        if (row.thresholdSeconds > 0) {
            o.insert(QStringLiteral("threshold_s"), row.thresholdSeconds);
            o.insert(QStringLiteral("target_pct"), row.targetPct);
        }
        array.append(o);
    }
    return array;
}

QList<FigureRow> rowsFromJson(const QJsonValue& value)
{
    QList<FigureRow> rows;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        FigureRow row;
        row.key = o.value(QStringLiteral("key")).toString();
        row.label = o.value(QStringLiteral("label")).toString();
        row.m = FigureMeasures::fromJson(o.value(QStringLiteral("m")).toObject());
        row.thresholdSeconds = o.value(QStringLiteral("threshold_s")).toInt();
        row.targetPct = o.value(QStringLiteral("target_pct")).toDouble();
        rows.append(row);
    }
    return rows;
}

const char* dimensionName(FigureDimension dimension)
{
    switch (dimension) {
    case FigureDimension::Hour:
        return "by_hour";
    case FigureDimension::Channel:
        return "by_channel";
    case FigureDimension::Category:
        return "by_category";
    case FigureDimension::Counselor:
        return "by_counselor";
    case FigureDimension::Room:
        return "by_room";
    case FigureDimension::Day:
        return "by_day";
    }
    return "";
}

constexpr FigureDimension kDimensions[]
    = {FigureDimension::Hour,      FigureDimension::Channel, FigureDimension::Category,
       FigureDimension::Counselor, FigureDimension::Room,    FigureDimension::Day};

} // namespace

FigureMeasures& FigureMeasures::operator+=(const FigureMeasures& other)
{
    for (const Field& f : kFields)
        this->*(f.member) += other.*(f.member);
    return *this;
}

std::optional<double> FigureMeasures::serviceLevel() const
{
    return ratio(answeredInSl, answered + abandoned - shortAbandoned);
}

std::optional<double> FigureMeasures::asaSeconds() const
{
    const auto r = ratio(waitMs, answered);
    return r ? std::optional<double>(*r / 1000.0) : std::nullopt;
}

std::optional<double> FigureMeasures::ahtSeconds() const
{
    const auto r = ratio(talkMs + acwMs, handled);
    return r ? std::optional<double>(*r / 1000.0) : std::nullopt;
}

std::optional<double> FigureMeasures::talkSeconds() const
{
    const auto r = ratio(talkMs, handled);
    return r ? std::optional<double>(*r / 1000.0) : std::nullopt;
}

std::optional<double> FigureMeasures::acwSeconds() const
{
    const auto r = ratio(acwMs, handled);
    return r ? std::optional<double>(*r / 1000.0) : std::nullopt;
}

std::optional<double> FigureMeasures::abandonRate() const
{
    return ratio(abandoned, answered + abandoned);
}

std::optional<double> FigureMeasures::fcrRate() const
{
    return ratio(fcrResolved, casesCompleted);
}

QJsonObject FigureMeasures::toJson() const
{
    QJsonObject o;
    for (const Field& f : kFields)
        o.insert(QLatin1String(f.name), double(this->*(f.member)));
    return o;
}

FigureMeasures FigureMeasures::fromJson(const QJsonObject& object)
{
    FigureMeasures m;
    for (const Field& f : kFields)
        m.*(f.member) = qint64(object.value(QLatin1String(f.name)).toDouble());
    return m;
}

const QList<FigureRow>& FigureSet::rows(FigureDimension dimension) const
{
    return const_cast<FigureSet*>(this)->rows(dimension);
}

QList<FigureRow>& FigureSet::rows(FigureDimension dimension)
{
    switch (dimension) {
    case FigureDimension::Hour:
        return byHour;
    case FigureDimension::Channel:
        return byChannel;
    case FigureDimension::Category:
        return byCategory;
    case FigureDimension::Counselor:
        return byCounselor;
    case FigureDimension::Room:
        return byRoom;
    case FigureDimension::Day:
        return byDay;
    }
    return byDay;
}

const FigureRow* FigureSet::find(FigureDimension dimension, const QString& key) const
{
    for (const FigureRow& row : rows(dimension))
        if (row.key == key)
            return &row;
    return nullptr;
}

QJsonObject FigureSet::toJson() const
{
    QJsonObject o {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                   {QStringLiteral("to"), to.toString(Qt::ISODate)},
                   {QStringLiteral("computed_at"), computedAt.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("total"), total.toJson()},
                   {QStringLiteral("rollup_days"), rollupDays},
                   {QStringLiteral("raw_days"), rawDays}};
    for (FigureDimension d : kDimensions)
        o.insert(QLatin1String(dimensionName(d)), rowsToJson(rows(d)));
    return o;
}

FigureSet FigureSet::fromJson(const QJsonObject& object)
{
    FigureSet set;
    set.from = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
    set.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
    set.computedAt
        = QDateTime::fromString(object.value(QStringLiteral("computed_at")).toString(), Qt::ISODateWithMs);
    set.total = FigureMeasures::fromJson(object.value(QStringLiteral("total")).toObject());
    set.rollupDays = object.value(QStringLiteral("rollup_days")).toInt();
    set.rawDays = object.value(QStringLiteral("raw_days")).toInt();
    for (FigureDimension d : kDimensions)
        set.rows(d) = rowsFromJson(object.value(QLatin1String(dimensionName(d))));
    return set;
}

QDate reportToday(const QDateTime& now)
{
    return now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))).date();
}

QDateTime reportDayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")));
}

} // namespace minwon
