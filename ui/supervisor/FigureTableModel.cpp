// SPDX-License-Identifier: Apache-2.0
#include "supervisor/FigureTableModel.h"

#include "common/Theme.h"
#include "supervisor/FigureTexts.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace minwon {

using reportformat::Column;

FigureTableModel::FigureTableModel(FigureDimension dimension, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
    , m_columns(reportformat::mainColumns())
{
    if (dimension == FigureDimension::Channel)
        m_columns.insert(5, Column::Threshold);
    if (dimension == FigureDimension::Counselor || dimension == FigureDimension::Room
        || dimension == FigureDimension::Category)
        m_columns << Column::CasesCompleted;
}

void FigureTableModel::setRows(const QList<FigureRow>& rows)
{
    bool sameLines = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameLines && i < rows.size(); ++i)
        sameLines = rows.at(i).key == m_rows.at(i).key;
    if (!sameLines) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FigureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const FigureRow& row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return reportformat::cellText(row, column, reportformat::Style::Display);
    case SortRole:
        return reportformat::cellValue(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(reportformat::isNumeric(column)
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
    case Qt::DecorationRole: {
        // A channel below its service-level target reads red, with a sign as well.
        if (column == Column::ServiceLevel && row.targetPct > 0) {
            const auto sl = row.m.serviceLevel();
            if (sl && *sl * 100.0 + 1e-9 < row.targetPct)
                return role == Qt::ForegroundRole
                    ? QVariant(QBrush(theme::text(theme::Role::Danger)))
                    : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        return {};
    }
    case Qt::ToolTipRole:
        return figuretexts::columnHint(column, row);
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return reportformat::columnTitle(m_columns.at(section), m_dimension, reportformat::Style::Display);
    if (role == Qt::ToolTipRole)
        return figuretexts::columnHint(m_columns.at(section), {});
    return {};
}

} // namespace minwon
