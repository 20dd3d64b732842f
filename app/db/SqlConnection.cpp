// SPDX-License-Identifier: Apache-2.0
#include "db/SqlConnection.h"

#include "db/DbError.h"

#include <QAtomicInteger>
#include <QThread>

namespace minwon {

namespace {
QAtomicInteger<quint64> s_counter;
}

QString quoteIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

SqlConnection::SqlConnection(const ConnectionConfig& config, const QString& password, const QString& tag)
    : m_config(config)
    , m_password(password)
    , m_name(QStringLiteral("minwon-%1-%2").arg(tag).arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setDatabaseName(config.database);
    db.setUserName(config.user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(config.connectOptions());
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isValid()) {
        if (error)
            *error = DbError::describe(DbError::Kind::DriverMissing, {});
        return false;
    }
    if (db.open())
        return true;
    if (error)
        *error = DbError::describe(db.lastError());
    return false;
}

void SqlConnection::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    db.close();
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqlConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlError SqlConnection::lastError() const
{
    return QSqlDatabase::database(m_name, false).lastError();
}

} // namespace minwon
