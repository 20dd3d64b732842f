// SPDX-License-Identifier: Apache-2.0
#include "supervisor/CasePageModel.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "reports/CaseReviewService.h"

#include <QBrush>
#include <QTimeZone>
#include <QTimer>

#include <limits>
#include <utility>

namespace minwon {

CasePageModel::CasePageModel(CaseReviewService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_refreshSoon(new QTimer(this))
{
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(5000);
    connect(m_refreshSoon, &QTimer::timeout, this, &CasePageModel::refresh);
    connect(m_service, &CaseReviewService::caseChanged, this, &CasePageModel::onCaseChanged);
    connect(m_service, &CaseReviewService::reconnected, this, &CasePageModel::refresh);
}

void CasePageModel::setFilter(const CaseFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_pending.clear();
    m_total = 0;
    m_generations.next();
    endResetModel();
    emit countChanged(0);
    // The first page is asked for before the count, on the same connection:
    // it comes first (tens of milliseconds) and the rows show while the
    // count (a month's text search at ten times this city's volume: over a
    // second) is still running; the rows below follow when it is known.
    m_provisional = true;
    requestPage(0);
    count();
}

void CasePageModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    setFilter(m_filter);
}

void CasePageModel::refresh()
{
    // A new generation: answers for the old one are dropped, the rows shown stay until replaced.
    m_generations.next();
    m_pending.clear();
    // Rows shown before the count are old now too: asked for again with it.
    m_provisional = false;
    count();
}

void CasePageModel::count()
{
    m_counting = true;
    setLoadingState();
    m_service->count(
        m_filter, m_generations.current(),
        [this](bool ok, qint64 n, const QString& message) {
            m_counting = false;
            const bool provisional = std::exchange(m_provisional, false);
            if (!ok) {
                setLoadingState();
                emit loadFailed(message);
                return;
            }
            if (provisional && n >= m_total) {
                // The first page is shown already: the rest is added below it.
                if (n > m_total) {
                    beginInsertRows({}, int(m_total),
                                    int(qMin<qint64>(n, std::numeric_limits<int>::max())) - 1);
                    m_total = n;
                    endInsertRows();
                }
                emit countChanged(n);
                if (m_pages.isEmpty() && m_total > 0)
                    requestPage(0);
                setLoadingState();
                return;
            }
            if (n != m_total) {
                beginResetModel();
                m_total = n;
                m_pages.clear();
                endResetModel();
                emit countChanged(n);
            }
            // Pages kept from before a refresh are asked for again.
            const QList<int> loaded = m_pages.keys();
            for (int page : loaded)
                requestPage(page);
            if (m_pages.isEmpty() && m_total > 0)
                requestPage(0);
            setLoadingState();
        },
        this);
}

void CasePageModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    ++m_requestedPages;
    auto* self = const_cast<CasePageModel*>(this);
    m_service->fetchPage(
        m_filter, page * m_pageSize, m_pageSize, m_generations.current(),
        [self, page](bool ok, const QList<CaseRow>& rows, const QString& message) {
            self->m_pending.remove(page);
            if (!ok) {
                self->setLoadingState();
                emit self->loadFailed(message);
                return;
            }
            self->onPage(page, rows);
        },
        self);
    self->setLoadingState();
}

void CasePageModel::onPage(int page, const QList<CaseRow>& rows)
{
    m_pages.insert(page, rows);
    if (m_provisional && page == 0 && rows.size() > m_total) {
        // Before the count: as many rows as the first page holds.
        beginInsertRows({}, int(m_total), int(rows.size()) - 1);
        m_total = rows.size();
        endInsertRows();
    }
    const int first = page * m_pageSize;
    const int last = qMin<qint64>(first + m_pageSize, m_total) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    setLoadingState();
    emit pageLoaded(page);
}

void CasePageModel::setLoadingState()
{
    const bool loading = isLoading();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        emit loadingChanged(loading);
    }
}

void CasePageModel::onCaseChanged(const QUuid& id, const QString& op)
{
    // A case in view changed (reviewed, corrected): reload its page. A new
    // case may belong to the filter: count again shortly.
    const int row = rowOf(id);
    if (row >= 0) {
        const int page = row / m_pageSize;
        m_pending.remove(page);
        requestPage(page);
        return;
    }
    if (op == QLatin1String("I") && !m_refreshSoon->isActive())
        m_refreshSoon->start();
}

std::optional<CaseRow> CasePageModel::caseAt(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend() || row % m_pageSize >= it->size())
        return std::nullopt;
    return it->at(row % m_pageSize);
}

int CasePageModel::rowOf(const QUuid& caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == caseId)
                return it.key() * m_pageSize + i;
    return -1;
}

int CasePageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int CasePageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasePageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const std::optional<CaseRow> row = caseAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == SummaryColumn) {
            requestPage(index.row() / m_pageSize);
            return tr("Loading…");
        }
        if (role == Qt::DisplayRole)
            requestPage(index.row() / m_pageSize);
        return {};
    }
    const CaseRow& r = *row;
    if (role == CaseIdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && r.state == QLatin1String("returned"))
        return QBrush(theme::text(theme::Role::Danger));
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return r.summary;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case OpenedColumn: {
        const QDateTime local = r.openedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")));
        return m_filter.from == m_filter.to ? local.toString(QStringLiteral("HH:mm"))
                                            : format::shortDateTime(local);
    }
    case ChannelColumn:
        return r.channelName;
    case CategoryColumn:
        return r.categoryName;
    case SummaryColumn:
        return r.summary.simplified();
    case CounselorColumn:
        return r.counselorName;
    case RoomColumn:
        return r.roomName;
    case StateColumn:
        return labels::caseState(r.state);
    case ResultColumn:
        return r.wrapupName;
    case MarksColumn: {
        QStringList marks;
        if (r.hasForward)
            marks << tr("Forwarded");
        if (r.everReturned)
            marks << tr("Returned before");
        if (r.callbackRequested)
            marks << tr("Callback");
        return marks.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CasePageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OpenedColumn:
        return tr("Opened");
    case ChannelColumn:
        return tr("Channel");
    case CategoryColumn:
        return tr("Category");
    case SummaryColumn:
        return tr("Summary");
    case CounselorColumn:
        return tr("Counselor");
    case RoomColumn:
        return tr("Room");
    case StateColumn:
        return tr("State");
    case ResultColumn:
        return tr("Result");
    case MarksColumn:
        return tr("Marks");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace minwon
