// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace minwon {

/// The additive counts behind the service figures, as report_figures()
/// returns them (docs/figures.md). Days and breakdowns add up; the rates are
/// computed from the sums, never averaged.
struct FigureMeasures
{
    qint64 contacts = 0;
    qint64 answered = 0;
    qint64 abandoned = 0;
    qint64 shortAbandoned = 0; ///< abandoned within report.short_abandon_seconds
    qint64 answeredInSl = 0; ///< answered within the channel's threshold
    qint64 waitMs = 0; ///< sum of arrival to claim over the answered
    qint64 handled = 0; ///< answered contacts whose case was completed
    qint64 talkMs = 0; ///< sum of claim to end of talk over the handled
    qint64 acwMs = 0; ///< sum of end of talk to case completion over the handled
    qint64 casesCompleted = 0;
    qint64 fcrResolved = 0;
    qint64 callbacks = 0;

    FigureMeasures& operator+=(const FigureMeasures& other);
    bool operator==(const FigureMeasures&) const = default;

    /// Answered within the threshold ÷ (answered + abandoned − short abandons), 0..1.
    std::optional<double> serviceLevel() const;
    /// Average seconds from arrival to claim.
    std::optional<double> asaSeconds() const;
    /// Average seconds of talk plus after-contact work.
    std::optional<double> ahtSeconds() const;
    std::optional<double> talkSeconds() const;
    std::optional<double> acwSeconds() const;
    /// Abandoned ÷ (answered + abandoned), 0..1.
    std::optional<double> abandonRate() const;
    /// Resolved at the first contact ÷ completed cases, 0..1.
    std::optional<double> fcrRate() const;

    QJsonObject toJson() const;
    static FigureMeasures fromJson(const QJsonObject& object);
};

/// One line of a breakdown: an hour, a day, a channel, a category, a
/// counselor or a room.
struct FigureRow
{
    QString key; ///< "09", "2021-04-16", a channel or category code, a person's id, a room id; "" for none
    QString label; ///< what a person reads
    FigureMeasures m;
    int thresholdSeconds = 0; ///< channels: the service-level threshold
    double targetPct = 0; ///< channels: the service-level target

    bool operator==(const FigureRow&) const = default;
};

enum class FigureDimension
{
    Hour,
    Channel,
    Category,
    Counselor,
    Room,
    Day
};

/// The figures of a range of Seoul days with their breakdowns.
struct FigureSet
{
    QDate from;
    QDate to;
    QDateTime computedAt;
    FigureMeasures total;
    QList<FigureRow> byHour; ///< always 24 rows, 00..23 (hour of arrival)
    QList<FigureRow> byChannel; ///< every active channel
    QList<FigureRow> byCategory;
    QList<FigureRow> byCounselor;
    QList<FigureRow> byRoom;
    QList<FigureRow> byDay; ///< every day of the range
    int rollupDays = 0; ///< days read from the rollup
    int rawDays = 0; ///< days computed from the raw rows

    bool isValid() const { return from.isValid() && to.isValid(); }
    const QList<FigureRow>& rows(FigureDimension dimension) const;
    QList<FigureRow>& rows(FigureDimension dimension);
    /// The row of `key` in a breakdown, or nullptr.
    const FigureRow* find(FigureDimension dimension, const QString& key) const;

    QJsonObject toJson() const;
    static FigureSet fromJson(const QJsonObject& object);
};

/// Today as a Seoul day.
QDate reportToday(const QDateTime& now = QDateTime::currentDateTimeUtc());
/// 00:00 of a Seoul day as a moment.
QDateTime reportDayStart(const QDate& day);

} // namespace minwon

Q_DECLARE_METATYPE(minwon::FigureSet)
