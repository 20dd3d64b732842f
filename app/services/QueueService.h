// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>

class QTimer;

namespace minwon {

class DbSession;

/// One live contact of the queue as every desk sees it.
struct QueueItem
{
    QUuid id;
    QString channel;
    QString sender; ///< normalized: phone digits or channel:handle
    QString senderDisplay;
    QString preview;
    int priority = 0;
    int preferredRoom = 0;
    QString state; ///< waiting, offered, claimed
    QDateTime arrivedAt;
    QUuid claimedBy;
    QString claimedByName;
    QDateTime stateChangedAt;
    QUuid offeredTo;
    QDateTime offeredAt;
};

/// The shared queue: loads the live contacts, follows change notifications
/// row by row, and claims atomically in the database (FOR UPDATE SKIP LOCKED)
/// so two desks never hold the same contact.
class QueueService : public QObject
{
    Q_OBJECT
public:
    explicit QueueService(DbSession* session, QObject* parent = nullptr);

    void reload();
    const QList<QueueItem>& items() const { return m_items; }
    bool isStale() const { return m_stale; }

    /// Claims the most urgent, oldest waiting contact for the signed-in person.
    void takeNext(int roomId,
                  std::function<void(bool ok, const minwon::QueueItem& item, const QString& message)> done);
    /// Claims this contact unless another desk was faster.
    void claim(const QUuid& id,
               std::function<void(bool ok, const minwon::QueueItem& item, const QString& message)> done);

    using Done = std::function<void(bool ok, const QString& message)>;
    /// Puts a contact this desk holds back into the queue.
    void release(const QUuid& id, Done done);
    /// Hands a contact this desk holds to a counselor (offered to them) or a room, with a reason.
    void transfer(const QUuid& id, const QUuid& person, int room, const QString& reason, Done done);
    /// The call ended: after-contact work begins.
    void finish(const QUuid& id, Done done);
    /// Declines a call offered to this desk; it is offered to the next counselor.
    void decline(const QUuid& id, Done done);

    /// The signed-in person, to recognise offers made to this desk.
    void setMe(const QUuid& person) { m_me = person; }
    /// Seconds an offered call rings before it goes back to the queue.
    void setOfferTimeout(int seconds) { m_offerTimeoutSeconds = seconds; }
    int offerTimeout() const { return m_offerTimeoutSeconds; }

signals:
    void itemsReset();
    void itemUpserted(const minwon::QueueItem& item);
    void itemRemoved(const QUuid& id);
    void staleChanged(bool stale);
    /// A ringing call is offered to this desk.
    void offered(const minwon::QueueItem& item);
    /// An offer to this desk ended (taken, declined, expired or abandoned).
    void offerWithdrawn(const QUuid& id);

private:
    void onChanged(const QString& table, const QString& id);
    void upsert(const QueueItem& item);
    void remove(const QUuid& id);
    void setStale(bool stale);
    void watchOffer(const QueueItem& item);
    void expireOffers();
    void runBool(const QString& sql, const QVariantList& values, const QString& refusal, Done done);

    DbSession* m_session;
    QList<QueueItem> m_items;
    bool m_stale = true;
    quint64 m_generation = 0;
    QUuid m_me;
    int m_offerTimeoutSeconds = 15;
    QSet<QUuid> m_offersToMe;
    QTimer* m_offerTimer = nullptr;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::QueueItem)
