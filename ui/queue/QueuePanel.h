// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReferenceData.h"
#include "services/QueueService.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace minwon {

class QueueFilterModel;
class QueueModel;

/// The incoming-contact queue every desk shares: take next with one key,
/// take the selected one, answer a ringing call offered to this desk, and
/// release, transfer or end the contact in hand.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(QueueService* service, const QUuid& me, int roomId, QWidget* parent = nullptr);

    void setReferenceData(const ReferenceData& reference);
    QueueModel* model() const { return m_model; }
    QueueFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QUuid contactInHand() const { return m_inHand; }
    bool hasOffer() const { return !m_offer.id.isNull(); }

    /// F2: answers the call ringing here, else takes the next waiting contact.
    void takeNext();
    void takeSelected();
    void acceptOffer();
    void declineOffer();
    void releaseInHand();
    void transferInHand();
    /// F4: the call ended; after-contact work begins.
    void finishInHand();
    /// The case of the contact in hand was completed: nothing is in hand any more.
    void clearInHand();

signals:
    void contactClaimed(const minwon::QueueItem& item);
    void contactLeft(const QUuid& id); ///< released or transferred: the form closes
    void message(const QString& text);

private:
    void updateCount();
    void updateButtons();
    void showOffer(const QueueItem& item);
    void hideOffer(const QUuid& id);
    void tickOffer();
    void claimed(const QueueItem& item);

    QueueService* m_service;
    QUuid m_me;
    int m_roomId;
    ReferenceData m_reference;
    QueueModel* m_model;
    QueueFilterModel* m_filter;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_stale;
    QComboBox* m_channelFilter;
    QComboBox* m_roomFilter;
    QFrame* m_offerBanner;
    QLabel* m_offerText;
    QTimer* m_offerTick;
    QueueItem m_offer;
    QPushButton* m_takeNext;
    QPushButton* m_takeThis;
    QPushButton* m_release;
    QPushButton* m_transfer;
    QPushButton* m_finish;
    QUuid m_inHand;
};

} // namespace minwon
