// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace minwon {

class ForwardTracker;

/// The open forwards, the overdue ones first (most overdue on top), kept
/// current from the tracker's signals: a changed forward moves, a closed one
/// leaves, a new one is inserted where it belongs.
class ForwardTrackingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DepartmentColumn,
        SummaryColumn,
        StateColumn,
        SentColumn,
        AgeColumn,
        DueColumn,
        OverdueColumn,
        ColumnCount
    };
    static constexpr int DepartmentRole = Qt::UserRole + 1;
    static constexpr int CaseIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    explicit ForwardTrackingModel(ForwardTracker* tracker, QObject* parent = nullptr);

    const QList<OpenForward>& items() const { return m_items; }
    /// Ages and overdue marks are relative to this moment (ticks in the panel).
    void setNow(const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset(const QList<OpenForward>& items);
    void change(const OpenForward& item);
    void remove(const QUuid& id);
    int insertionRow(const OpenForward& item) const;

    QList<OpenForward> m_items;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

/// Open forwards per department: how many, how many overdue, the oldest.
class DepartmentLoadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DepartmentColumn,
        OpenColumn,
        OverdueColumn,
        OldestColumn,
        ColumnCount
    };
    static constexpr int DepartmentRole = Qt::UserRole + 1;

    explicit DepartmentLoadModel(ForwardTrackingModel* forwards, QObject* parent = nullptr);
    const QList<DepartmentLoad>& loads() const { return m_loads; }
    void recompute();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ForwardTrackingModel* m_forwards;
    QList<DepartmentLoad> m_loads;
    QDateTime m_now;
};

} // namespace minwon
