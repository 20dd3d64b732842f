// SPDX-License-Identifier: Apache-2.0
#include "reports/DailyReport.h"

#include "reports/ReportFormat.h"
#include "reports/ReportStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace minwon {

namespace {

struct DailyReportTr
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)
};

constexpr int kOverdueListed = 20;

} // namespace

QString DailyReport::title() const
{
    const QString when = reportformat::range(from, to);
    if (from == to)
        return city.isEmpty() ? DailyReportTr::tr("Daily report, %1").arg(when)
                              : DailyReportTr::tr("%1 daily report, %2").arg(city, when);
    return city.isEmpty() ? DailyReportTr::tr("Report, %1").arg(when)
                          : DailyReportTr::tr("%1 report, %2").arg(city, when);
}

QJsonObject DailyReport::toJson() const
{
    QJsonArray departmentArray;
    for (const DepartmentLoad& d : departments)
        departmentArray.append(d.toJson());
    QJsonArray overdue;
    for (const OpenForward& f : overdueForwards)
        overdue.append(f.toJson());
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("city"), city},
            {QStringLiteral("figures"), figures.toJson()},
            {QStringLiteral("reviews"), reviews.toJson()},
            {QStringLiteral("departments"), departmentArray},
            {QStringLiteral("overdue_forwards"), overdue}};
}

DailyReport DailyReport::fromJson(const QJsonObject& o)
{
    DailyReport r;
    r.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.generatedAt
        = QDateTime::fromString(o.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs);
    r.city = o.value(QStringLiteral("city")).toString();
    r.figures = FigureSet::fromJson(o.value(QStringLiteral("figures")).toObject());
    r.reviews = ReviewSummary::fromJson(o.value(QStringLiteral("reviews")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("departments")).toArray())
        r.departments.append(DepartmentLoad::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QStringLiteral("overdue_forwards")).toArray())
        r.overdueForwards.append(OpenForward::fromJson(v.toObject()));
    return r;
}

bool DailyReport::load(QSqlDatabase& db, const QDate& from, const QDate& to, bool korean, DailyReport* report,
                       QString* error)
{
    DailyReport r;
    r.from = from;
    r.to = to;
    DbResult result = ReportStore::loadFigures(db, from, to, korean);
    if (!result.ok) {
        if (error)
            *error = result.message;
        return false;
    }
    r.figures = result.value.value<FigureSet>();
    r.generatedAt = r.figures.computedAt;
    result = ReportStore::loadReviewSummary(db, from, to);
    if (!result.ok) {
        if (error)
            *error = result.message;
        return false;
    }
    r.reviews = result.value.value<ReviewSummary>();
    result = ReportStore::loadOpenForwards(db, korean);
    if (!result.ok) {
        if (error)
            *error = result.message;
        return false;
    }
    const QList<OpenForward> open = result.value.value<QList<OpenForward>>();
    r.departments = summarizeForwards(open, r.generatedAt);
    for (const OpenForward& f : open) {
        if (!f.isOverdue(r.generatedAt) || r.overdueForwards.size() >= kOverdueListed)
            break;
        r.overdueForwards.append(f);
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value #>> '{}' FROM app_settings WHERE key = 'report.city'"))
        && q.next())
        r.city = q.value(0).toString();
    *report = r;
    return true;
}

} // namespace minwon
