// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace minwon {

/// Applies the numbered SQL migrations bundled in the resources
/// (`:/sql/migrations/NNNN_name.sql`), each in one transaction, recorded in
/// `schema_migrations`. Refuses a schema newer than this build knows.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    enum class Status
    {
        UpToDate,
        NeedsMigration,
        TooNew,
        Empty,
        Error
    };

    explicit Migrator(QSqlDatabase db, QList<Migration> migrations = bundled());

    static QList<Migration> bundled();
    static int latestBundledVersion();

    /// Highest applied version, 0 when the schema is empty, -1 on error.
    int currentVersion(QString* error = nullptr) const;
    Status status(QString* error = nullptr) const;
    int latestVersion() const;

    /// Applies what is missing. Returns false (and says why) on error or
    /// when the schema is newer than this build.
    bool migrate(QString* error = nullptr, const std::function<void(const Migration&)>& onApply = {});

private:
    bool ensureTable(QString* error) const;

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace minwon
