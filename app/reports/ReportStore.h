// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbResult.h"
#include "reports/Figures.h"
#include "reports/ReportTypes.h"

#include <QSqlDatabase>

namespace minwon {

/// The supervisor's SQL, in one place below the widgets. Every function
/// blocks: it runs on the desk's database thread (through the services'
/// DbSession::run) or in a command-line tool. Results travel in
/// DbResult::value. `korean` picks the Korean or English names of
/// channels, categories, rooms, wrap-up codes and departments.
namespace ReportStore {

/// The figures of the Seoul days from..to (report_figures). `now` moves
/// "today" for tests; invalid means the server's clock. Value: FigureSet.
DbResult loadFigures(QSqlDatabase& db, const QDate& from, const QDate& to, bool korean,
                     const QDateTime& now = {});

/// Categories surging in the hour before `at` (report_surges). Value: QList<Surge>.
DbResult loadSurges(QSqlDatabase& db, bool korean, const QDateTime& at = {});

/// Forwards not closed, due first (the overdue ones lead). Value: QList<OpenForward>.
DbResult loadOpenForwards(QSqlDatabase& db, bool korean);
/// One forward; value: OpenForward, or an invalid QVariant once it is closed or gone.
DbResult loadOpenForward(QSqlDatabase& db, const QUuid& id, bool korean);

/// How many cases the filter selects. Value: qint64.
DbResult countCases(QSqlDatabase& db, const CaseFilter& filter);
/// A page of them, newest first. Value: QList<CaseRow>.
DbResult loadCases(QSqlDatabase& db, const CaseFilter& filter, bool korean, int offset, int limit);
/// Value: CaseDetail.
DbResult loadCaseDetail(QSqlDatabase& db, const QUuid& caseId, bool korean);

enum class ReviewStatus
{
    Saved,
    Conflict, ///< the case changed since it was read
    Refused, ///< a rule said no (comment missing, not reviewable, not a supervisor)
    Failed
};
/// review_case() as the signed-in supervisor. Value: the case's new version;
/// on failure `status` says why and DbResult::message tells the person.
DbResult review(QSqlDatabase& db, const ReviewInput& input, ReviewStatus* status);

/// The reviews written on the Seoul days from..to. Value: ReviewSummary.
DbResult loadReviewSummary(QSqlDatabase& db, const QDate& from, const QDate& to);

} // namespace ReportStore

} // namespace minwon
