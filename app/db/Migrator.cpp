// SPDX-License-Identifier: Apache-2.0
#include "db/Migrator.h"

#include "db/DbError.h"
#include "db/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace minwon {

namespace {

struct MigratorTr
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

// Any number: all desks and admin tools migrating at once take turns.
constexpr qint64 kMigrationLockKey = 0x4d696e776f6e; // "Minwon"

} // namespace

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

QList<Migrator::Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    QDir dir(QStringLiteral(":/sql/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return result;
}

int Migrator::latestBundledVersion()
{
    const QList<Migration> all = bundled();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool Migrator::ensureTable(QString* error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version integer PRIMARY KEY,"
                                   " name text NOT NULL,"
                                   " applied_at timestamptz NOT NULL DEFAULT now(),"
                                   " applied_by text NOT NULL DEFAULT session_user)"))) {
        if (error)
            *error = DbError::describe(query.lastError());
        return false;
    }
    return true;
}

int Migrator::currentVersion(QString* error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"))) {
        if (error)
            *error = DbError::describe(query.lastError());
        return -1;
    }
    if (!query.next() || !query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
        || !query.next()) {
        if (error)
            *error = DbError::describe(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

Migrator::Status Migrator::status(QString* error) const
{
    const int current = currentVersion(error);
    if (current < 0)
        return Status::Error;
    if (current > latestVersion()) {
        if (error)
            *error = MigratorTr::tr(
                         "The database schema is at version %1 but this program knows only up to version %2. "
                         "It was upgraded by a newer MinwonDesk; install that version.")
                         .arg(current)
                         .arg(latestVersion());
        return Status::TooNew;
    }
    if (current == 0)
        return Status::Empty;
    return current < latestVersion() ? Status::NeedsMigration : Status::UpToDate;
}

bool Migrator::migrate(QString* error, const std::function<void(const Migration&)>& onApply)
{
    if (status(error) == Status::TooNew)
        return false;
    // The bookkeeping table is created under the same lock as the migrations,
    // so two desks starting at once do not race on it.
    if (!m_db.transaction()) {
        if (error)
            *error = DbError::describe(m_db.lastError());
        return false;
    }
    {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(kMigrationLockKey);
        if (!lock.exec() || !ensureTable(error)) {
            if (error && error->isEmpty())
                *error = DbError::describe(lock.lastError());
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        if (error)
            *error = DbError::describe(m_db.lastError());
        return false;
    }

    for (const Migration& migration : std::as_const(m_migrations)) {
        if (!m_db.transaction()) {
            if (error)
                *error = DbError::describe(m_db.lastError());
            return false;
        }
        QSqlQuery query(m_db);
        auto fail = [&](const QString& message) {
            if (error)
                *error = message;
            m_db.rollback();
            return false;
        };
        query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        query.addBindValue(kMigrationLockKey);
        if (!query.exec())
            return fail(DbError::describe(query.lastError()));
        // Checked under the lock: another desk may have applied it meanwhile.
        query.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        if (!query.exec() || !query.next())
            return fail(DbError::describe(query.lastError()));
        const int current = query.value(0).toInt();
        if (current > latestVersion())
            return fail(
                MigratorTr::tr("The database schema is newer (version %1) than this program (version %2).")
                    .arg(current)
                    .arg(latestVersion()));
        if (current >= migration.version) {
            m_db.rollback();
            continue;
        }
        if (onApply)
            onApply(migration);
        const QList<SqlStatement> statements = splitSqlScript(migration.sql);
        for (const SqlStatement& statement : statements) {
            if (!query.exec(statement.text))
                return fail(MigratorTr::tr("Migration %1 (%2) failed at line %3: %4")
                                .arg(migration.version, 4, 10, QLatin1Char('0'))
                                .arg(migration.name)
                                .arg(statement.line)
                                .arg(query.lastError().databaseText()));
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        if (!query.exec())
            return fail(DbError::describe(query.lastError()));
        if (!m_db.commit())
            return fail(DbError::describe(m_db.lastError()));
    }
    return true;
}

} // namespace minwon
