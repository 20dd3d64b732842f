// SPDX-License-Identifier: Apache-2.0
#include "services/QueueService.h"

#include "db/DbSession.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>

namespace minwon {

namespace {

struct QueueServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)
};

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.channel, coalesce(nullif(c.sender_display, ''), c.sender), c.preview, c.priority, "
    " coalesce(c.preferred_room, 0), c.state, c.arrived_at, c.claimed_by, coalesce(p.display_name, ''), "
    " c.state_changed_at, c.sender, c.offered_to, c.offered_at "
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
    item.offeredTo = QUuid::fromString(q.value(12).toString());
    item.offeredAt = q.value(13).toDateTime();
    return item;
}

bool isLive(const QString& state)
{
    return state == QLatin1String("waiting") || state == QLatin1String("offered")
        || state == QLatin1String("claimed");
}

DbResult fetchOne(QSqlQuery& q, const QVariant& id)
{
    q.prepare(kSelect + QStringLiteral("WHERE c.id = ?::uuid"));
    q.addBindValue(id);
    if (!q.exec())
        return DbResult::failure(q.lastError());
    if (!q.next())
        return DbResult::success();
    return DbResult::success(QVariant::fromValue(readItem(q)));
}

// The database's refusals carry a hint naming the rule; say it in words.
QString explain(const DbResult& result)
{
    const QString text = result.error.databaseText();
    if (text.contains(QLatin1String("finish the current contact first")))
        return QueueServiceTr::tr("Finish the current contact first (complete its case with a result).");
    if (text.contains(QLatin1String("a transfer needs a reason")))
        return QueueServiceTr::tr("A transfer needs a reason.");
    if (text.contains(QLatin1String("cannot transfer to yourself")))
        return QueueServiceTr::tr("You cannot transfer a contact to yourself.");
    if (text.contains(QLatin1String("not a registered person")))
        return QueueServiceTr::tr("Your login is not registered as a person.");
    return result.message;
}

} // namespace

QueueService::QueueService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_offerTimer(new QTimer(this))
{
    qRegisterMetaType<minwon::QueueItem>();
    m_offerTimer->setSingleShot(true);
    connect(m_offerTimer, &QTimer::timeout, this, &QueueService::expireOffers);
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
            for (const QueueItem& item : std::as_const(m_items))
                watchOffer(item);
        },
        this);
}

void QueueService::onChanged(const QString&, const QString& id)
{
    const QUuid contactId = QUuid::fromString(id);
    m_session->run(
        [contactId](QSqlDatabase& db) {
            QSqlQuery q(db);
            return fetchOne(q, contactId.toString(QUuid::WithoutBraces));
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
            watchOffer(item);
        },
        this);
}

void QueueService::watchOffer(const QueueItem& item)
{
    const bool offeredToMe
        = item.state == QLatin1String("offered") && !m_me.isNull() && item.offeredTo == m_me;
    if (offeredToMe && !m_offersToMe.contains(item.id)) {
        m_offersToMe.insert(item.id);
        emit offered(item);
    } else if (!offeredToMe && m_offersToMe.remove(item.id)) {
        emit offerWithdrawn(item.id);
    }
    if (item.state == QLatin1String("offered") && item.offeredAt.isValid()) {
        // Any desk that sees an offer also sees it run out: no polling, and a
        // desk that died while its phone rang cannot hold the call.
        const qint64 due
            = QDateTime::currentDateTimeUtc().msecsTo(item.offeredAt.addSecs(m_offerTimeoutSeconds));
        const qint64 wait = qBound(qint64(0), due + 250, qint64(3600) * 1000);
        if (!m_offerTimer->isActive() || m_offerTimer->remainingTime() > wait)
            m_offerTimer->start(int(wait));
    }
}

void QueueService::expireOffers()
{
    m_session->run([](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT expire_offers()")))
            return DbResult::failure(q.lastError());
        return DbResult::success();
    });
    // Offers still pending (made after this one) get their own timer.
    for (const QueueItem& item : std::as_const(m_items))
        if (item.state == QLatin1String("offered") && item.offeredAt.isValid()
            && item.offeredAt.addSecs(m_offerTimeoutSeconds) > QDateTime::currentDateTimeUtc())
            watchOffer(item);
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
            q.prepare(QStringLiteral("SELECT claim_next(nullif(?, 0)::smallint)"));
            q.addBindValue(roomId);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            if (q.isNull(0))
                return DbResult::success();
            return fetchOne(q, q.value(0));
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(false, {}, explain(result));
            else if (!result.value.isValid())
                done(false, {}, QueueServiceTr::tr("No contact is waiting."));
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
            q.prepare(QStringLiteral("SELECT claim_contact(?::uuid)"));
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            if (!q.value(0).toBool())
                return DbResult::success();
            return fetchOne(q, id.toString(QUuid::WithoutBraces));
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(false, {}, explain(result));
            else if (!result.value.isValid())
                done(false, {}, QueueServiceTr::tr("Another counselor has taken this contact."));
            else
                done(true, result.value.value<QueueItem>(), {});
        },
        this);
}

void QueueService::runBool(const QString& sql, const QVariantList& values, const QString& refusal, Done done)
{
    m_session->run(
        [sql, values](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            if (!q.exec() || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(q.value(0).toBool());
        },
        [done, refusal](const DbResult& result) {
            if (!done)
                return;
            if (!result.ok)
                done(false, explain(result));
            else if (!result.value.toBool())
                done(false, refusal);
            else
                done(true, {});
        },
        this);
}

void QueueService::release(const QUuid& id, Done done)
{
    runBool(QStringLiteral("SELECT release_contact(?::uuid)"), {id.toString(QUuid::WithoutBraces)},
            QueueServiceTr::tr("This contact is not yours to release."), std::move(done));
}

void QueueService::transfer(const QUuid& id, const QUuid& person, int room, const QString& reason, Done done)
{
    runBool(QStringLiteral("SELECT transfer_contact(?::uuid, ?::uuid, nullif(?, 0)::smallint, ?)"),
            {id.toString(QUuid::WithoutBraces),
             person.isNull() ? QVariant(QMetaType::fromType<QString>())
                             : QVariant(person.toString(QUuid::WithoutBraces)),
             room, reason},
            QueueServiceTr::tr("This contact is not yours to transfer."), std::move(done));
}

void QueueService::finish(const QUuid& id, Done done)
{
    runBool(QStringLiteral("SELECT finish_contact(?::uuid)"), {id.toString(QUuid::WithoutBraces)},
            QueueServiceTr::tr("This contact is not in your hands."), std::move(done));
}

void QueueService::decline(const QUuid& id, Done done)
{
    runBool(QStringLiteral("SELECT decline_offer(?::uuid)"), {id.toString(QUuid::WithoutBraces)},
            QueueServiceTr::tr("The call is no longer offered to you."), std::move(done));
}

} // namespace minwon
