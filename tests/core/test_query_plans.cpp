// SPDX-License-Identifier: Apache-2.0
// The queries the app runs at scale can use the index they were measured
// with (docs/slow-queries.md). On the demo database (a few thousand rows)
// the planner may rightly prefer a sequential scan, so the plans are taken
// with enable_seqscan = off: that checks that the index is *usable* by the
// query as the app writes it (same predicate, same order), not which plan
// wins on small tables; the times at six years are in docs/slow-queries.md.
// The SQL below repeats the app's (the file named for each): change both.
#include "db/SqlConnection.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using minwon::SqlConnection;
using minwon::test::TestDatabase;

namespace {

void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

void collectIndexes(const QJsonObject& node, QStringList* names)
{
    const QString index = node.value(QStringLiteral("Index Name")).toString();
    if (!index.isEmpty())
        names->append(index);
    const QJsonArray children = node.value(QStringLiteral("Plans")).toArray();
    for (const QJsonValue& child : children)
        collectIndexes(child.toObject(), names);
}

// A text as an SQL literal (EXPLAIN cannot be prepared with parameters).
QString literal(const QString& text)
{
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The indexes the plan of sql uses, with sequential scans disabled.
QStringList planIndexes(QSqlDatabase db, const QString& sql)
{
    exec(db, QStringLiteral("SET enable_seqscan = off"));
    QSqlQuery q(db);
    INFO(sql.toStdString());
    const bool ok = q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + sql) && q.next();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    const QJsonArray plans = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    REQUIRE(plans.size() == 1);
    QStringList names;
    collectIndexes(plans.at(0).toObject().value(QStringLiteral("Plan")).toObject(), &names);
    exec(db, QStringLiteral("RESET enable_seqscan"));
    return names;
}

QString scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE((q.exec(sql) && q.next()));
    return q.value(0).toString();
}

} // namespace

TEST_CASE("The app's queries at scale can use their indexes", "[db][plans]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    SqlConnection owner(tdb.config(), {}, QStringLiteral("plans-owner"));
    REQUIRE(owner.open());
    QSqlDatabase db = owner.db();
    // A live queue on top of the demo's history: waiting and claimed contacts.
    exec(db,
         QStringLiteral("INSERT INTO contacts (channel, sender, preview, priority, state) "
                        "SELECT 'phone', '0105550' || lpad(g::text, 4, '0'), '문의', g % 2, 'waiting' "
                        "FROM generate_series(1, 30) g"));
    exec(db, QStringLiteral("ANALYZE"));
    const QString sender = scalar(db,
                                  QStringLiteral("SELECT sender FROM cases WHERE sender IS NOT NULL "
                                                 "GROUP BY sender ORDER BY count(*) DESC, sender LIMIT 1"));
    REQUIRE(!sender.isEmpty());

    // claim_next picks from the live contacts only (0004 claim_next)
    {
        CHECK(planIndexes(
                  db,
                  QStringLiteral("SELECT id FROM contacts WHERE state = 'waiting' ORDER BY priority DESC, "
                                 "(preferred_room IS NOT NULL AND preferred_room IS DISTINCT FROM "
                                 "1::smallint), arrived_at FOR UPDATE SKIP LOCKED LIMIT 1"))
                  .contains(QStringLiteral("contacts_live_idx")));
    }
    // The queue list reads the live contacts only (QueueService)
    {
        const QStringList used
            = planIndexes(db,
                          QStringLiteral("SELECT c.id, c.state, coalesce(p.display_name, '') FROM contacts c "
                                         "LEFT JOIN people p ON p.id = c.claimed_by "
                                         "WHERE c.state IN ('waiting', 'offered', 'claimed') "
                                         "ORDER BY c.priority DESC, c.arrived_at"));
        CHECK(used.contains(QStringLiteral("contacts_live_idx")));
    }
    // A caller's history is found by the sender (CaseService::loadHistory)
    {
        CHECK(
            planIndexes(db,
                        QStringLiteral("SELECT c.id FROM cases c LEFT JOIN people p ON p.id = c.counselor_id "
                                       "WHERE c.sender = %1 ORDER BY c.opened_at DESC LIMIT 50")
                            .arg(literal(sender)))
                .contains(QStringLiteral("cases_sender_idx")));
    }
    // The supervisor's case table is read by the day (ReportStore)
    {
        const QString day = QStringLiteral(" WHERE c.opened_at >= report_day_start(current_date - 1) "
                                           "AND c.opened_at < report_day_start(current_date)");
        CHECK(planIndexes(db, QStringLiteral("SELECT count(*) FROM cases c") + day)
                  .contains(QStringLiteral("cases_opened_idx")));
        CHECK(planIndexes(db,
                          QStringLiteral("SELECT c.id FROM cases c") + day
                              + QStringLiteral(" ORDER BY c.opened_at DESC, c.id DESC LIMIT 200 OFFSET 0"))
                  .contains(QStringLiteral("cases_opened_idx")));
    }
    // A department reads its reports through an index on forwards.report_id (row-level security)
    {
        SqlConnection department(tdb.configAs(QStringLiteral("dept_east1")), {},
                                 QStringLiteral("plans-dept"));
        REQUIRE(department.open());
        REQUIRE(scalar(department.db(), QStringLiteral("SELECT count(*) FROM violation_reports")).toInt()
                > 0);
        CHECK(planIndexes(department.db(),
                          QStringLiteral("SELECT v.kind, v.place_address FROM forwards f "
                                         "LEFT JOIN violation_reports v ON v.id = f.report_id "
                                         "WHERE f.state <> 'closed'"))
                  .contains(QStringLiteral("forwards_report_idx")));
    }
    // The surge alert runs without the JIT compiler
    {
        CHECK(scalar(db,
                     QStringLiteral("SELECT array_to_string(proconfig, ',') FROM pg_proc "
                                    "WHERE oid = 'report_surges(timestamptz)'::regprocedure"))
                  .contains(QStringLiteral("jit=off")));
    }
}
