// SPDX-License-Identifier: Apache-2.0
#include "queue/QueuePanel.h"

#include "common/Guard.h"
#include "common/Theme.h"
#include "queue/QueueFilterModel.h"
#include "queue/QueueModel.h"
#include "queue/TransferDialog.h"

#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

QueuePanel::QueuePanel(QueueService* service, const QUuid& me, int roomId, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_me(me)
    , m_roomId(roomId)
    , m_model(new QueueModel(service, this))
    , m_filter(new QueueFilterModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_channelFilter(new QComboBox(this))
    , m_roomFilter(new QComboBox(this))
    , m_offerBanner(new QFrame(this))
    , m_offerText(new QLabel(m_offerBanner))
    , m_offerTick(new QTimer(this))
    , m_takeNext(new QPushButton(tr("&Take next (F2)"), this))
    , m_takeThis(new QPushButton(tr("Ta&ke this one"), this))
    , m_release(new QPushButton(tr("Re&lease"), this))
    , m_transfer(new QPushButton(tr("Transfer… (Ctrl+T)"), this))
    , m_finish(new QPushButton(tr("&End contact (F4)"), this))
{
    setObjectName(QStringLiteral("queuePanel"));
    auto* title = new QLabel(tr("Queue"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_stale->setText(tr("⚠ Not up to date: the database cannot be reached"));
    m_stale->setVisible(false);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Queue of waiting contacts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueueModel::PreviewColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);

    m_channelFilter->setAccessibleName(tr("Show channel"));
    m_roomFilter->setAccessibleName(tr("Show room"));

    // A ringing call offered to this desk.
    m_offerBanner->setObjectName(QStringLiteral("offerBanner"));
    m_offerBanner->setFrameShape(QFrame::StyledPanel);
    theme::watch(this, [this] {
        m_stale->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                   .arg(theme::css(theme::text(theme::Role::Danger))));
        m_offerBanner->setStyleSheet(
            QStringLiteral(
                "#offerBanner { background: %1; border: 2px solid %2; } #offerBanner QLabel { color: %3; }")
                .arg(theme::css(theme::background(theme::Role::Warning)),
                     theme::css(theme::text(theme::Role::Warning)),
                     theme::css(theme::onBackground(theme::Role::Warning))));
    });
    auto* accept = new QPushButton(tr("&Answer (F2)"), m_offerBanner);
    auto* decline = new QPushButton(tr("&Decline"), m_offerBanner);
    auto* bannerLayout = new QHBoxLayout(m_offerBanner);
    m_offerText->setWordWrap(true);
    bannerLayout->addWidget(m_offerText, 1);
    bannerLayout->addWidget(accept);
    bannerLayout->addWidget(decline);
    m_offerBanner->setVisible(false);
    connect(accept, &QPushButton::clicked, this, &QueuePanel::acceptOffer);
    connect(decline, &QPushButton::clicked, this, &QueuePanel::declineOffer);
    m_offerTick->setInterval(500);
    connect(m_offerTick, &QTimer::timeout, this, &QueuePanel::tickOffer);

    m_takeNext->setObjectName(QStringLiteral("takeNextButton"));
    m_takeNext->setAccessibleName(tr("Take the next contact"));
    m_takeThis->setAccessibleName(tr("Take the selected contact"));
    m_release->setToolTip(tr("Put the contact in hand back into the queue"));
    m_transfer->setToolTip(tr("Hand the contact in hand to a counselor or a room"));
    m_finish->setToolTip(tr("The call is over: start after-contact work"));

    auto* header1 = new QHBoxLayout;
    header1->addWidget(title);
    header1->addWidget(m_count);
    header1->addStretch();
    header1->addWidget(m_channelFilter);
    header1->addWidget(m_roomFilter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_takeNext);
    buttons->addWidget(m_takeThis);
    buttons->addStretch();
    auto* handButtons = new QHBoxLayout;
    handButtons->addWidget(m_finish);
    handButtons->addWidget(m_release);
    handButtons->addWidget(m_transfer);
    handButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header1);
    layout->addWidget(m_stale);
    layout->addWidget(m_offerBanner);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(handButtons);

    connect(m_takeNext, &QPushButton::clicked, this, &QueuePanel::takeNext);
    connect(m_takeThis, &QPushButton::clicked, this, &QueuePanel::takeSelected);
    connect(m_release, &QPushButton::clicked, this, &QueuePanel::releaseInHand);
    connect(m_transfer, &QPushButton::clicked, this, &QueuePanel::transferInHand);
    connect(m_finish, &QPushButton::clicked, this, &QueuePanel::finishInHand);
    connect(m_view, &QTableView::activated, this, &QueuePanel::takeSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueuePanel::updateCount);
    connect(m_service, &QueueService::staleChanged, m_stale, &QLabel::setVisible);
    connect(m_service, &QueueService::offered, this, &QueuePanel::showOffer);
    connect(m_service, &QueueService::offerWithdrawn, this, &QueuePanel::hideOffer);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setChannel(m_channelFilter->currentData().toString()); });
    connect(m_roomFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoom(m_roomFilter->currentData().toInt()); });
    updateCount();
    updateButtons();
}

void QueuePanel::setReferenceData(const ReferenceData& reference)
{
    m_reference = reference;
    m_model->setReferenceData(reference);
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"), QString());
    for (const Channel& c : reference.channels)
        m_channelFilter->addItem(ReferenceData::localized(c.nameKo, c.nameEn), c.code);
    m_roomFilter->clear();
    m_roomFilter->addItem(tr("All rooms"), 0);
    for (const Room& r : reference.rooms)
        m_roomFilter->addItem(ReferenceData::localized(r.nameKo, r.nameEn), r.id);
}

void QueuePanel::updateCount()
{
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->state != QLatin1String("claimed"))
            ++waiting;
    m_count->setText(tr("%n waiting", nullptr, waiting));
}

void QueuePanel::updateButtons()
{
    const bool holding = !m_inHand.isNull();
    m_release->setEnabled(holding);
    m_transfer->setEnabled(holding);
    m_finish->setEnabled(holding);
}

void QueuePanel::claimed(const QueueItem& item)
{
    m_inHand = item.id;
    updateButtons();
    emit contactClaimed(item);
}

void QueuePanel::takeNext()
{
    if (hasOffer()) {
        acceptOffer();
        return;
    }
    m_takeNext->setEnabled(false);
    m_service->takeNext(m_roomId, guard(this, [this](bool ok, const QueueItem& item, const QString& text) {
                            m_takeNext->setEnabled(true);
                            if (!ok) {
                                emit message(text);
                                return;
                            }
                            claimed(item);
                        }));
}

void QueuePanel::takeSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const QueueItem* selected = m_model->item(current.row());
    if (!selected) {
        emit message(tr("Select a contact first."));
        return;
    }
    if (selected->state == QLatin1String("claimed")) {
        emit message(tr("%1 is already handling this contact.").arg(selected->claimedByName));
        return;
    }
    m_service->claim(selected->id, guard(this, [this](bool ok, const QueueItem& item, const QString& text) {
                         if (!ok) {
                             emit message(text);
                             return;
                         }
                         claimed(item);
                     }));
}

void QueuePanel::showOffer(const QueueItem& item)
{
    m_offer = item;
    tickOffer();
    m_offerBanner->setVisible(true);
    m_offerTick->start();
}

void QueuePanel::hideOffer(const QUuid& id)
{
    if (m_offer.id != id)
        return;
    m_offer = QueueItem {};
    m_offerTick->stop();
    m_offerBanner->setVisible(false);
}

void QueuePanel::tickOffer()
{
    if (m_offer.id.isNull())
        return;
    const qint64 left = qMax<qint64>(
        0, QDateTime::currentDateTimeUtc().secsTo(m_offer.offeredAt.addSecs(m_service->offerTimeout())));
    const int seconds = int(left);
    m_offerText->setText(
        tr("☎ Call for you from %1 — %n second(s) left", nullptr, seconds).arg(m_offer.senderDisplay));
}

void QueuePanel::acceptOffer()
{
    if (!hasOffer())
        return;
    const QUuid id = m_offer.id;
    m_service->claim(id, guard(this, [this, id](bool ok, const QueueItem& item, const QString& text) {
                         hideOffer(id);
                         if (!ok) {
                             emit message(text);
                             return;
                         }
                         claimed(item);
                     }));
}

void QueuePanel::declineOffer()
{
    if (!hasOffer())
        return;
    const QUuid id = m_offer.id;
    hideOffer(id);
    m_service->decline(id, guard(this, [this](bool ok, const QString& text) {
                           if (!ok)
                               emit message(text);
                       }));
}

void QueuePanel::releaseInHand()
{
    if (m_inHand.isNull())
        return;
    const QUuid id = m_inHand;
    m_service->release(id, guard(this, [this, id](bool ok, const QString& text) {
                           if (!ok) {
                               emit message(text);
                               return;
                           }
                           m_inHand = QUuid();
                           updateButtons();
                           emit contactLeft(id);
                           emit message(tr("The contact is back in the queue."));
                       }));
}

void QueuePanel::transferInHand()
{
    if (m_inHand.isNull())
        return;
    TransferDialog dialog(m_reference, m_me, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUuid id = m_inHand;
    m_service->transfer(id, dialog.person(), dialog.room(), dialog.reason(),
                        guard(this, [this, id](bool ok, const QString& text) {
                            if (!ok) {
                                emit message(text);
                                return;
                            }
                            m_inHand = QUuid();
                            updateButtons();
                            emit contactLeft(id);
                            emit message(tr("The contact was transferred."));
                        }));
}

void QueuePanel::finishInHand()
{
    if (m_inHand.isNull())
        return;
    m_service->finish(m_inHand, guard(this, [this](bool ok, const QString& text) {
                          if (!ok) {
                              emit message(text);
                              return;
                          }
                          m_release->setEnabled(false);
                          m_transfer->setEnabled(false);
                          m_finish->setEnabled(false);
                          emit message(
                              tr("After-contact work: complete the case with its result (Ctrl+Enter)."));
                      }));
}

void QueuePanel::clearInHand()
{
    m_inHand = QUuid();
    updateButtons();
}

} // namespace minwon
