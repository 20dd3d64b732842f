// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "intake/IntakeDbPool.h"
#include "intake/IntakeInput.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace minwon {

/// A system allowed to call the gateway, found by its token's hash.
struct IntakeConnector
{
    QString id;
    QString name;
    QStringList channels;
    int ratePerMinute = 600;
    int burst = 60;
    bool active = false;

    bool allows(const QString& channel) const { return channels.contains(channel); }
};

/// The idempotency key of a request and what identifies its content.
struct IdempotencyKey
{
    QString connectorId;
    QString key; ///< empty: the request is not idempotent (Open311 without a key)
    QString requestHash;
    QByteArray method;
    QString path;
};

/// The answer a database job prepared for the client.
struct StoreReply
{
    int status = 500;
    QByteArray body; ///< JSON
    bool replayed = false; ///< the stored answer to an earlier request with the same key
    QString reason; ///< error reason, empty on success
    QString contactId;
    QString caseId;
    /// For the connector lookup.
    bool found = false;
    IntakeConnector connector;
};

/// The gateway's SQL, one function per job, each run by IntakeDbPool inside
/// one transaction. Parameterised statements only. The idempotency record
/// is written in the same transaction as the contact it stands for, so a
/// retry either finds both or neither.
namespace IntakeStore {

DbJobResult findConnector(DbContext& db, const QString& tokenHash, StoreReply* reply);
DbJobResult createContact(DbContext& db, const IdempotencyKey& idem, const ContactInput& in,
                          const QString& source, StoreReply* reply);
/// Appends to the open contact (waiting, offered or claimed) of the same
/// sender in the same channel, or creates a new contact when there is none.
DbJobResult appendMessage(DbContext& db, const IdempotencyKey& idem, const ContactInput& in,
                          const QString& source, StoreReply* reply);
/// Only contacts this connector created (source) in its allowed channels.
DbJobResult abandonContact(DbContext& db, const IdempotencyKey& idem, const QString& contactId,
                           const IntakeConnector& connector, const QString& source, StoreReply* reply);
DbJobResult health(DbContext& db, StoreReply* reply);
/// Forgets idempotency records older than intake.idempotency_days.
DbJobResult purgeIdempotency(DbContext& db, StoreReply* reply);

/// Shared by the Open311 jobs: claims the key or finds the earlier answer.
/// Returns true when the job should go on (a new key, or no key).
bool claimIdempotency(DbContext& db, const IdempotencyKey& idem, StoreReply* reply, DbJobResult* result);
bool storeIdempotency(DbContext& db, const IdempotencyKey& idem, const StoreReply& reply,
                      DbJobResult* result);
/// Marks the job failed with the statement's error, after rolling the
/// transaction back (call it while the failed query still exists).
DbJobResult failed(DbContext& db, const QSqlError& error);
/// Rolls back now, for a refusal found by a failed statement.
DbJobResult refused(DbContext& db);

/// ISO 8601 in UTC with a "Z", as the API writes times.
QString isoTime(const QVariant& timestamp);

} // namespace IntakeStore

} // namespace minwon
