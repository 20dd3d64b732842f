// SPDX-License-Identifier: Apache-2.0
#include "common/OverviewPanel.h"

#include "common/Format.h"
#include "common/Guard.h"
#include "db/DbSession.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

void OverviewModel::tick()
{
    if (m_rows.elapsedColumns.isEmpty() || m_rows.rows.isEmpty())
        return;
    for (int column : std::as_const(m_rows.elapsedColumns))
        emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
}

void OverviewModel::setRows(const OverviewRows& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.headers.size());
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.row() >= m_rows.rows.size() || index.column() >= m_rows.rows.at(index.row()).size())
        return {};
    const QVariant value = m_rows.rows.at(index.row()).at(index.column());
    if (m_rows.elapsedColumns.contains(index.column()))
        return value.isNull() ? QVariant() : QVariant(format::duration(value.toDateTime().secsTo(m_now())));
    if (value.typeId() == QMetaType::QDate)
        return format::date(value.toDate());
    if (value.typeId() == QMetaType::QDateTime)
        return format::dateTime(value.toDateTime());
    return value;
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_rows.headers.value(section);
    return {};
}

OverviewPanel::OverviewPanel(const QString& title, OverviewService::View view, OverviewService* service,
                             DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_kind(view)
    , m_service(service)
    , m_model(new OverviewModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    m_view->setModel(m_model);
    m_view->setAccessibleName(title);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &OverviewPanel::refresh);
    const QStringList tables = OverviewService::sourceTables(view);
    connect(session, &DbSession::changed, this,
            [this, tables](const QString& table, const QString&, const QString&, const QJsonObject&) {
                if (tables.contains(table))
                    m_debounce->start();
            });
    connect(session, &DbSession::reconnected, this, &OverviewPanel::refresh);
    // Durations tick here, between the changes the database announces.
    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, m_model, &OverviewModel::tick);
    ticker->start(1000);
    refresh();
}

void OverviewPanel::refresh()
{
    m_service->fetch(m_kind, guard(this, [this](const OverviewRows& rows, const QString& error) {
                         if (!error.isEmpty()) {
                             m_status->setText(tr("⚠ Not up to date"));
                             m_status->setToolTip(error);
                             return;
                         }
                         m_status->setText(tr("%n row(s)", nullptr, int(rows.rows.size())));
                         m_status->setToolTip({});
                         const bool first = m_model->rowCount() == 0;
                         m_model->setRows(rows);
                         if (first)
                             m_view->resizeColumnsToContents();
                         emit refreshed();
                     }));
}

} // namespace minwon
