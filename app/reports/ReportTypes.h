// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>

namespace minwon {

/// Which cases the supervisor's table lists. Days are Seoul days of the
/// case's opening; empty fields do not filter.
struct CaseFilter
{
    enum class Tri
    {
        Any,
        Yes,
        No
    };

    QDate from;
    QDate to;
    int roomId = 0;
    QUuid counselorId;
    QString category; ///< a top-level category or a subcategory
    QString channel;
    QString state; ///< open, completed, approved, returned
    QString wrapupCode;
    Tri hasForward = Tri::Any;
    Tri returned = Tri::Any; ///< ever returned by a review
    QString text; ///< in the summary or the answer
    /// A narrower window inside the days (a surge notice links to its hour).
    QDateTime openedAfter;
    QDateTime openedUntil;

    bool operator==(const CaseFilter&) const = default;
};

/// One line of the supervisor's table of cases.
struct CaseRow
{
    QUuid id;
    QDateTime openedAt;
    QString channel;
    QString channelName;
    QString category; ///< the most specific code
    QString categoryName;
    QString summary;
    QString state;
    QString counselorName;
    QString roomName;
    QString wrapupCode;
    QString wrapupName;
    bool callbackRequested = false;
    bool hasForward = false;
    bool everReturned = false;
    int version = 0;
};

/// An earlier review of a case.
struct ReviewRecord
{
    QDateTime reviewedAt;
    QString reviewer;
    QString decision;
    QString comment;
    std::array<int, 5> scores {-1, -1, -1, -1, -1}; ///< -1: not scored
};

/// A case as the review dialog shows it (personal data left out).
struct CaseDetail
{
    CaseRow row;
    QString answer;
    QString subcategoryName;
    QString reviewComment;
    QDateTime completedAt;
    QDateTime arrivedAt;
    QDateTime claimedAt;
    QDateTime doneAt;
    QDateTime callbackAt;
    int reopenedCount = 0;
    QStringList quotedGuidance;
    QStringList forwards; ///< "department: state"
    QList<ReviewRecord> reviews; ///< newest first
};

/// What a supervisor decides about a case.
struct ReviewInput
{
    QUuid caseId;
    int seenVersion = 0; ///< 0: do not check
    QString decision; ///< approved or returned
    QString comment;
    std::array<int, 5> scores {-1, -1, -1, -1, -1}; ///< reception, greeting, attitude, handling, closing
};

/// A forward that is not closed yet.
struct OpenForward
{
    QUuid id;
    QUuid caseId;
    QString department;
    QString departmentName;
    QString purpose;
    QString state;
    QString summary;
    QDateTime sentAt;
    QDateTime dueAt;
    int version = 0;

    bool isOverdue(const QDateTime& now) const { return dueAt.isValid() && dueAt < now; }
    QJsonObject toJson() const;
    static OpenForward fromJson(const QJsonObject& object);
};

/// Open forwards of one department.
struct DepartmentLoad
{
    QString department;
    QString departmentName;
    int open = 0;
    int overdue = 0;
    QDateTime oldestSentAt;

    QJsonObject toJson() const;
    static DepartmentLoad fromJson(const QJsonObject& object);
};

/// Per department, most overdue first.
QList<DepartmentLoad> summarizeForwards(const QList<OpenForward>& items, const QDateTime& now);

/// A category running above its usual level in the last hour.
struct Surge
{
    QString category;
    QString categoryName;
    int recent = 0; ///< cases opened in the window
    double usual = 0; ///< average of the same weekday-hour in the past weeks
    double factor = 0; ///< the configured factor it exceeded
    QDateTime windowStart;
    QDateTime windowEnd;

    bool operator==(const Surge&) const = default;
};

/// The reviews written on a day.
struct ReviewSummary
{
    int reviewed = 0;
    int approved = 0;
    int returned = 0;
    int scored = 0; ///< reviews with all five scores
    std::array<double, 5> averageScores {0, 0, 0, 0, 0};

    QJsonObject toJson() const;
    static ReviewSummary fromJson(const QJsonObject& object);
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::CaseRow)
Q_DECLARE_METATYPE(minwon::CaseDetail)
Q_DECLARE_METATYPE(minwon::OpenForward)
Q_DECLARE_METATYPE(minwon::Surge)
Q_DECLARE_METATYPE(minwon::ReviewSummary)
