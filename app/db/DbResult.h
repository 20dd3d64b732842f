// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"

#include <QSqlError>
#include <QVariant>

namespace minwon {

/// What a database job returns to the thread that asked for it.
struct DbResult
{
    bool ok = false;
    QVariant value;
    QSqlError error;
    DbError::Kind kind = DbError::Kind::None;
    QString message; ///< human-readable, set on failure

    static DbResult success(QVariant value = {})
    {
        DbResult r;
        r.ok = true;
        r.value = std::move(value);
        return r;
    }
    static DbResult failure(const QSqlError& error)
    {
        DbResult r;
        r.error = error;
        r.kind = DbError::classify(error);
        r.message = DbError::describe(error);
        return r;
    }
    static DbResult failure(DbError::Kind kind, const QString& message)
    {
        DbResult r;
        r.kind = kind;
        r.message = message;
        return r;
    }
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::DbResult)
