// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CaseRecord.h"
#include "local/LocalStore.h"

#include <QObject>
#include <QUuid>

namespace minwon {

class DbSession;

/// Writes made while the database was unreachable wait here, on this
/// computer, in order. When the session is back (subscribed again and
/// reloaded) they are replayed one by one with the operation id they were
/// first tried with, so a write that did land before the line broke is
/// recognised and not made twice. An entry leaves the outbox only once the
/// server confirmed it. A case somebody changed meanwhile goes to the normal
/// conflict dialog, never silently over the other change.
class OutboxService : public QObject
{
    Q_OBJECT
public:
    OutboxService(DbSession* session, LocalStore* store, QObject* parent = nullptr);

    /// Keeps a case save for later (replacing an earlier pending save of the
    /// same case). False if it could not be written to this computer.
    bool enqueueCase(const CaseRecord& record, const QUuid& operationId);
    int pendingCount() const;
    bool isReplaying() const { return m_replaying; }
    /// Sends what is pending, in order; stops at the first sign of an outage.
    void replay();

signals:
    void pendingChanged(int count);
    void replayProgress(int done, int total);
    void replayFinished(int sent, int remaining);
    void conflicted(const minwon::CaseRecord& mine);
    void rejected(const minwon::CaseRecord& mine, const QString& message);

private:
    void step();

    DbSession* m_session;
    LocalStore* m_store;
    QList<LocalStore::OutboxEntry> m_batch;
    bool m_replaying = false;
    int m_done = 0;
    int m_total = 0;
    int m_sent = 0;
};

} // namespace minwon
