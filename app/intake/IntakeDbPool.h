// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "db/DbError.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

class QThread;

namespace minwon {

/// What a database job of the gateway decided.
struct DbJobResult
{
    bool commit = false; ///< commit the transaction (else it is rolled back)
    /// Set when a statement failed: the transaction is rolled back and, when
    /// the failure is transient, the connection is renewed.
    DbError::Kind failure = DbError::Kind::None;
    QString failureText;
    /// The job rolled back itself (a failed statement's query must not
    /// outlive an aborted transaction, or its DEALLOCATE fails).
    bool rolledBack = false;
    QVariant value; ///< what the job hands back to the gateway's thread
};

/// A job's view of its connection: the database and its prepared
/// statements, each prepared once per connection and then reused (one round
/// trip per statement instead of three).
class DbContext
{
public:
    explicit DbContext(QSqlDatabase db);
    ~DbContext();
    DbContext(const DbContext&) = delete;
    DbContext& operator=(const DbContext&) = delete;

    QSqlDatabase& db() { return m_db; }
    /// Binds `values` to the statement (prepared on first use) and runs it.
    /// The query stays valid until the next exec() of the same SQL; on
    /// failure `ok` is false and lastError() says why.
    QSqlQuery& exec(const QString& sql, const QVariantList& values, bool* ok);
    bool rollback();

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failed;
};

/// A few threads, each with its own connection (Qt 6.4: one connection per
/// thread), that run the gateway's database jobs in order of arrival so
/// that the HTTP event loop never waits on the database. Each job runs in
/// one transaction (or none, for checks). A lost connection is renewed on
/// the next job; while the server cannot be reached, jobs fail at once for
/// a short time instead of each waiting for a connect timeout.
class IntakeDbPool : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<DbJobResult(DbContext& db)>;
    using Done = std::function<void(const DbJobResult& result)>;

    IntakeDbPool(const ConnectionConfig& config, const QString& password, int threads,
                 QObject* parent = nullptr);
    ~IntakeDbPool() override;

    /// Queues a job; `done` runs in this object's thread afterwards. When the
    /// database is unavailable, `done` gets failure Unreachable/ConnectionLost.
    void submit(Job job, Done done, bool transaction = true);
    /// Lets the queued jobs finish, then ends the threads.
    void stop();
    int queued() const;
    /// After this many ms without a connection, jobs fail fast until then.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

private:
    struct Task
    {
        Job job;
        Done done;
        bool transaction = true;
    };
    void workerLoop(int index);
    /// One attempt: begin, run, commit or roll back. `retry` when the job may
    /// run again on a fresh connection; `drop` when this one is dead.
    static void runTask(DbContext& db, const Task& task, DbJobResult* result, bool* retry, bool* drop);

    ConnectionConfig m_config;
    QString m_password;
    QList<QThread*> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::atomic<qint64> m_downUntilMs {0};
    int m_retryDelayMs = 500;
};

} // namespace minwon
