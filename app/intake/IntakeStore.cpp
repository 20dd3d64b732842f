// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeStore.h"

#include "db/DbError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace minwon::IntakeStore {

namespace {

// The advisory lock class of "one sender's conversation" ('INTA').
constexpr int kSenderLockClass = 0x494e5441;

void setReply(StoreReply* reply, int status, const QJsonObject& body, const QString& reason = {})
{
    reply->status = status;
    reply->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply->reason = reason;
}

void setError(StoreReply* reply, int status, const QString& reason, const QString& message,
              const QJsonObject& extra = {})
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("reason"), reason);
    error.insert(QStringLiteral("message"), message);
    setReply(reply, status, QJsonObject {{QStringLiteral("error"), error}}, reason);
}

/// A foreign key the connector named does not exist: which field, in words.
bool referenceError(const QSqlError& error, StoreReply* reply)
{
    if (error.nativeErrorCode() != QLatin1String("23503"))
        return false;
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("category_hint")))
        setError(reply, 422, QStringLiteral("unknown_category"),
                 QStringLiteral("\"category_hint\" names no category."),
                 {{QStringLiteral("field"), QStringLiteral("category_hint")}});
    else if (text.contains(QLatin1String("preferred_room")))
        setError(reply, 422, QStringLiteral("unknown_room"), QStringLiteral("\"room\" names no room."),
                 {{QStringLiteral("field"), QStringLiteral("room")}});
    else
        setError(reply, 422, QStringLiteral("unknown_channel"),
                 QStringLiteral("\"channel\" names no channel."),
                 {{QStringLiteral("field"), QStringLiteral("channel")}});
    return true;
}

struct InsertedContact
{
    QString id;
    QString state;
    QVariant arrivedAt;
    QString messageId;
};

/// Inserts the contact and, for text channels, its first message. False
/// with `result` failed, or with `reply` set when the connector named
/// something that does not exist.
bool insertContact(DbContext& db, const ContactInput& in, const QString& source, InsertedContact* out,
                   StoreReply* reply, DbJobResult* result)
{
    const QString message = IntakeInput::isTextChannel(in.channel) ? in.text : QString();
    bool ok = false;
    QSqlQuery& q = db.exec(
        QStringLiteral(
            "WITH c AS ("
            " INSERT INTO contacts (channel, sender, sender_display, preview, priority, preferred_room, "
            "  category_hint, source, external_ref) "
            " VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, nullif(?, 0)::smallint, nullif(?, ''), ?, "
            "  nullif(?, '')) "
            " RETURNING id, state, arrived_at), "
            "m AS ("
            " INSERT INTO contact_messages (contact_id, at, body) "
            " SELECT c.id, c.arrived_at, ?::text FROM c WHERE ?::text <> '' RETURNING id) "
            "SELECT c.id, c.state, c.arrived_at, (SELECT m.id FROM m) FROM c"),
        {in.channel, in.sender, in.senderDisplay,
         IntakeInput::leftCodePoints(in.text, IntakeInput::kMaxPreview), in.priority, in.room,
         in.categoryHint, source, in.externalRef, message, message},
        &ok);
    if (!ok || !q.next()) {
        *result = referenceError(q.lastError(), reply) ? refused(db) : failed(db, q.lastError());
        return false;
    }
    out->id = q.value(0).toString();
    out->state = q.value(1).toString();
    out->arrivedAt = q.value(2);
    out->messageId = q.value(3).toString();
    return true;
}

QJsonObject contactBody(const ContactInput& in, const InsertedContact& c)
{
    return QJsonObject {{QStringLiteral("contact_id"), c.id},
                        {QStringLiteral("state"), c.state},
                        {QStringLiteral("channel"), in.channel},
                        {QStringLiteral("sender"), in.sender},
                        {QStringLiteral("arrived_at"), isoTime(c.arrivedAt)}};
}

} // namespace

QString isoTime(const QVariant& timestamp)
{
    const QDateTime t = timestamp.toDateTime();
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

DbJobResult failed(DbContext& db, const QSqlError& error)
{
    DbJobResult r;
    db.rollback();
    r.rolledBack = true;
    r.failure = DbError::classify(error);
    if (r.failure == DbError::Kind::None)
        r.failure = DbError::Kind::Other;
    r.failureText = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return r;
}

DbJobResult refused(DbContext& db)
{
    DbJobResult r;
    db.rollback();
    r.rolledBack = true;
    return r;
}

bool claimIdempotency(DbContext& db, const IdempotencyKey& idem, StoreReply* reply, DbJobResult* result)
{
    if (idem.key.isEmpty())
        return true;
    bool ok = false;
    // A concurrent request with the same key waits here until the first one
    // has committed (then finds its row) or rolled back (then takes over).
    QSqlQuery& claim = db.exec(
        QStringLiteral("INSERT INTO intake_requests (connector_id, idem_key, request_hash, method, path) "
                       "VALUES (?::uuid, ?, ?, ?, ?) ON CONFLICT (connector_id, idem_key) DO NOTHING"),
        {idem.connectorId, idem.key, idem.requestHash, QString::fromLatin1(idem.method), idem.path}, &ok);
    if (!ok) {
        *result = failed(db, claim.lastError());
        return false;
    }
    if (claim.numRowsAffected() == 1)
        return true;
    QSqlQuery& q
        = db.exec(QStringLiteral("SELECT request_hash, status, response, contact_id FROM intake_requests "
                                 "WHERE connector_id = ?::uuid AND idem_key = ?"),
                  {idem.connectorId, idem.key}, &ok);
    if (!ok || !q.next()) {
        *result = failed(db, q.lastError());
        return false;
    }
    *result = DbJobResult();
    if (q.value(0).toString() != idem.requestHash) {
        setError(reply, 422, QStringLiteral("idempotency_conflict"),
                 QStringLiteral("This Idempotency-Key was used before with a different request."));
        return false;
    }
    reply->status = q.value(1).toInt();
    reply->body = q.value(2).toString().toUtf8();
    reply->contactId = q.value(3).toString();
    reply->replayed = true;
    const QJsonObject error
        = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("error")).toObject();
    reply->reason = error.value(QStringLiteral("reason")).toString();
    return false;
}

bool storeIdempotency(DbContext& db, const IdempotencyKey& idem, const StoreReply& reply, DbJobResult* result)
{
    if (idem.key.isEmpty())
        return true;
    bool ok = false;
    QSqlQuery& q = db.exec(
        QStringLiteral(
            "UPDATE intake_requests SET status = ?, response = ?, contact_id = nullif(?, '')::uuid "
            "WHERE connector_id = ?::uuid AND idem_key = ?"),
        {reply.status, QString::fromUtf8(reply.body), reply.contactId, idem.connectorId, idem.key}, &ok);
    if (!ok) {
        *result = failed(db, q.lastError());
        return false;
    }
    return true;
}

DbJobResult findConnector(DbContext& db, const QString& tokenHash, StoreReply* reply)
{
    bool ok = false;
    QSqlQuery& q
        = db.exec(QStringLiteral("SELECT id, name, array_to_string(channels, ','), rate_per_minute, burst, "
                                 "active FROM intake_connectors WHERE token_sha256 = ?"),
                  {tokenHash}, &ok);
    if (!ok)
        return failed(db, q.lastError());
    reply->found = q.next();
    if (reply->found) {
        reply->connector.id = q.value(0).toString();
        reply->connector.name = q.value(1).toString();
        reply->connector.channels = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        reply->connector.ratePerMinute = q.value(3).toInt();
        reply->connector.burst = q.value(4).toInt();
        reply->connector.active = q.value(5).toBool();
    }
    reply->status = 200;
    return DbJobResult();
}

DbJobResult createContact(DbContext& db, const IdempotencyKey& idem, const ContactInput& in,
                          const QString& source, StoreReply* reply)
{
    DbJobResult result;
    if (!claimIdempotency(db, idem, reply, &result))
        return result;
    InsertedContact c;
    if (!insertContact(db, in, source, &c, reply, &result))
        return result;
    setReply(reply, 201, contactBody(in, c));
    reply->contactId = c.id;
    if (!storeIdempotency(db, idem, *reply, &result))
        return result;
    result.commit = true;
    return result;
}

DbJobResult appendMessage(DbContext& db, const IdempotencyKey& idem, const ContactInput& in,
                          const QString& source, StoreReply* reply)
{
    DbJobResult result;
    if (!claimIdempotency(db, idem, reply, &result))
        return result;
    bool ok = false;
    // One sender's messages are taken one at a time, so two follow-ups that
    // arrive together do not open two conversations.
    QSqlQuery& lock = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"),
                              {kSenderLockClass, in.channel + QLatin1Char('\n') + in.sender}, &ok);
    if (!ok)
        return failed(db, lock.lastError());
    QSqlQuery& open
        = db.exec(QStringLiteral("SELECT id, state FROM contacts WHERE sender = ? AND channel = ? "
                                 "AND state IN ('waiting', 'offered', 'claimed') "
                                 "ORDER BY arrived_at DESC LIMIT 1"),
                  {in.sender, in.channel}, &ok);
    if (!ok)
        return failed(db, open.lastError());
    if (open.next()) {
        const QString contactId = open.value(0).toString();
        const QString state = open.value(1).toString();
        QSqlQuery& q = db.exec(
            QStringLiteral(
                "INSERT INTO contact_messages (contact_id, body) VALUES (?::uuid, ?) RETURNING id, at"),
            {contactId, in.text}, &ok);
        if (!ok || !q.next())
            return failed(db, q.lastError());
        setReply(reply, 200,
                 {{QStringLiteral("contact_id"), contactId},
                  {QStringLiteral("message_id"), q.value(0).toString()},
                  {QStringLiteral("appended"), true},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("at"), isoTime(q.value(1))}});
        reply->contactId = contactId;
    } else {
        InsertedContact c;
        if (!insertContact(db, in, source, &c, reply, &result))
            return result;
        QJsonObject body = contactBody(in, c);
        body.insert(QStringLiteral("message_id"), c.messageId);
        body.insert(QStringLiteral("appended"), false);
        setReply(reply, 201, body);
        reply->contactId = c.id;
    }
    if (!storeIdempotency(db, idem, *reply, &result))
        return result;
    result.commit = true;
    return result;
}

DbJobResult abandonContact(DbContext& db, const IdempotencyKey& idem, const QString& contactId,
                           const IntakeConnector& connector, const QString& source, StoreReply* reply)
{
    DbJobResult result;
    if (!claimIdempotency(db, idem, reply, &result))
        return result;
    bool ok = false;
    QSqlQuery& found
        = db.exec(QStringLiteral("SELECT channel, state, source FROM contacts WHERE id = ?::uuid FOR UPDATE"),
                  {contactId}, &ok);
    if (!ok)
        return failed(db, found.lastError());
    if (!found.next() || found.value(2).toString() != source) {
        // Another connector's contacts are not this one's business.
        setError(reply, 404, QStringLiteral("not_found"),
                 QStringLiteral("No contact of this connector has this id."));
    } else if (!connector.allows(found.value(0).toString())) {
        setError(
            reply, 403, QStringLiteral("channel_not_allowed"),
            QStringLiteral("This connector may not use the channel \"%1\".").arg(found.value(0).toString()));
    } else {
        QSqlQuery& q
            = db.exec(QStringLiteral(
                          "SELECT abandon_contact(?::uuid), (SELECT state FROM contacts WHERE id = ?::uuid)"),
                      {contactId, contactId}, &ok);
        if (!ok || !q.next())
            return failed(db, q.lastError());
        if (q.value(0).toBool()) {
            setReply(reply, 200,
                     {{QStringLiteral("contact_id"), contactId},
                      {QStringLiteral("abandoned"), true},
                      {QStringLiteral("state"), QStringLiteral("abandoned")}});
        } else {
            const QString state = q.value(1).toString();
            setError(reply, 409, QStringLiteral("contact_not_waiting"),
                     QStringLiteral("The contact is %1; only a waiting or offered contact can be abandoned.")
                         .arg(state),
                     {{QStringLiteral("state"), state}});
        }
        reply->contactId = contactId;
    }
    if (!storeIdempotency(db, idem, *reply, &result))
        return result;
    result.commit = true;
    return result;
}

DbJobResult health(DbContext& db, StoreReply* reply)
{
    bool ok = false;
    QSqlQuery& q
        = db.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"), {}, &ok);
    if (!ok || !q.next())
        return failed(db, q.lastError());
    setReply(reply, 200,
             {{QStringLiteral("status"), QStringLiteral("ok")},
              {QStringLiteral("database"), QStringLiteral("ok")},
              {QStringLiteral("schema_version"), q.value(0).toInt()}});
    return DbJobResult();
}

DbJobResult purgeIdempotency(DbContext& db, StoreReply* reply)
{
    bool ok = false;
    QSqlQuery& q
        = db.exec(QStringLiteral("DELETE FROM intake_requests WHERE created_at < now() - "
                                 "make_interval(days => app_setting_int('intake.idempotency_days', 7))"),
                  {}, &ok);
    if (!ok)
        return failed(db, q.lastError());
    setReply(reply, 200, {{QStringLiteral("purged"), q.numRowsAffected()}});
    DbJobResult result;
    result.commit = true;
    return result;
}

} // namespace minwon::IntakeStore
