// SPDX-License-Identifier: Apache-2.0
#include "db/SqlConnection.h"
#include "demo/DemoSeeder.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QTimeZone>

using minwon::DemoSeeder;
using minwon::SqlConnection;
using minwon::test::TestDatabase;

namespace {
double number(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
        return -1;
    }
    return q.value(0).toDouble();
}

QString text(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("ERROR ") + q.lastError().text();
    return q.value(0).toString();
}
} // namespace

TEST_CASE("The demo city loads with the expected people, guidance and cases", "[db][demo]")
{
    TestDatabase tdb;
    SqlConnection conn(tdb.config(), {}, QStringLiteral("demo"));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();

    DemoSeeder::Options options;
    options.days = 3;
    options.perWeekday = 400;
    options.now = QDateTime(QDate(2026, 11, 27), QTime(15, 0), QTimeZone("Asia/Seoul")); // a Friday afternoon
    DemoSeeder seeder(db, options);
    CHECK_FALSE(seeder.isSeeded());
    DemoSeeder::Stats stats;
    QString error;
    REQUIRE(seeder.seed(&stats, &error));
    INFO(error.toStdString());
    CHECK(seeder.isSeeded());

    // People: 50 counselors in two rooms, and the other roles, each a login role.
    CHECK(stats.counselors == 50);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM people WHERE role = 'counselor' AND room_id = 1"))
          == 25);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM people WHERE role = 'counselor' AND room_id = 2"))
          == 25);
    for (const char* role : {"supervisor", "kb_editor", "kb_approver", "department", "admin"}) {
        INFO(role);
        CHECK(number(db,
                     QStringLiteral("SELECT count(*) FROM people WHERE role = '%1'").arg(QLatin1String(role)))
              >= 1);
    }
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM people p JOIN pg_roles r ON r.rolname = p.login "
                                "WHERE r.rolcanlogin"))
          == stats.people);
    CHECK(text(db, QStringLiteral("SELECT pg_has_role('counselor07', 'minwon_counselor', 'MEMBER')::text"))
          == QStringLiteral("true"));
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM departments WHERE kind = 'enforcement'")) >= 4);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM departments WHERE kind = 'disaster_hq'")) == 1);

    // Guidance: 60+ articles, several with superseded versions, some in force today.
    CHECK(stats.articles >= 60);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM kb_articles")) == stats.articles);
    CHECK(number(db,
                 QStringLiteral(
                     "SELECT count(DISTINCT article_id) FROM kb_versions WHERE status = 'superseded'"))
          >= 8);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM kb_versions WHERE is_correction")) >= 1);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM kb_versions WHERE status = 'published' AND "
                                "effective_from <= DATE '2026-11-27' AND "
                                "coalesce(effective_until, DATE '9999-12-31') >= DATE '2026-11-27'"))
          >= 50);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM kb_versions WHERE approved_by = author_id")) == 0);

    // Cases: the counts the seeder reports are in the tables.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contacts")) == stats.contacts);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM cases")) == stats.cases);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contacts WHERE state = 'abandoned'"))
          == stats.abandoned);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contacts WHERE state = 'waiting'"))
          == stats.waiting);
    CHECK(stats.waiting == options.liveWaiting);
    CHECK(stats.cases + stats.abandoned + stats.waiting == stats.contacts);
    // Three weekdays and a partial Friday at 400 a weekday: roughly 1,300 to 1,600.
    CHECK(stats.contacts > 1200);
    CHECK(stats.contacts < 1700);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM case_quotes")) == stats.quotes);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contact_events WHERE state = 'waiting'"))
          == stats.contacts);

    // Nothing happened after the moment the demo is seeded for: texts that
    // waited long were answered by then, not in the future. (The live queue's
    // arrivals are recorded by the trigger at the real clock.)
    const QString at = QStringLiteral("TIMESTAMPTZ '2026-11-27 15:00:00+09'");
    CHECK(
        number(db,
               QStringLiteral("SELECT count(*) FROM cases WHERE opened_at > %1 OR completed_at > %1").arg(at))
        == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM contacts WHERE greatest(arrived_at, claimed_at, "
                                "done_at, abandoned_at) > %1")
                     .arg(at))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM contact_events WHERE state <> 'waiting' AND at > %1")
                     .arg(at))
          == 0);

    // The brief's mix: COVID-19 about 31 %, phone most.
    const double covid
        = number(db, QStringLiteral("SELECT avg((category_code = 'covid19')::int) FROM cases"));
    CHECK(covid > 0.24);
    CHECK(covid < 0.38);
    const double tax = number(db, QStringLiteral("SELECT avg((category_code = 'tax')::int) FROM cases"));
    CHECK(tax > 0.10);
    CHECK(tax < 0.20);
    const double phone = number(db, QStringLiteral("SELECT avg((channel = 'phone')::int) FROM contacts"));
    CHECK(phone > 0.7);
    CHECK(number(db, QStringLiteral("SELECT count(DISTINCT channel) FROM contacts")) >= 6);
    // Every violation report is forwarded to an enforcement team.
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM violation_reports v WHERE NOT EXISTS (SELECT 1 FROM "
                                "forwards f JOIN departments d ON d.code = f.department_code "
                                "WHERE f.report_id = v.id AND d.kind = 'enforcement')"))
          == 0);
    // Triggers are back on after the bulk load.
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'cases'::regclass "
                                "AND NOT tgisinternal AND tgenabled = 'D'"))
          == 0);

    // Loading again is refused by isSeeded; --reset loads the same data again.
    DemoSeeder::Options again = options;
    again.reset = true;
    DemoSeeder reseeder(db, again);
    DemoSeeder::Stats second;
    REQUIRE(reseeder.seed(&second, &error));
    CHECK(second.cases == stats.cases);
    CHECK(second.contacts == stats.contacts);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM cases")) == stats.cases);
}

TEST_CASE("The demo is deterministic for a seed and a moment", "[db][demo]")
{
    auto fingerprint = [](quint32 seed) {
        TestDatabase tdb;
        SqlConnection conn(tdb.config(), {}, QStringLiteral("demo-fp"));
        REQUIRE(conn.open());
        DemoSeeder::Options options;
        options.days = 1;
        options.perWeekday = 150;
        options.seed = seed;
        options.now = QDateTime(QDate(2026, 11, 25), QTime(11, 0), QTimeZone("Asia/Seoul"));
        DemoSeeder seeder(conn.db(), options);
        DemoSeeder::Stats stats;
        QString error;
        REQUIRE(seeder.seed(&stats, &error));
        return text(conn.db(),
                    QStringLiteral("SELECT md5(string_agg(id::text || summary || coalesce(wrapup_code, ''), "
                                   "',' ORDER BY id)) FROM cases"));
    };
    const QString a = fingerprint(7);
    CHECK(a == fingerprint(7));
    CHECK(a != fingerprint(8));
}
