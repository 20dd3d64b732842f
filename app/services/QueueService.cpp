// SPDX-License-Identifier: Apache-2.0
#include "services/QueueService.h"

#include "db/DbSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace minwon {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.channel, coalesce(nullif(c.sender_display, ''), c.sender), c.preview, c.priority, "
    " coalesce(c.preferred_room, 0), c.state, c.arrived_at, c.claimed_by, coalesce(p.display_name, ''), "
    " c.state_changed_at, c.sender "
    "FROM contacts c LEFT JOIN people p ON p.id = c.claimed_by ");

QueueItem readItem(const QSqlQuery& q)
{
    QueueItem item;
    item.id = QUuid::fromString(q.value(0).toString());
    item.channel = q.value(1).toString();
    item.senderDisplay = q.value(2).toString();
    item.preview = q.value(3).toString();
    item.priority = q.value(4).toInt();
    item.preferredRoom = q.value(5).toInt();
    item.state = q.value(6).toString();
    item.arrivedAt = q.value(7).toDateTime();
    item.claimedBy = QUuid::fromString(q.value(8).toString());
    item.claimedByName = q.value(9).toString();
    item.stateChangedAt = q.value(10).toDateTime();
    item.sender = q.value(11).toString();
    return item;
}

bool isLive(const QString& state)
{
    return state == QLatin1String("waiting") || state == QLatin1String("offered")
        || state == QLatin1String("claimed");
}

} // namespace

QueueService::QueueService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::QueueItem>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject&) {
                if (table == QLatin1String("contacts"))
                    onChanged(table, id);
            });
    // Subscribed again by the session before this fires: reload, then apply
    // what arrives afterwards.
    connect(m_session, &DbSession::reconnected, this, &QueueService::reload);
    connect(m_session, &DbSession::stateChanged, this, [this](DbSession::State state, const QString&) {
        if (state == DbSession::State::Offline)
            setStale(true);
    });
}

void QueueService::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void QueueService::reload()
{
    const quint64 generation = ++m_generation;
    m_session->run(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(kSelect
                        + QStringLiteral("WHERE c.state IN ('waiting', 'offered', 'claimed') "
                                         "ORDER BY c.priority DESC, c.arrived_at")))
                return DbResult::failure(q.lastError());
            QList<QueueItem> items;
            while (q.next())
                items.append(readItem(q));
            return DbResult::success(QVariant::fromValue(items));
        },
        [this, generation](const DbResult& result) {
            if (!result.ok || generation != m_generation)
                return;
            m_items = result.value.value<QList<QueueItem>>();
            setStale(false);
            emit itemsReset();
        },
        this);
}

void QueueService::onChanged(const QString&, const QString& id)
{
    const QUuid contactId = QUuid::fromString(id);
    m_session->run(
        [contactId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
            q.addBindValue(contactId.toString(QUuid::WithoutBraces));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            if (!q.next())
                return DbResult::success();
            return DbResult::success(QVariant::fromValue(readItem(q)));
        },
        [this, contactId](const DbResult& result) {
            if (!result.ok)
                return;
            if (!result.value.isValid()) {
                remove(contactId);
                return;
            }
            const QueueItem item = result.value.value<QueueItem>();
            if (isLive(item.state))
                upsert(item);
            else
                remove(item.id);
        },
        this);
}

void QueueService::upsert(const QueueItem& item)
{
    for (QueueItem& existing : m_items) {
        if (existing.id == item.id) {
            existing = item;
            emit itemUpserted(item);
            return;
        }
    }
    m_items.append(item);
    emit itemUpserted(item);
}

void QueueService::remove(const QUuid& id)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id) {
            m_items.removeAt(i);
            emit itemRemoved(id);
            return;
        }
    }
}

void QueueService::takeNext(int roomId, std::function<void(bool, const QueueItem&, const QString&)> done)
{
    m_session->run(
        [roomId](QSqlDatabase& db) {
            QSqlQuery q(db);
            // SKIP LOCKED: a hundred desks pressing "take next" at once each
            // get a different contact, none waits for another's lock.
            q.prepare(QStringLiteral(
                "UPDATE contacts SET state = 'claimed', claimed_by = current_person_id() "
                "WHERE id = (SELECT id FROM contacts WHERE state = 'waiting' "
                "            ORDER BY priority DESC, (preferred_room IS NOT NULL AND preferred_room <> ?), "
                "                     arrived_at "
                "            FOR UPDATE SKIP LOCKED LIMIT 1) "
                "RETURNING id"));
            q.addBindValue(roomId);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            if (!q.next())
                return DbResult::success();
            const QVariant id = q.value(0);
            q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(QVariant::fromValue(readItem(q)));
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(false, {}, result.message);
            else if (!result.value.isValid())
                done(false, {}, QCoreApplication::translate("QueueService", "No contact is waiting."));
            else
                done(true, result.value.value<QueueItem>(), {});
        },
        this);
}

void QueueService::claim(const QUuid& id, std::function<void(bool, const QueueItem&, const QString&)> done)
{
    m_session->run(
        [id](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE contacts SET state = 'claimed', claimed_by = current_person_id() "
                               "WHERE id = ? AND state IN ('waiting', 'offered') RETURNING id"));
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            if (!q.exec())
                return DbResult::failure(q.lastError());
            if (!q.next())
                return DbResult::success();
            q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(QVariant::fromValue(readItem(q)));
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(false, {}, result.message);
            else if (!result.value.isValid())
                done(
                    false, {},
                    QCoreApplication::translate("QueueService", "Another counselor has taken this contact."));
            else
                done(true, result.value.value<QueueItem>(), {});
        },
        this);
}

} // namespace minwon
