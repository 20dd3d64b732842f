// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/ForwardService.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace minwon {

/// Open forwards as a table: overdue first, with their age.
class ForwardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SentColumn,
        AgeColumn,
        DepartmentColumn,
        StateColumn,
        KindColumn,
        PlaceColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<ForwardItem>& items);
    const ForwardItem* item(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ForwardItem> m_items;
};

/// The department's desk: the reports forwarded to it, and the steps
/// acknowledge → field check with result → close, each with a note.
class ForwardsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardsPanel(ForwardService* service, QWidget* parent = nullptr);

    ForwardModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void refresh();
    /// Moves the selected forward to `state` with the typed result and note.
    void advance(const QString& state);

signals:
    void message(const QString& text);

private:
    void showCurrent();

    ForwardService* m_service;
    ForwardModel* m_model;
    QTableView* m_view;
    QLabel* m_detail;
    QLineEdit* m_result;
    QLineEdit* m_note;
    QPushButton* m_acknowledge;
    QPushButton* m_checked;
    QPushButton* m_close;
    QLabel* m_status;
};

} // namespace minwon
