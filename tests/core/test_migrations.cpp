// SPDX-License-Identifier: Apache-2.0
#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>

using minwon::Migrator;
using minwon::SqlConnection;
using minwon::test::TestDatabase;

namespace {
int count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("Bundled migrations are numbered without gaps", "[migrations]")
{
    const auto all = Migrator::bundled();
    REQUIRE(all.size() >= 3);
    for (int i = 0; i < all.size(); ++i) {
        INFO(all[i].name.toStdString());
        CHECK(all[i].version == i + 1);
        CHECK_FALSE(all[i].sql.trimmed().isEmpty());
    }
}

TEST_CASE("A fresh database migrates to the latest version, and again is a no-op", "[db][migrations]")
{
    TestDatabase tdb(TestDatabase::Kind::Empty);
    SqlConnection conn(tdb.config(), {}, QStringLiteral("mig"));
    REQUIRE(conn.open());
    Migrator migrator(conn.db());
    CHECK(migrator.status() == Migrator::Status::Empty);
    CHECK(migrator.currentVersion() == 0);

    QStringList applied;
    QString error;
    REQUIRE(migrator.migrate(&error, [&](const Migrator::Migration& m) { applied << m.name; }));
    CHECK(applied.size() == Migrator::latestBundledVersion());
    CHECK(migrator.currentVersion() == Migrator::latestBundledVersion());
    CHECK(migrator.status() == Migrator::Status::UpToDate);

    // The tables the other parts of the product stand on.
    for (const char* table :
         {"people", "rooms", "channels", "categories", "contacts", "contact_events", "cases", "kb_articles",
          "kb_versions", "case_quotes", "departments", "forwards", "violation_reports", "audit_log",
          "pii_reveals", "applied_ops", "agent_status"}) {
        INFO(table);
        CHECK(count(conn.db(),
                    QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                   "AND tablename = '%1'")
                        .arg(QLatin1String(table)))
              == 1);
    }
    // timestamptz everywhere: no column is a timestamp without time zone.
    CHECK(count(conn.db(),
                QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                               "'public' AND data_type = 'timestamp without time zone'"))
          == 0);
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM rooms")) == 2);
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM channels")) == 8);
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM categories WHERE parent_code IS NULL")) == 8);

    applied.clear();
    REQUIRE(migrator.migrate(&error, [&](const Migrator::Migration& m) { applied << m.name; }));
    CHECK(applied.isEmpty());
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM schema_migrations"))
          == Migrator::latestBundledVersion());
}

TEST_CASE("A schema newer than this build is refused", "[db][migrations]")
{
    TestDatabase tdb;
    SqlConnection conn(tdb.config(), {}, QStringLiteral("mig-new"));
    REQUIRE(conn.open());
    QSqlQuery q(conn.db());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from_the_future')")));
    Migrator migrator(conn.db());
    QString error;
    CHECK(migrator.status(&error) == Migrator::Status::TooNew);
    CHECK(error.contains(QStringLiteral("9999")));
    error.clear();
    CHECK_FALSE(migrator.migrate(&error));
    CHECK(error.contains(QStringLiteral("newer")));
}

TEST_CASE("A failing migration leaves nothing behind", "[db][migrations]")
{
    TestDatabase tdb(TestDatabase::Kind::Empty);
    SqlConnection conn(tdb.config(), {}, QStringLiteral("mig-fail"));
    REQUIRE(conn.open());
    const QList<Migrator::Migration> migrations {
        {1, QStringLiteral("good"), QStringLiteral("CREATE TABLE good (x int);")},
        {2, QStringLiteral("bad"),
         QStringLiteral(
             "CREATE TABLE half (x int);\nINSERT INTO half VALUES (1);\nSELECT * FROM missing_table;")}};
    Migrator migrator(conn.db(), migrations);
    QString error;
    CHECK_FALSE(migrator.migrate(&error));
    CHECK(error.contains(QStringLiteral("0002")));
    CHECK(error.contains(QStringLiteral("line 3")));
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'good'")) == 1);
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'half'")) == 0);
    CHECK(migrator.currentVersion() == 1);
}

TEST_CASE("Desks migrating at the same moment apply each migration once", "[db][migrations]")
{
    TestDatabase tdb(TestDatabase::Kind::Empty);
    const auto config = tdb.config();
    std::atomic<int> failures {0};
    QList<QThread*> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([config, i, &failures] {
            SqlConnection conn(config, {}, QStringLiteral("mig-race-%1").arg(i));
            QString error;
            if (!conn.open(&error)) {
                ++failures;
                return;
            }
            Migrator migrator(conn.db());
            if (!migrator.migrate(&error)) {
                ++failures;
                qWarning("%s", qPrintable(error));
            }
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    CHECK(failures == 0);
    SqlConnection conn(config, {}, QStringLiteral("mig-race-check"));
    REQUIRE(conn.open());
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM schema_migrations"))
          == Migrator::latestBundledVersion());
    CHECK(count(conn.db(), QStringLiteral("SELECT count(*) FROM channels")) == 8);
}
