// SPDX-License-Identifier: Apache-2.0
#include "supervisor/ForwardTrackingPanel.h"

#include "reports/ForwardTracker.h"
#include "supervisor/ForwardTrackingModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

namespace {

void setUp(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
}

} // namespace

ForwardTrackingPanel::ForwardTrackingPanel(ForwardTracker* tracker, QWidget* parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_model(new ForwardTrackingModel(tracker, this))
    , m_departments(new DepartmentLoadModel(m_model, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_departmentView(new QTableView(this))
    , m_forwardView(new QTableView(this))
    , m_status(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("forwardTrackingPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ForwardTrackingModel::DepartmentRole);
    m_filter->setFilterKeyColumn(ForwardTrackingModel::DepartmentColumn);

    m_departmentView->setObjectName(QStringLiteral("departmentLoads"));
    m_departmentView->setAccessibleName(tr("Open forwards by department"));
    m_departmentView->setModel(m_departments);
    setUp(m_departmentView);
    m_departmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departmentView->horizontalHeader()->setSectionResizeMode(DepartmentLoadModel::DepartmentColumn,
                                                               QHeaderView::Stretch);

    m_forwardView->setObjectName(QStringLiteral("openForwards"));
    m_forwardView->setAccessibleName(tr("Open forwards"));
    m_forwardView->setModel(m_filter);
    setUp(m_forwardView);
    QHeaderView* header = m_forwardView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ForwardTrackingModel::SummaryColumn, QHeaderView::Stretch);

    auto* heading = new QLabel(tr("Open forwards by department (overdue first)"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* all = new QPushButton(tr("All departments"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        m_departmentView->clearSelection();
        showDepartment({});
    });
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_status);
    top->addWidget(all);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_departmentView);
    split->addWidget(m_forwardView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_departmentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showDepartment(current.isValid()
                                   ? current.data(DepartmentLoadModel::DepartmentRole).toString()
                                   : QString());
            });
    connect(m_forwardView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit caseRequested(index.data(ForwardTrackingModel::CaseIdRole).toUuid());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ForwardTrackingPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ForwardTrackingPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ForwardTrackingPanel::updateStatus);
    connect(m_tracker, &ForwardTracker::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("⚠ Not up to date"));
        m_status->setToolTip(message);
    });
    // Ages and overdue marks move on by themselves.
    m_ticker->setInterval(30000);
    connect(m_ticker, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_ticker->start();
    m_tracker->reload();
}

void ForwardTrackingPanel::showDepartment(const QString& code)
{
    m_filter->setFilterFixedString(code);
    if (!code.isEmpty())
        m_filter->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(code))));
}

void ForwardTrackingPanel::updateStatus()
{
    int overdue = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OpenForward& f : m_model->items())
        if (f.isOverdue(now))
            ++overdue;
    const int open = int(m_model->items().size());
    m_status->setText(tr("%n open", nullptr, open) + QStringLiteral(" · ")
                      + tr("%n overdue", nullptr, overdue));
}

} // namespace minwon
