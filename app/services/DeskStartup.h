// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "demo/DemoSeeder.h"

#include <QString>

#include <functional>

namespace minwon {

/// What a desk or the admin tool needs before its first query: the private
/// server running (or the shared one reachable), the database migrated (the
/// private one migrates itself; a shared one must be migrated by IT), and in
/// demo mode the demo data loaded. Blocking: run it in a worker thread when a
/// window is on screen.
struct StartupRequest
{
    bool usePrivateServer = true;
    QString privateRoot; ///< empty: PrivateServer::defaultRootDir()
    int privateTcpPort = 0;
    QString database = QStringLiteral("minwon");
    ConnectionConfig shared; ///< used when !usePrivateServer
    QString password; ///< shared mode only; never stored
    QString login; ///< the person to sign in as; empty: the config's user
    bool seedDemo = false; ///< load the demo data when the database has none
    DemoSeeder::Options demo;
};

struct StartupOutcome
{
    bool ok = false;
    QString error;
    ConnectionConfig sessionConfig; ///< how the desk's session connects
    QString password;
    bool startedPrivateServer = false;
    QString privateRoot;
    int schemaVersion = 0;
    bool seeded = false;
};

using StartupProgress = std::function<void(const QString&)>;

StartupOutcome prepareDatabase(const StartupRequest& request, const StartupProgress& progress = {});

/// Stops the private server at exit if this process started it and no other
/// program (another desk, the simulator) is still connected.
bool stopPrivateServerIfIdle(const QString& privateRoot, QString* message = nullptr);

} // namespace minwon
