// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeDbPool.h"

#include "db/SqlConnection.h"

#include <QSqlError>
#include <QThread>

#include <chrono>
#include <memory>

namespace minwon {

namespace {

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString errorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

} // namespace

DbContext::DbContext(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DbContext::~DbContext() = default;

QSqlQuery& DbContext::exec(const QString& sql, const QVariantList& values, bool* ok)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            // Not kept: a statement that failed to prepare (an aborted
            // transaction, a lost connection) is prepared again next time.
            m_failed = std::move(query);
            *ok = false;
            return *m_failed;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *it->second;
    for (const QVariant& v : values)
        query.addBindValue(v);
    *ok = query.exec();
    return query;
}

bool DbContext::rollback()
{
    return m_db.isOpen() && m_db.rollback();
}

IntakeDbPool::IntakeDbPool(const ConnectionConfig& config, const QString& password, int threads,
                           QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_password(password)
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        QThread* thread = QThread::create([this, i] { workerLoop(i); });
        thread->setObjectName(QStringLiteral("intake-db-%1").arg(i));
        m_threads << thread;
        thread->start();
    }
}

IntakeDbPool::~IntakeDbPool()
{
    stop();
}

void IntakeDbPool::submit(Job job, Done done, bool transaction)
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        if (m_stopping) {
            DbJobResult result;
            result.failure = DbError::Kind::Unreachable;
            result.failureText = QStringLiteral("the gateway is stopping");
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
            return;
        }
        m_tasks.push_back(Task {std::move(job), std::move(done), transaction});
    }
    m_wake.notify_one();
}

int IntakeDbPool::queued() const
{
    std::lock_guard<std::mutex> guard(m_mutex);
    return int(m_tasks.size());
}

void IntakeDbPool::stop()
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        if (m_stopping && m_threads.isEmpty())
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void IntakeDbPool::runTask(DbContext& context, const Task& task, DbJobResult* out, bool* retry, bool* drop)
{
    DbJobResult& result = *out;
    QSqlDatabase& db = context.db();
    if (task.transaction && !db.transaction()) {
        result.failure = DbError::classify(db.lastError());
        result.failureText = errorText(db.lastError());
        *drop = true;
        // A stale connection (the server restarted since the last job).
        *retry = DbError::isTransient(result.failure) || result.failure == DbError::Kind::Other;
        return;
    }
    result = task.job(context);
    if (result.failure != DbError::Kind::None) {
        if (task.transaction && !result.rolledBack && db.isOpen())
            db.rollback();
        // Nothing was committed, so the whole job may run again on a fresh connection.
        *drop = *retry = DbError::isTransient(result.failure);
        return;
    }
    if (!task.transaction)
        return;
    if (!result.commit) {
        if (!result.rolledBack)
            db.rollback();
        return;
    }
    if (!db.commit()) {
        // The outcome is unknown; the client's retry with the same
        // idempotency key settles it.
        result.failure = DbError::classify(db.lastError());
        if (result.failure == DbError::Kind::None)
            result.failure = DbError::Kind::ConnectionLost;
        result.failureText = errorText(db.lastError());
        if (db.isOpen())
            db.rollback();
        *drop = DbError::isTransient(result.failure);
    }
}

void IntakeDbPool::workerLoop(int index)
{
    std::unique_ptr<SqlConnection> connection;
    std::unique_ptr<DbContext> context; // gone before its connection
    const QString tag = QStringLiteral("intake-%1").arg(index);
    while (true) {
        Task task;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                break; // stopping, and every queued job has run
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        DbJobResult result;
        // Any failure before COMMIT left nothing behind, so a job that met a
        // stale connection (the server restarted since the last job) is run
        // once more on a fresh one.
        for (int attempt = 0; attempt < 2; ++attempt) {
            result = DbJobResult();
            if (!connection) {
                if (nowMs() < m_downUntilMs.load()) {
                    result.failure = DbError::Kind::Unreachable;
                    result.failureText = QStringLiteral("the database was unreachable moments ago");
                    break;
                }
                connection = std::make_unique<SqlConnection>(m_config, m_password, tag);
                if (!connection->open()) {
                    const QSqlError error = connection->lastError();
                    result.failure = DbError::classify(error);
                    if (result.failure == DbError::Kind::None)
                        result.failure = DbError::Kind::Unreachable;
                    result.failureText = errorText(error);
                    connection.reset();
                    m_downUntilMs.store(nowMs() + m_retryDelayMs);
                    break;
                }
                context = std::make_unique<DbContext>(connection->db());
            }
            bool retry = false;
            bool drop = false;
            runTask(*context, task, &result, &retry, &drop);
            if (drop) {
                context.reset();
                connection.reset();
            }
            if (retry)
                continue;
            break;
        }
        Done done = std::move(task.done);
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    context.reset();
    connection.reset();
}

} // namespace minwon
