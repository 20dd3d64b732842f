// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportTypes.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace minwon {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace

QJsonObject OpenForward::toJson() const
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("case_id"), caseId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("department"), department},
            {QStringLiteral("department_name"), departmentName},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("state"), state},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("sent_at"), timeText(sentAt)},
            {QStringLiteral("due_at"), timeText(dueAt)},
            {QStringLiteral("version"), version}};
}

OpenForward OpenForward::fromJson(const QJsonObject& o)
{
    OpenForward f;
    f.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    f.caseId = QUuid::fromString(o.value(QStringLiteral("case_id")).toString());
    f.department = o.value(QStringLiteral("department")).toString();
    f.departmentName = o.value(QStringLiteral("department_name")).toString();
    f.purpose = o.value(QStringLiteral("purpose")).toString();
    f.state = o.value(QStringLiteral("state")).toString();
    f.summary = o.value(QStringLiteral("summary")).toString();
    f.sentAt = timeFrom(o.value(QStringLiteral("sent_at")));
    f.dueAt = timeFrom(o.value(QStringLiteral("due_at")));
    f.version = o.value(QStringLiteral("version")).toInt();
    return f;
}

QJsonObject DepartmentLoad::toJson() const
{
    return {{QStringLiteral("department"), department},
            {QStringLiteral("department_name"), departmentName},
            {QStringLiteral("open"), open},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("oldest_sent_at"), timeText(oldestSentAt)}};
}

DepartmentLoad DepartmentLoad::fromJson(const QJsonObject& o)
{
    DepartmentLoad d;
    d.department = o.value(QStringLiteral("department")).toString();
    d.departmentName = o.value(QStringLiteral("department_name")).toString();
    d.open = o.value(QStringLiteral("open")).toInt();
    d.overdue = o.value(QStringLiteral("overdue")).toInt();
    d.oldestSentAt = timeFrom(o.value(QStringLiteral("oldest_sent_at")));
    return d;
}

QList<DepartmentLoad> summarizeForwards(const QList<OpenForward>& items, const QDateTime& now)
{
    QHash<QString, DepartmentLoad> byDepartment;
    for (const OpenForward& f : items) {
        DepartmentLoad& d = byDepartment[f.department];
        d.department = f.department;
        d.departmentName = f.departmentName;
        ++d.open;
        if (f.isOverdue(now))
            ++d.overdue;
        if (!d.oldestSentAt.isValid() || f.sentAt < d.oldestSentAt)
            d.oldestSentAt = f.sentAt;
    }
    QList<DepartmentLoad> list = byDepartment.values();
    std::sort(list.begin(), list.end(), [](const DepartmentLoad& a, const DepartmentLoad& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.oldestSentAt != b.oldestSentAt)
            return a.oldestSentAt < b.oldestSentAt;
        return a.department < b.department;
    });
    return list;
}

QJsonObject ReviewSummary::toJson() const
{
    QJsonArray scores;
    for (double s : averageScores)
        scores.append(s);
    return {{QStringLiteral("reviewed"), reviewed},
            {QStringLiteral("approved"), approved},
            {QStringLiteral("returned"), returned},
            {QStringLiteral("scored"), scored},
            {QStringLiteral("average_scores"), scores}};
}

ReviewSummary ReviewSummary::fromJson(const QJsonObject& o)
{
    ReviewSummary s;
    s.reviewed = o.value(QStringLiteral("reviewed")).toInt();
    s.approved = o.value(QStringLiteral("approved")).toInt();
    s.returned = o.value(QStringLiteral("returned")).toInt();
    s.scored = o.value(QStringLiteral("scored")).toInt();
    const QJsonArray scores = o.value(QStringLiteral("average_scores")).toArray();
    for (int i = 0; i < 5 && i < scores.size(); ++i)
        s.averageScores[size_t(i)] = scores.at(i).toDouble();
    return s;
}

} // namespace minwon
