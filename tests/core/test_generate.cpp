// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "generate/DataGenerator.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using minwon::DataGenerator;
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

// Four months across the first COVID-19 wave, at a twentieth of the volume.
DataGenerator::Options smallRun(quint32 seed)
{
    DataGenerator::Options o;
    o.start = QDate(2019, 12, 1);
    o.years = 0.34; // to early April 2020: violation reports began in March
    o.scale = 0.05;
    o.kbArticles = 500;
    o.seed = seed;
    return o;
}

QString checksum(QSqlDatabase db)
{
    return text(
        db,
        QStringLiteral(
            "SELECT md5((SELECT string_agg(id::text || channel || sender || arrived_at::text || state, ',' "
            "ORDER BY id) FROM contacts) || (SELECT string_agg(id::text || contact_id::text || "
            "subcategory_code || coalesce(citizen_name, '') || opened_at::text || summary, ',' ORDER BY id) "
            "FROM cases) || (SELECT string_agg(article_id || version_no || md5(body) || effective_from, "
            "',' ORDER BY article_id, version_no) FROM kb_versions) || (SELECT string_agg(case_id::text "
            "|| article_id || version_no, ',' ORDER BY case_id, article_id) FROM case_quotes))"));
}

struct Generated
{
    QString checksum;
    QString indexes;
    DataGenerator::Stats stats;
};

Generated generateInto(quint32 seed, bool rebuildIndexes = true)
{
    TestDatabase tdb;
    SqlConnection conn(tdb.config(), {}, QStringLiteral("gen%1").arg(seed));
    REQUIRE(conn.open());
    Generated g;
    QString error;
    DataGenerator::Options options = smallRun(seed);
    options.rebuildIndexes = rebuildIndexes;
    DataGenerator generator(conn.db(), options);
    INFO(error.toStdString());
    REQUIRE(generator.run(&g.stats, &error));
    g.checksum = checksum(conn.db());
    g.indexes = text(conn.db(),
                     QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM "
                                    "pg_indexes WHERE schemaname = 'public'"));
    return g;
}

} // namespace

TEST_CASE("Generated history has the brief's shape and holds together", "[db][generate]")
{
    TestDatabase tdb;
    SqlConnection conn(tdb.config(), {}, QStringLiteral("generate"));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();

    DataGenerator generator(db, smallRun(7));
    const qint64 expected = generator.expectedContacts();
    // 840,000 a year in a COVID year, 580,000 without: a twentieth of a third
    // with one COVID month is between the two.
    CHECK(expected > 580000 * 0.05 / 3 * 0.9);
    CHECK(expected < 840000 * 0.05 / 3 * 1.1);
    DataGenerator::Stats stats;
    QString error;
    int calls = 0;
    qint64 lastDone = -1;
    const bool ok = generator.run(&stats, &error, [&](qint64 done, qint64 total, qint64) {
        ++calls;
        CHECK(done >= lastDone);
        CHECK(total == expected);
        lastDone = done;
    });
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(calls >= 120); // once a day
    CHECK(std::abs(stats.contacts - expected) < expected / 20);

    // Counts in the database match what the generator reports.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contacts")) == stats.contacts);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM cases")) == stats.cases);
    CHECK(stats.cases + stats.abandoned == stats.contacts);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contact_events")) == stats.events);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM kb_articles")) == 500);
    CHECK(stats.versions > 700); // several versions for most articles
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM kb_versions WHERE status = 'superseded'")) > 200);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM forwards f JOIN departments d ON d.code = "
                                "f.department_code WHERE d.kind = 'enforcement' AND f.report_id IS NOT NULL"))
          == stats.reports);
    CHECK(stats.reports > 0);
    CHECK(stats.callbacks > 0);
    CHECK(stats.reviews > 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM cases WHERE state = 'approved'")) > 0);

    // Abandonment: phone callers give up sometimes, a few percent.
    const double abandoned = double(stats.abandoned) / double(stats.contacts);
    CHECK(abandoned > 0.01);
    CHECK(abandoned < 0.12);

    // Shape: weekdays busier than Sundays, mornings than nights, phone ~80 %.
    const double weekday = number(db,
                                  QStringLiteral("SELECT count(*) / count(DISTINCT arrived_at::date)::float "
                                                 "FROM contacts WHERE extract(isodow FROM arrived_at) "
                                                 "BETWEEN 1 AND 5"));
    const double sunday = number(db,
                                 QStringLiteral("SELECT count(*) / count(DISTINCT arrived_at::date)::float "
                                                "FROM contacts WHERE extract(isodow FROM arrived_at) = 7"));
    CHECK(weekday > 1.5 * sunday);
    const double ten = number(db,
                              QStringLiteral("SELECT count(*) FROM contacts WHERE extract(hour FROM "
                                             "arrived_at) = 10"));
    const double three = number(db,
                                QStringLiteral("SELECT count(*) FROM contacts WHERE extract(hour FROM "
                                               "arrived_at) = 3"));
    CHECK(ten > 10 * three);
    const double phone = number(db, QStringLiteral("SELECT avg((channel = 'phone')::int) FROM contacts"));
    CHECK(phone > 0.75);
    CHECK(phone < 0.85);
    // COVID-19: nothing in December 2019, a large share in the Daegu wave.
    const double covidDecember = number(db,
                                        QStringLiteral("SELECT avg((category_code = 'covid19')::int) FROM "
                                                       "cases WHERE opened_at < '2020-01-01'"));
    const double covidMarch = number(db,
                                     QStringLiteral("SELECT avg((category_code = 'covid19')::int) FROM cases "
                                                    "WHERE opened_at >= '2020-02-20'"));
    CHECK(covidDecember == 0);
    CHECK(covidMarch > 0.3);
    const double perDayDecember
        = number(db,
                 QStringLiteral("SELECT count(*) / 31.0 FROM contacts WHERE arrived_at "
                                "< '2020-01-01'"));
    const double perDayWave
        = number(db,
                 QStringLiteral("SELECT count(*) / 10.0 FROM contacts WHERE arrived_at >= "
                                "'2020-02-19' AND arrived_at < '2020-02-29'"));
    CHECK(perDayWave > 1.3 * perDayDecember);

    // No orphans, and guidance quoted was in force that day.
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM contacts c LEFT JOIN cases x ON x.id = c.case_id "
                                "WHERE (c.state = 'done') <> (x.id IS NOT NULL)"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM cases c LEFT JOIN contacts x ON x.id = c.contact_id "
                                "WHERE x.id IS NULL OR x.case_id <> c.id"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM case_quotes q LEFT JOIN kb_versions v USING "
                                "(article_id, version_no) WHERE v.article_id IS NULL OR q.quoted_at::date < "
                                "v.effective_from OR q.quoted_at::date > coalesce(v.effective_until, "
                                "'infinity') OR v.status = 'draft'"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM cases c LEFT JOIN people p ON p.id = c.counselor_id "
                                "WHERE p.id IS NULL OR p.role <> 'counselor'"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM contact_events e LEFT JOIN contacts c ON c.id = "
                                "e.contact_id WHERE c.id IS NULL"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM forwards f LEFT JOIN cases c ON c.id = f.case_id LEFT "
                                "JOIN violation_reports r ON r.id = f.report_id WHERE c.id IS NULL OR "
                                "(f.report_id IS NOT NULL AND r.id IS NULL)"))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM case_reviews r LEFT JOIN cases c ON c.id = r.case_id "
                                "WHERE c.id IS NULL"))
          == 0);
    // Every foreign key the schema declares holds: drop and add each again,
    // which makes PostgreSQL check every row.
    QSqlQuery q(db);
    QSqlQuery fks(db);
    REQUIRE(fks.exec(
        QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM "
                       "pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace")));
    int validated = 0;
    while (fks.next()) {
        const QString table = fks.value(0).toString();
        const QString name = fks.value(1).toString();
        INFO(table.toStdString() + " " + name.toStdString());
        CHECK(q.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 %3")
                         .arg(table, name, fks.value(2).toString())));
        ++validated;
    }
    CHECK(validated > 30);

    // A second run needs --reset.
    DataGenerator again(db, smallRun(7));
    CHECK_FALSE(again.run(nullptr, &error));
    CHECK(error.contains(QStringLiteral("--reset")));
    DataGenerator::Options reset = smallRun(7);
    reset.reset = true;
    reset.years = 1.0 / 12; // December 2019 only
    DataGenerator::Stats resetStats;
    DataGenerator replace(db, reset);
    REQUIRE(replace.run(&resetStats, &error));
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM contacts")) == resetStats.contacts);
    CHECK(number(db, QStringLiteral("SELECT max(arrived_at) < '2020-01-01' FROM contacts")) == 1);
}

TEST_CASE("Generated history depends on the seed only", "[db][generate]")
{
    const Generated a = generateInto(11, false); // indexes kept during the load
    const Generated b = generateInto(11); // dropped for the load and built again
    const Generated c = generateInto(12);
    CHECK(a.checksum.size() == 32);
    CHECK(a.checksum == b.checksum);
    CHECK(a.indexes.contains(QStringLiteral("contacts_arrived_idx")));
    CHECK(a.indexes == b.indexes);
    CHECK(a.stats.contacts == b.stats.contacts);
    CHECK(a.checksum != c.checksum);
}

TEST_CASE("minwon-admin generate explains its arguments", "[db][generate][admin]")
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/minwon-gen-XXXXXX"));
    qputenv("MINWON_SETTINGS", QFile::encodeName(dir.filePath(QStringLiteral("settings.conf"))));
    const QStringList bad[] = {
        {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("50")},
        {QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("many")},
        {QStringLiteral("generate"), QStringLiteral("--start"), QStringLiteral("2020-13-01")},
        {QStringLiteral("generate"), QStringLiteral("--seed")},
        {QStringLiteral("generate"), QStringLiteral("--colour")},
    };
    for (const QStringList& args : bad) {
        QString out, err;
        QTextStream o(&out), e(&err);
        minwon::AdminCli cli(o, e);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(cli.run(QStringList {QStringLiteral("--data-dir"), dir.path()} + args)
              == minwon::AdminCli::Usage);
        e.flush();
        CHECK(err.contains(QStringLiteral("Usage: minwon-admin generate")));
    }
}

TEST_CASE("The tables' owner without superuser rights can generate too", "[db][generate]")
{
    // Without replica mode: user triggers switched off for the load, foreign
    // keys checked per row (contacts_case_fk deferred to the end).
    TestDatabase tdb;
    {
        SqlConnection admin(tdb.config(), {}, QStringLiteral("owner-setup"));
        REQUIRE(admin.open());
        QSqlQuery q(admin.db());
        REQUIRE(q.exec(
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'gen_owner') THEN CREATE ROLE gen_owner LOGIN NOSUPERUSER; END IF; END $$")));
        REQUIRE(
            q.exec(QStringLiteral("DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables "
                                  "WHERE schemaname = 'public' LOOP EXECUTE format('ALTER TABLE %I OWNER TO "
                                  "gen_owner', t); END LOOP; END $$")));
        // The functions too, as when the owner ran the migrations (not the
        // extensions' own functions).
        REQUIRE(q.exec(QStringLiteral(
            "DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid::regprocedure FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP "
            "EXECUTE format('ALTER FUNCTION %s OWNER TO gen_owner', f); END LOOP; END $$")));
        // As the schema's owner would: indexes are built again after the load.
        REQUIRE(q.exec(QStringLiteral("GRANT CREATE, USAGE ON SCHEMA public TO gen_owner")));
    }
    SqlConnection conn(tdb.configAs(QStringLiteral("gen_owner")), {}, QStringLiteral("owner"));
    REQUIRE(conn.open());
    QSqlDatabase db = conn.db();
    CHECK(text(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) == "false");
    DataGenerator::Options options = smallRun(5);
    options.years = 1.0 / 12;
    options.start = QDate(2020, 3, 1);
    DataGenerator::Stats stats;
    QString error;
    DataGenerator generator(db, options);
    const bool ok = generator.run(&stats, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(stats.reports > 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM cases")) == stats.cases);
    // The triggers are on again: a new contact gets its waiting event.
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'contacts'::regclass AND "
                                "NOT tgisinternal AND tgenabled = 'D'"))
          == 0);
}
