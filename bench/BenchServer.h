// SPDX-License-Identifier: Apache-2.0
// The throwaway PostgreSQL a benchmark runs against.
#pragma once

#include "db/PrivateServer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace minwon::bench {

/// A private server with the database "bench", in a temporary directory
/// (or in `keepDir`, left in place afterwards) that the server's own user
/// may enter: benchmarks may run as root, and the server then runs as an
/// unprivileged user. When it cannot start, isReady() is false and the
/// reason has been printed.
class BenchServer
{
public:
    explicit BenchServer(PrivateServer::Options options, const QString& keepDir = QString())
        : m_temp(QDir::tempPath() + QStringLiteral("/minwon-bench-XXXXXX"))
    {
        const QString root = keepDir.isEmpty() ? m_temp.path() : keepDir;
        QDir().mkpath(root);
        QFile::setPermissions(root,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        options.rootDir = root;
        m_server = std::make_unique<PrivateServer>(options);
        QString error;
        m_ready = m_server->start(&error) != PrivateServer::StartResult::Failed
            && m_server->ensureDatabase(QStringLiteral("bench"), &error);
        if (!m_ready)
            std::fprintf(stderr, "%s\n", qPrintable(error));
    }

    bool isReady() const { return m_ready; }
    PrivateServer& server() { return *m_server; }

private:
    QTemporaryDir m_temp; // outlives the server, which is stopped first
    std::unique_ptr<PrivateServer> m_server;
    bool m_ready = false;
};

} // namespace minwon::bench
