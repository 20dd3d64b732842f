// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportStore.h"
#include "reports/ReportTypes.h"
#include "reports/RequestTicket.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace minwon {

class DbSession;

/// The supervisor's cases: counting and paging through a filter off the GUI
/// thread (a stale ticket skips the query and drops the answer), one case
/// in full for review, and the review itself.
class CaseReviewService : public QObject
{
    Q_OBJECT
public:
    explicit CaseReviewService(DbSession* session, QObject* parent = nullptr);

    using CountDone = std::function<void(bool ok, qint64 count, const QString& message)>;
    using PageDone = std::function<void(bool ok, const QList<CaseRow>& rows, const QString& message)>;
    using DetailDone = std::function<void(bool ok, const CaseDetail& detail, const QString& message)>;
    using ReviewDone
        = std::function<void(ReportStore::ReviewStatus status, int newVersion, const QString& message)>;

    /// `done` is not called when the ticket went stale or `context` is gone.
    void count(const CaseFilter& filter, const RequestTicket& ticket, CountDone done, QObject* context);
    void fetchPage(const CaseFilter& filter, int offset, int limit, const RequestTicket& ticket,
                   PageDone done, QObject* context);
    void loadDetail(const QUuid& caseId, DetailDone done, QObject* context);
    void review(const ReviewInput& input, ReviewDone done, QObject* context);

    /// Queries started, and queries skipped because their ticket went stale
    /// before they ran (for tests and the status line).
    int queriesRun() const { return m_counts->run.load(); }
    int queriesSkipped() const { return m_counts->skipped.load(); }

signals:
    /// A case was added or changed somewhere (another desk, a review, …).
    void caseChanged(const QUuid& caseId, const QString& op);
    /// This desk reviewed a case.
    void reviewed(const QUuid& caseId, const QString& decision);
    /// Back after an outage: what is shown may be stale.
    void reconnected();

private:
    struct QueryCounts
    {
        std::atomic<int> run {0};
        std::atomic<int> skipped {0};
    };

    DbSession* m_session;
    // Shared with the queries on the database thread: one still queued when
    // the window (and this service) is closed counts into them, not into freed memory.
    const std::shared_ptr<QueryCounts> m_counts = std::make_shared<QueryCounts>();
};

} // namespace minwon
