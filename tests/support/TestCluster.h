// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"
#include "db/PrivateServer.h"

#include <QString>

#include <memory>

namespace minwon::test {

/// The throwaway PostgreSQL of a test run. Under ctest it is started once by
/// the db_cluster_setup fixture (MINWON_TEST_CLUSTER names its directory);
/// a test binary run by hand starts its own in a temporary directory.
class TestCluster
{
public:
    static TestCluster& instance();
    PrivateServer& server();

    /// Set-up of the fixture: start, create the migrated template and the
    /// demo template. Returns a process exit code.
    static int setupFixture(const QString& dir);
    static int cleanupFixture(const QString& dir);
    /// Stops a cluster this process started for itself (run by hand).
    static void shutdownOwn();

    static QString migratedTemplate() { return QStringLiteral("minwon_template"); }
    static QString demoTemplate() { return QStringLiteral("minwon_demo_template"); }

private:
    TestCluster();
    std::unique_ptr<PrivateServer> m_server;
    QString m_ownDir;
};

/// A database of its own for one test, dropped at the end.
class TestDatabase
{
public:
    enum class Kind
    {
        Empty,
        Migrated,
        Demo
    };
    explicit TestDatabase(Kind kind = Kind::Migrated);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    QString name() const { return m_name; }
    /// As the cluster's superuser.
    ConnectionConfig config() const;
    /// As a demo person (login role).
    ConnectionConfig configAs(const QString& login) const;

private:
    QString m_name;
};

} // namespace minwon::test
