// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"
#include "reports/RequestTicket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

class QTimer;

namespace minwon {

class CaseReviewService;

/// The cases of a filter, paged like DB Browser for SQLite's table model:
/// the row count comes from a count query, and a row that is shown before
/// its page has arrived asks for that page off the GUI thread and reads as
/// "…" meanwhile. A new filter makes every earlier request stale (skipped
/// if still queued, dropped if late), so a month of cases never freezes the
/// window and a quick typist never sees an old answer.
class CasePageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OpenedColumn,
        ChannelColumn,
        CategoryColumn,
        SummaryColumn,
        CounselorColumn,
        RoomColumn,
        StateColumn,
        ResultColumn,
        MarksColumn,
        ColumnCount
    };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CasePageModel(CaseReviewService* service, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    /// Counts and reloads the pages in view again, keeping the rows shown
    /// until the new ones arrive.
    void refresh();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_counting || !m_pending.isEmpty(); }
    int loadedPages() const { return int(m_pages.size()); }
    int requestedPages() const { return m_requestedPages; }
    std::optional<CaseRow> caseAt(int row) const;
    /// The row of a case among the loaded pages, or -1.
    int rowOf(const QUuid& caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);
    void pageLoaded(int page);

private:
    void count();
    void requestPage(int page) const;
    void onPage(int page, const QList<CaseRow>& rows);
    void onCaseChanged(const QUuid& id, const QString& op);
    void setLoadingState();

    CaseReviewService* m_service;
    CaseFilter m_filter;
    int m_pageSize = 200;
    qint64 m_total = 0;
    bool m_counting = false;
    bool m_provisional = false; ///< rows shown from the first page before the count
    bool m_wasLoading = false;
    RequestGenerations m_generations;
    QHash<int, QList<CaseRow>> m_pages;
    mutable QSet<int> m_pending;
    mutable int m_requestedPages = 0;
    QTimer* m_refreshSoon;
};

} // namespace minwon
