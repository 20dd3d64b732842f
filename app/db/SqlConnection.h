// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace minwon {

/// Quote a PostgreSQL identifier ("name" with doubled quotes).
QString quoteIdentifier(const QString& name);

/// One QSqlDatabase connection owned by the current thread, removed from Qt's
/// registry when this object goes away (Qt 6.4: a connection may only be used
/// by the thread that created it).
class SqlConnection
{
public:
    SqlConnection(const ConnectionConfig& config, const QString& password, const QString& tag);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    bool open(QString* error = nullptr);
    void close();
    bool isOpen() const;
    QSqlDatabase db() const;
    QString name() const { return m_name; }
    const ConnectionConfig& config() const { return m_config; }
    /// The error of the last open(), classified.
    QSqlError lastError() const;

private:
    ConnectionConfig m_config;
    QString m_password;
    QString m_name;
};

} // namespace minwon
