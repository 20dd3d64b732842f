// SPDX-License-Identifier: Apache-2.0
#include "queue/QueuePanel.h"

#include "queue/QueueModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace minwon {

QueuePanel::QueuePanel(QueueService* service, int roomId, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_roomId(roomId)
    , m_model(new QueueModel(service, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_takeNext(new QPushButton(tr("&Take next (F2)"), this))
    , m_takeThis(new QPushButton(tr("Take &this one"), this))
{
    setObjectName(QStringLiteral("queuePanel"));
    auto* title = new QLabel(tr("Queue"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_stale->setText(tr("⚠ Not up to date: the database cannot be reached"));
    m_stale->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_stale->setVisible(false);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Queue of waiting contacts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::PreviewColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::ChannelColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::WaitColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::SenderColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::HolderColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);

    m_takeNext->setObjectName(QStringLiteral("takeNextButton"));
    m_takeNext->setAccessibleName(tr("Take the next contact"));
    m_takeThis->setAccessibleName(tr("Take the selected contact"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count);
    header->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_takeNext);
    buttons->addWidget(m_takeThis);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_stale);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_takeNext, &QPushButton::clicked, this, &QueuePanel::takeNext);
    connect(m_takeThis, &QPushButton::clicked, this, &QueuePanel::takeSelected);
    connect(m_view, &QTableView::activated, this, &QueuePanel::takeSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueuePanel::updateCount);
    connect(m_service, &QueueService::staleChanged, m_stale, &QLabel::setVisible);
    updateCount();
}

void QueuePanel::setReferenceData(const ReferenceData& reference)
{
    m_model->setReferenceData(reference);
}

void QueuePanel::updateCount()
{
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->state != QLatin1String("claimed"))
            ++waiting;
    m_count->setText(tr("%n waiting", nullptr, waiting));
}

void QueuePanel::takeNext()
{
    m_takeNext->setEnabled(false);
    m_service->takeNext(m_roomId, [this](bool ok, const QueueItem& item, const QString& text) {
        m_takeNext->setEnabled(true);
        if (!ok) {
            emit message(text);
            return;
        }
        emit contactClaimed(item);
    });
}

void QueuePanel::takeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const QueueItem* selected = m_model->item(current.row());
    if (!selected) {
        emit message(tr("Select a contact first."));
        return;
    }
    if (selected->state == QLatin1String("claimed")) {
        emit message(tr("%1 is already handling this contact.").arg(selected->claimedByName));
        return;
    }
    m_service->claim(selected->id, [this](bool ok, const QueueItem& claimed, const QString& text) {
        if (!ok) {
            emit message(text);
            return;
        }
        emit contactClaimed(claimed);
    });
}

} // namespace minwon
