// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace minwon {

class SqlConnection;

/// Where the admin tool works: the private server (default when no shared
/// server is configured, or with --local) or a shared server given by
/// options or the desk's settings.
struct AdminContext
{
    bool usePrivate = true;
    QString privateRoot;
    int tcpPort = 0;
    QString database = QStringLiteral("minwon");
    ConnectionConfig shared;
    mutable QString password; ///< from PGPASSWORD or a prompt; never stored
    /// Set by connect() when it had to start the private server; the tool
    /// stops it again when the command is done.
    mutable QString startedPrivateRoot;

    /// Takes the global options out of `args`. Unknown options stay for the
    /// command.
    static bool parse(QStringList& args, AdminContext* context, QString* error);
    static QString optionsHelp();

    /// Connects as the administrator; in private mode starts the server and
    /// creates the database first (no migration: the caller decides).
    std::unique_ptr<SqlConnection> connect(QString* error) const;
};

} // namespace minwon
