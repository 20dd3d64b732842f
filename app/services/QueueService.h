// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

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

signals:
    void itemsReset();
    void itemUpserted(const minwon::QueueItem& item);
    void itemRemoved(const QUuid& id);
    void staleChanged(bool stale);

private:
    void onChanged(const QString& table, const QString& id);
    void upsert(const QueueItem& item);
    void remove(const QUuid& id);
    void setStale(bool stale);

    DbSession* m_session;
    QList<QueueItem> m_items;
    bool m_stale = true;
    quint64 m_generation = 0;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::QueueItem)
