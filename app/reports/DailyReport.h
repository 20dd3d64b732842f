// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"
#include "reports/ReportTypes.h"

#include <QJsonObject>
#include <QMetaType>
#include <QSqlDatabase>

namespace minwon {

/// Everything the daily report prints: the figures of the day (or range)
/// with their breakdowns, the reviews written, and the open forwards by
/// department. A plain value, so that the PDF can be drawn in another
/// process from its JSON.
struct DailyReport
{
    QDate from;
    QDate to;
    QDateTime generatedAt;
    QString city; ///< from app_settings 'report.city', may be empty
    FigureSet figures;
    ReviewSummary reviews;
    QList<DepartmentLoad> departments;
    QList<OpenForward> overdueForwards; ///< the most overdue, at most 20

    QString title() const;
    QJsonObject toJson() const;
    static DailyReport fromJson(const QJsonObject& object);

    /// Reads it (blocking; on the database thread or in a command-line tool).
    /// `korean` picks the names of channels, categories and departments.
    static bool load(QSqlDatabase& db, const QDate& from, const QDate& to, bool korean, DailyReport* report,
                     QString* error);
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::DailyReport)
