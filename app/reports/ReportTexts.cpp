// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportTexts.h"

#include <QCoreApplication>

namespace minwon::reporttexts {

namespace {
struct ReportTextsTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)
};
} // namespace

QString text(Text which)
{
    switch (which) {
    case Text::HeadlineFigures:
        return ReportTextsTr::tr("Headline figures");
    case Text::ContactsByHour:
        return ReportTextsTr::tr("Contacts by hour of arrival");
    case Text::ServiceLevelByChannel:
        return ReportTextsTr::tr("Service level by channel against its target");
    case Text::ContactsByCategory:
        return ReportTextsTr::tr("Contacts by category");
    case Text::ContactsByDay:
        return ReportTextsTr::tr("Contacts by day");
    case Text::ByHour:
        return ReportTextsTr::tr("By hour");
    case Text::ByChannel:
        return ReportTextsTr::tr("By channel");
    case Text::ByCategory:
        return ReportTextsTr::tr("By category");
    case Text::ByCounselor:
        return ReportTextsTr::tr("By counselor");
    case Text::ByRoom:
        return ReportTextsTr::tr("By room");
    case Text::ByDay:
        return ReportTextsTr::tr("By day");
    case Text::Reviews:
        return ReportTextsTr::tr("Reviews");
    case Text::ForwardsByDepartment:
        return ReportTextsTr::tr("Open forwards by department");
    case Text::OverdueForwards:
        return ReportTextsTr::tr("Overdue forwards, most overdue first");
    case Text::NoOpenForwards:
        return ReportTextsTr::tr("No forward is open.");
    case Text::NoReviews:
        return ReportTextsTr::tr("No case was reviewed.");
    case Text::Answered:
        return ReportTextsTr::tr("Answered");
    case Text::Abandoned:
        return ReportTextsTr::tr("Abandoned");
    case Text::Other:
        return ReportTextsTr::tr("Not yet answered");
    case Text::Target:
        return ReportTextsTr::tr("Target");
    case Text::ServiceLevel:
        return ReportTextsTr::tr("Service level");
    case Text::Department:
        return ReportTextsTr::tr("Department");
    case Text::Open:
        return ReportTextsTr::tr("Open");
    case Text::Overdue:
        return ReportTextsTr::tr("Overdue");
    case Text::OldestSent:
        return ReportTextsTr::tr("Oldest sent");
    case Text::Sent:
        return ReportTextsTr::tr("Sent");
    case Text::Due:
        return ReportTextsTr::tr("Due");
    case Text::State:
        return ReportTextsTr::tr("State");
    case Text::Case:
        return ReportTextsTr::tr("Case");
    case Text::Moment:
        return ReportTextsTr::tr("Moment of the contact");
    case Text::AverageScore:
        return ReportTextsTr::tr("Average score (0–5)");
    case Text::Definitions:
        return ReportTextsTr::tr(
            "Days and hours are Seoul time; contacts count on the day and hour they arrived. Service level: "
            "answered within the channel's threshold ÷ (answered + abandoned − abandoned within the grace "
            "period). ASA: arrival to claim. AHT: talk plus after-contact work. FCR: completed cases without "
            "a "
            "callback and without another contact from the same citizen about the same category within the "
            "set number of days.");
    case Text::Total:
        return ReportTextsTr::tr("Total");
    }
    return {};
}

QString generated(const QString& when)
{
    return ReportTextsTr::tr("Generated %1, Seoul time").arg(when);
}

QString page(int number, int count)
{
    return ReportTextsTr::tr("Page %1 of %2").arg(number).arg(count);
}

QString reviewLine(int reviewed, int approved, int returned)
{
    return ReportTextsTr::tr("Reviewed: %1 — approved %2, returned %3")
        .arg(reviewed)
        .arg(approved)
        .arg(returned);
}

QString scoredLine(int scored)
{
    return ReportTextsTr::tr("Average scores of %n fully scored review(s):", nullptr, scored);
}

QString shortAbandonNote(qint64 shortAbandons)
{
    const int count = int(shortAbandons);
    return ReportTextsTr::tr(
        "%n contact(s) abandoned within the grace period are left out of the service level.", nullptr, count);
}

QString momentName(int moment)
{
    switch (moment) {
    case 0:
        return ReportTextsTr::tr("Reception");
    case 1:
        return ReportTextsTr::tr("Greeting");
    case 2:
        return ReportTextsTr::tr("Attitude");
    case 3:
        return ReportTextsTr::tr("Handling of the request");
    case 4:
        return ReportTextsTr::tr("Closing");
    }
    return {};
}

QString momentHint(int moment)
{
    switch (moment) {
    case 0:
        return ReportTextsTr::tr("Reception conditions: answered promptly, line and surroundings ready");
    case 1:
        return ReportTextsTr::tr("Greeting: the center and the counselor named, a friendly opening");
    case 2:
        return ReportTextsTr::tr("Counseling attitude: courteous, attentive, patient wording and tone");
    case 3:
        return ReportTextsTr::tr("Handling of the request: correct guidance in force today, complete record");
    case 4:
        return ReportTextsTr::tr("Closing: summary, further questions asked, a proper farewell");
    }
    return {};
}

} // namespace minwon::reporttexts
