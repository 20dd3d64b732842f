// SPDX-License-Identifier: Apache-2.0
#include "services/OutboxService.h"

#include "db/DbSession.h"
#include "local/LocalStore.h"
#include "services/CaseWriter.h"

#include <QTimer>

namespace minwon {

namespace {
constexpr int kMaxAttempts = 3;
const QString kCaseSave = QStringLiteral("case.save");
} // namespace

OutboxService::OutboxService(DbSession* session, LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    // After the services' own reloads (connected earlier), so the replay runs
    // on a fresh view of the database.
    connect(m_session, &DbSession::reconnected, this,
            [this] { QTimer::singleShot(0, this, &OutboxService::replay); });
}

bool OutboxService::enqueueCase(const CaseRecord& record, const QUuid& operationId)
{
    const bool ok
        = m_store->enqueue(kCaseSave, record.id.toString(QUuid::WithoutBraces), record.toJson(), operationId)
        > 0;
    emit pendingChanged(pendingCount());
    return ok;
}

int OutboxService::pendingCount() const
{
    return qMax(0, m_store->pendingCount());
}

void OutboxService::replay()
{
    if (m_replaying)
        return;
    m_batch = m_store->pending(100000);
    m_total = int(m_batch.size());
    if (m_total == 0)
        return;
    m_replaying = true;
    m_done = 0;
    m_sent = 0;
    emit replayProgress(0, m_total);
    step();
}

void OutboxService::step()
{
    if (m_done >= m_batch.size()) {
        m_replaying = false;
        m_batch.clear();
        emit pendingChanged(pendingCount());
        emit replayFinished(m_sent, pendingCount());
        return;
    }
    const LocalStore::OutboxEntry entry = m_batch.at(m_done);
    const CaseRecord record = CaseRecord::fromJson(entry.payload);
    const QUuid op = entry.opId;
    m_session->run(
        [record, op](QSqlDatabase& db) {
            const CaseWriteResult r = writeCase(db, record, op);
            if (r.status == CaseWriteResult::Status::Failed)
                return DbResult::failure(r.error);
            return DbResult::success(int(r.status));
        },
        [this, entry, record](const DbResult& result) {
            if (!result.ok && DbError::isTransient(result.kind)) {
                // Out again: stop here, the rest waits for the next reconnect.
                m_replaying = false;
                m_batch.clear();
                emit pendingChanged(pendingCount());
                emit replayFinished(m_sent, pendingCount());
                return;
            }
            ++m_done;
            if (result.ok) {
                // Confirmed by the server (or recognised as already there).
                m_store->markDone(entry.seq);
                if (result.value.toInt() == int(CaseWriteResult::Status::Conflict))
                    emit conflicted(record);
                else
                    ++m_sent;
            } else if (entry.attempts + 1 >= kMaxAttempts) {
                // Refused for good (a rule or a limit): handed back to the
                // person instead of retried forever.
                m_store->markDone(entry.seq);
                emit rejected(record, result.message);
            } else {
                m_store->markFailed(entry.seq, result.message);
            }
            emit replayProgress(m_done, m_total);
            step();
        },
        this);
}

} // namespace minwon
