// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/OverviewService.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace minwon {

class DbSession;

/// A read-only table of rows from OverviewService.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const OverviewRows& rows);
    /// Re-reads the elapsed-time columns (called every second).
    void tick();
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OverviewRows m_rows;
    QDateTime (*m_now)() = &QDateTime::currentDateTimeUtc;
};

/// A titled overview table that refreshes itself when its source tables
/// change anywhere (debounced), off the GUI thread.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    OverviewPanel(const QString& title, OverviewService::View view, OverviewService* service,
                  DbSession* session, QWidget* parent = nullptr);

    void refresh();
    OverviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void refreshed();

private:
    OverviewService::View m_kind;
    OverviewService* m_service;
    OverviewModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QTimer* m_debounce;
};

} // namespace minwon
