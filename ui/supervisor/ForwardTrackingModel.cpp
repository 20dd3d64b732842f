// SPDX-License-Identifier: Apache-2.0
#include "supervisor/ForwardTrackingModel.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "reports/ForwardTracker.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include <algorithm>

namespace minwon {

namespace {

QString seoulShort(const QDateTime& t)
{
    return t.isValid() ? format::shortDateTime(t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))))
                       : QString();
}

bool dueBefore(const OpenForward& a, const OpenForward& b)
{
    if (a.dueAt != b.dueAt)
        return a.dueAt < b.dueAt;
    if (a.sentAt != b.sentAt)
        return a.sentAt < b.sentAt;
    return a.id.toString() < b.id.toString();
}

} // namespace

ForwardTrackingModel::ForwardTrackingModel(ForwardTracker* tracker, QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(tracker, &ForwardTracker::reset, this, &ForwardTrackingModel::reset);
    connect(tracker, &ForwardTracker::itemChanged, this, &ForwardTrackingModel::change);
    connect(tracker, &ForwardTracker::itemRemoved, this, &ForwardTrackingModel::remove);
    reset(tracker->items());
}

void ForwardTrackingModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ForwardTrackingModel::reset(const QList<OpenForward>& items)
{
    beginResetModel();
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(), dueBefore);
    endResetModel();
}

int ForwardTrackingModel::insertionRow(const OpenForward& item) const
{
    return int(std::upper_bound(m_items.cbegin(), m_items.cend(), item, dueBefore) - m_items.cbegin());
}

void ForwardTrackingModel::change(const OpenForward& item)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [&](const OpenForward& f) { return f.id == item.id; });
    if (it != m_items.cend()) {
        const int row = int(it - m_items.cbegin());
        if (it->dueAt == item.dueAt && it->sentAt == item.sentAt) {
            m_items[row] = item;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        remove(item.id);
    }
    const int row = insertionRow(item);
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
}

void ForwardTrackingModel::remove(const QUuid& id)
{
    const auto it
        = std::find_if(m_items.cbegin(), m_items.cend(), [&](const OpenForward& f) { return f.id == id; });
    if (it == m_items.cend())
        return;
    const int row = int(it - m_items.cbegin());
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

int ForwardTrackingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ForwardTrackingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForwardTrackingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OpenForward& f = m_items.at(index.row());
    const bool overdue = f.isOverdue(m_now);
    switch (role) {
    case DepartmentRole:
        return f.department;
    case CaseIdRole:
        return f.caseId;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue && (index.column() == OverdueColumn || index.column() == DueColumn)
            ? QVariant(QBrush(theme::text(theme::Role::Danger)))
            : QVariant();
    case Qt::DecorationRole:
        // Colour is never the only signal: a sign beside the overdue time.
        return overdue && index.column() == OverdueColumn
            ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
            : QVariant();
    case Qt::ToolTipRole:
        if (overdue && (index.column() == OverdueColumn || index.column() == DueColumn))
            return tr("Past its due time");
        return index.column() == SummaryColumn ? QVariant(f.summary) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DepartmentColumn:
        return f.departmentName;
    case SummaryColumn:
        return f.summary.simplified();
    case StateColumn:
        return labels::forwardState(f.state);
    case SentColumn:
        return seoulShort(f.sentAt);
    case AgeColumn:
        return format::duration(f.sentAt.secsTo(m_now));
    case DueColumn:
        return seoulShort(f.dueAt);
    case OverdueColumn:
        return overdue ? format::duration(f.dueAt.secsTo(m_now)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ForwardTrackingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DepartmentColumn:
        return tr("Department");
    case SummaryColumn:
        return tr("Case");
    case StateColumn:
        return tr("State");
    case SentColumn:
        return tr("Sent");
    case AgeColumn:
        return tr("Age");
    case DueColumn:
        return tr("Due");
    case OverdueColumn:
        return tr("Overdue by");
    case ColumnCount:
        break;
    }
    return {};
}

DepartmentLoadModel::DepartmentLoadModel(ForwardTrackingModel* forwards, QObject* parent)
    : QAbstractTableModel(parent)
    , m_forwards(forwards)
{
    connect(forwards, &QAbstractItemModel::modelReset, this, &DepartmentLoadModel::recompute);
    connect(forwards, &QAbstractItemModel::rowsInserted, this, &DepartmentLoadModel::recompute);
    connect(forwards, &QAbstractItemModel::rowsRemoved, this, &DepartmentLoadModel::recompute);
    connect(forwards, &QAbstractItemModel::dataChanged, this, &DepartmentLoadModel::recompute);
    recompute();
}

void DepartmentLoadModel::recompute()
{
    m_now = QDateTime::currentDateTimeUtc();
    const QList<DepartmentLoad> loads = summarizeForwards(m_forwards->items(), m_now);
    bool same = loads.size() == m_loads.size();
    for (qsizetype i = 0; same && i < loads.size(); ++i)
        same = loads.at(i).department == m_loads.at(i).department;
    if (!same) {
        beginResetModel();
        m_loads = loads;
        endResetModel();
        return;
    }
    m_loads = loads;
    if (!m_loads.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DepartmentLoadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_loads.size());
}

int DepartmentLoadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentLoadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_loads.size())
        return {};
    const DepartmentLoad& d = m_loads.at(index.row());
    if (role == DepartmentRole)
        return d.department;
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && d.overdue > 0)
        return QBrush(theme::text(theme::Role::Danger));
    if (role == Qt::TextAlignmentRole && (index.column() == OpenColumn || index.column() == OverdueColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case DepartmentColumn:
        return d.departmentName;
    case OpenColumn:
        return QLocale().toString(d.open);
    case OverdueColumn:
        return QLocale().toString(d.overdue);
    case OldestColumn:
        return format::duration(d.oldestSentAt.secsTo(m_now));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DepartmentLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DepartmentColumn:
        return tr("Department");
    case OpenColumn:
        return tr("Open");
    case OverdueColumn:
        return tr("Overdue");
    case OldestColumn:
        return tr("Oldest waiting");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace minwon
