// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace minwon::reporttexts {

/// The words of the daily report and the review checklist, translated here
/// in the core so that every output (window, PDF, CSV, command line) says
/// the same.
enum class Text
{
    HeadlineFigures,
    ContactsByHour,
    ServiceLevelByChannel,
    ContactsByCategory,
    ContactsByDay,
    ByHour,
    ByChannel,
    ByCategory,
    ByCounselor,
    ByRoom,
    ByDay,
    Reviews,
    ForwardsByDepartment,
    OverdueForwards,
    NoOpenForwards,
    NoReviews,
    Answered,
    Abandoned,
    Other,
    Target,
    ServiceLevel,
    Department,
    Open,
    Overdue,
    OldestSent,
    Sent,
    Due,
    State,
    Case,
    Moment,
    AverageScore,
    Definitions,
    Total,
};

QString text(Text which);
/// "Generated 2021. 4. 16. (금) 18:05, Seoul time".
QString generated(const QString& when);
QString page(int number, int count);
QString reviewLine(int reviewed, int approved, int returned);
QString scoredLine(int scored);
QString shortAbandonNote(qint64 shortAbandons);

/// The five moments of a contact scored by a review (0 reception … 4 closing).
QString momentName(int moment);
/// What the moment looks at, for a tooltip.
QString momentHint(int moment);

} // namespace minwon::reporttexts
