// SPDX-License-Identifier: Apache-2.0
#include "support/TestCluster.h"

#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace minwon::test {

namespace {

bool s_created = false;

PrivateServer::Options optionsFor(const QString& dir)
{
    PrivateServer::Options options;
    options.rootDir = dir;
    options.durable = false;
    options.maxConnections = 400;
    return options;
}

bool makeTemplates(PrivateServer& server, QString* error)
{
    // The migrated template.
    if (!server.ensureDatabase(TestCluster::migratedTemplate(), error))
        return false;
    {
        SqlConnection conn(server.connectionConfig(TestCluster::migratedTemplate()), {},
                           QStringLiteral("tpl"));
        if (!conn.open(error))
            return false;
        Migrator migrator(conn.db());
        if (!migrator.migrate(error))
            return false;
    }
    // The demo template: a small demo city (two days at 300 contacts a day).
    if (!server.ensureDatabase(TestCluster::demoTemplate(), error, TestCluster::migratedTemplate()))
        return false;
    {
        SqlConnection conn(server.connectionConfig(TestCluster::demoTemplate()), {},
                           QStringLiteral("tpl-demo"));
        if (!conn.open(error))
            return false;
        DemoSeeder::Options options;
        options.days = 2;
        options.perWeekday = 300;
        DemoSeeder seeder(conn.db(), options);
        if (!seeder.isSeeded(error)) {
            DemoSeeder::Stats stats;
            if (!seeder.seed(&stats, error))
                return false;
            // The demo's live states depend on the time of day it was seeded;
            // the counselors the tests sign in as start free, so a test that
            // takes a contact does not depend on the hour CI runs it.
            QSqlQuery q(conn.db());
            const QString used = QStringLiteral(
                "(SELECT id FROM people WHERE login ~ '^counselor(0[1-9]|1[0-9]|20|30|40|41)$')");
            // As the seeder's bulk history does: outside the live rules and notifications.
            if (!q.exec(QStringLiteral("SET session_replication_role = replica"))
                || !q.exec(
                    QStringLiteral("UPDATE contacts SET state = 'done', done_at = now(), "
                                   "state_changed_at = now() WHERE state = 'claimed' AND claimed_by IN ")
                    + used)
                || !q.exec(
                    QStringLiteral(
                        "UPDATE agent_status SET state = 'available', contact_id = NULL WHERE person_id IN ")
                    + used)
                || !q.exec(QStringLiteral("RESET session_replication_role"))) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace

TestCluster& TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
{
    QString dir = qEnvironmentVariable("MINWON_TEST_CLUSTER");
    if (dir.isEmpty()) {
        // Run by hand: a cluster of this process, removed at exit.
        m_ownDir = QDir::tempPath() + QStringLiteral("/minwon-test-")
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
        dir = m_ownDir;
    }
    m_server = std::make_unique<PrivateServer>(optionsFor(dir));
    QString error;
    if (m_server->start(&error) == PrivateServer::StartResult::Failed
        || (!m_ownDir.isEmpty() && !makeTemplates(*m_server, &error))) {
        std::fprintf(stderr, "test cluster: %s\n", qPrintable(error));
        std::abort();
    }
    s_created = true;
}

void TestCluster::shutdownOwn()
{
    // A cluster this process started is stopped before the application object
    // goes away; the fixture's cluster is left to db_cluster_cleanup.
    if (!s_created)
        return;
    TestCluster& self = instance();
    if (self.m_ownDir.isEmpty())
        return;
    self.m_server->stop();
    QDir(self.m_ownDir).removeRecursively();
    self.m_ownDir.clear();
}

PrivateServer& TestCluster::server()
{
    return *m_server;
}

int TestCluster::setupFixture(const QString& dir)
{
    // A leftover of an interrupted run is stopped and thrown away.
    {
        PrivateServer old(optionsFor(dir));
        if (old.isRunning())
            old.stop();
    }
    QDir(dir).removeRecursively();
    PrivateServer server(optionsFor(dir));
    QString error;
    if (server.start(&error) == PrivateServer::StartResult::Failed || !makeTemplates(server, &error)) {
        std::fprintf(stderr, "cluster set-up failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("test cluster ready in %s\n", qPrintable(dir));
    return 0;
}

int TestCluster::cleanupFixture(const QString& dir)
{
    PrivateServer server(optionsFor(dir));
    QString error;
    if (!server.stop(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QDir(dir).removeRecursively();
    return 0;
}

TestDatabase::TestDatabase(Kind kind)
    : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    QString error;
    const QString templ = kind == Kind::Empty ? QString()
        : kind == Kind::Migrated              ? TestCluster::migratedTemplate()
                                              : TestCluster::demoTemplate();
    if (!TestCluster::instance().server().ensureDatabase(m_name, &error, templ)) {
        std::fprintf(stderr, "cannot create test database: %s\n", qPrintable(error));
        std::abort();
    }
}

TestDatabase::~TestDatabase()
{
    TestCluster::instance().server().dropDatabase(m_name);
}

ConnectionConfig TestDatabase::config() const
{
    return TestCluster::instance().server().connectionConfig(m_name);
}

ConnectionConfig TestDatabase::configAs(const QString& login) const
{
    ConnectionConfig c = config();
    c.user = login;
    return c;
}

} // namespace minwon::test
