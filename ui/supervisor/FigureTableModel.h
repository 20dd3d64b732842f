// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"
#include "reports/ReportFormat.h"

#include <QAbstractTableModel>

namespace minwon {

/// One breakdown of the figures (by hour, channel, …) as a table. A reload
/// with the same lines updates the cells in place, so that live updates
/// keep the selection and the scroll position.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Sorting by this role sorts numbers as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FigureTableModel(FigureDimension dimension, QObject* parent = nullptr);

    FigureDimension dimension() const { return m_dimension; }
    void setRows(const QList<FigureRow>& rows);
    const QList<FigureRow>& rows() const { return m_rows; }
    reportformat::Column columnKind(int column) const { return m_columns.value(column); }
    int columnOf(reportformat::Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FigureDimension m_dimension;
    QList<reportformat::Column> m_columns;
    QList<FigureRow> m_rows;
};

} // namespace minwon
