// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace minwon {

/// Where a desk finds its database. Either the private server the desk runs
/// itself (a unix socket in a private directory) or a shared server with one
/// or more hosts (primary and standby of the two counseling rooms).
///
/// A password is never part of the stored settings: it is asked for at sign-in
/// or taken from libpq's password file.
struct ConnectionConfig
{
    enum class Mode
    {
        Private,
        Shared
    };

    Mode mode = Mode::Private;
    QStringList hosts; ///< host names, IP addresses or socket directories
    int port = 5432;
    QString database = QStringLiteral("minwon");
    QString user;
    QString sslMode = QStringLiteral("prefer"); ///< libpq sslmode
    QString sslRootCert; ///< path to the CA certificate for verify-ca/verify-full
    QString applicationName = QStringLiteral("minwon-desk");
    int connectTimeoutSeconds = 5;
    bool readWrite = true; ///< ask libpq for a read-write session (finds the primary)

    /// The libpq keywords QPSQL understands, separated by ';'. Host and port are
    /// included here because a multi-host list cannot go through setHostName().
    QString connectOptions() const;

    /// Plain-language check of the fields; empty when usable.
    QString validate() const;

    bool operator==(const ConnectionConfig&) const = default;

    void save(QSettings& settings) const;
    static ConnectionConfig load(QSettings& settings);

    static QString modeName(Mode mode);
    static const QStringList& sslModes();
};

} // namespace minwon
