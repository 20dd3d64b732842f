// SPDX-License-Identifier: Apache-2.0
#include "db/DbError.h"

#include <QCoreApplication>

namespace minwon::DbError {

namespace {

struct DbErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
};

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

Kind classify(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();

    if (code == QLatin1String("28P01") || code == QLatin1String("28000")
        || has(text, "password authentication failed") || has(text, "no password supplied")
        || has(text, "authentication failed") || (has(text, "role \"") && has(text, "does not exist")))
        return Kind::AuthFailed;
    if (code == QLatin1String("3D000") || (has(text, "database \"") && has(text, "does not exist")))
        return Kind::DatabaseMissing;
    if (has(text, "SSL") || has(text, "certificate") || has(text, "server does not support")
        || (has(text, "no pg_hba.conf entry") && has(text, "no encryption")))
        return Kind::TlsRefused;
    if (code == QLatin1String("25006") || has(text, "read-only") || has(text, "read only"))
        return Kind::ReadOnly;
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03")
        || has(text, "server closed the connection") || has(text, "terminating connection")
        || has(text, "no connection to the server") || has(text, "connection to server was lost")
        || has(text, "could not send data") || has(text, "could not receive data") || has(text, "SSL SYSCALL")
        || has(text, "Database not open"))
        return error.type() == QSqlError::ConnectionError && !has(text, "server closed")
            ? Kind::Unreachable
            : Kind::ConnectionLost;
    if (has(text, "could not connect") || has(text, "connection refused") || has(text, "timeout expired")
        || has(text, "could not translate host name") || has(text, "No such file or directory")
        || has(text, "No route to host") || has(text, "Network is unreachable")
        || has(text, "connection to server") || has(text, "Connection timed out"))
        return Kind::Unreachable;
    if (code == QLatin1String("42501") || has(text, "permission denied") || has(text, "row-level security"))
        return Kind::PermissionDenied;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("MW409"))
        return Kind::Conflict;
    if (code == QLatin1String("23505"))
        return Kind::Duplicate;
    if (code == QLatin1String("22001"))
        return Kind::TooLong;
    if (code.startsWith(QLatin1String("22")) || code.startsWith(QLatin1String("23")))
        return Kind::Invalid;
    if (error.type() == QSqlError::ConnectionError)
        return Kind::Unreachable;
    return Kind::Other;
}

bool isTransient(Kind kind)
{
    return kind == Kind::Unreachable || kind == Kind::ConnectionLost || kind == Kind::ReadOnly;
}

QString describe(Kind kind, const QString& detail)
{
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DriverMissing:
        message
            = DbErrorTr::tr("The PostgreSQL driver for Qt is missing. Install the package libqt6sql6-psql.");
        break;
    case Kind::Unreachable:
        message = DbErrorTr::tr(
            "The database server cannot be reached. Check that it is running and that the host "
            "and port are right.");
        break;
    case Kind::ConnectionLost:
        message = DbErrorTr::tr("The connection to the database server was lost.");
        break;
    case Kind::AuthFailed:
        message = DbErrorTr::tr("The server refused the user name or password.");
        break;
    case Kind::TlsRefused:
        message = DbErrorTr::tr(
            "The secure (TLS) connection was refused. Check the TLS mode and the root certificate.");
        break;
    case Kind::DatabaseMissing:
        message = DbErrorTr::tr(
            "The database does not exist on this server. Check its name or ask IT to create it.");
        break;
    case Kind::ReadOnly:
        message = DbErrorTr::tr("The server is a read-only standby; no primary server was found.");
        break;
    case Kind::PermissionDenied:
        message = DbErrorTr::tr("You do not have permission to do this.");
        break;
    case Kind::Conflict:
        message = DbErrorTr::tr("Someone else changed the same record at the same time.");
        break;
    case Kind::Invalid:
        message = DbErrorTr::tr("The database refused a value as invalid.");
        break;
    case Kind::TooLong:
        message = DbErrorTr::tr("A text is longer than the database allows.");
        break;
    case Kind::Duplicate:
        message = DbErrorTr::tr("This record already exists.");
        break;
    case Kind::SchemaTooNew:
        message = DbErrorTr::tr(
            "The database was upgraded by a newer version of MinwonDesk. Install the newer version.");
        break;
    case Kind::Other:
        message = DbErrorTr::tr("The database reported an error.");
        break;
    }
    const QString trimmed = detail.trimmed();
    if (!trimmed.isEmpty())
        message += QStringLiteral("\n(") + trimmed + QLatin1Char(')');
    return message;
}

QString describe(const QSqlError& error)
{
    return describe(classify(error),
                    error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::DriverMissing:
        return QStringLiteral("driver-missing");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::AuthFailed:
        return QStringLiteral("auth-failed");
    case Kind::TlsRefused:
        return QStringLiteral("tls-refused");
    case Kind::DatabaseMissing:
        return QStringLiteral("database-missing");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::TooLong:
        return QStringLiteral("too-long");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace minwon::DbError
