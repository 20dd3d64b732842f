// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlError>
#include <QString>

namespace minwon {

/// Turns driver errors into what a person can act on: the server cannot be
/// reached, the password is wrong, TLS was refused, the database is missing…
namespace DbError {

enum class Kind
{
    None,
    DriverMissing,
    Unreachable, ///< no server answered (down, wrong host, firewall, timeout)
    ConnectionLost, ///< an open connection broke
    AuthFailed,
    TlsRefused,
    DatabaseMissing,
    ReadOnly, ///< connected to a standby
    PermissionDenied,
    Conflict, ///< serialization failure, deadlock, version conflict
    Invalid, ///< bad input refused by a constraint or type
    TooLong,
    Duplicate,
    SchemaTooNew,
    Other
};

Kind classify(const QSqlError& error);
/// True when retrying later on a new connection may succeed.
bool isTransient(Kind kind);
QString describe(Kind kind, const QString& detail);
QString describe(const QSqlError& error);
QString kindName(Kind kind);

} // namespace DbError

} // namespace minwon
