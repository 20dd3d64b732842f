// SPDX-License-Identifier: Apache-2.0
// The supervisor's figures against a small fixture day computed by hand, the
// rollup against the raw rows, surges, the review rules, the case filter and
// the CSV.
#include "core/test_reports_fixture.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "db/SqlScript.h"
#include "reports/CaseReviewService.h"
#include "reports/DailyReport.h"
#include "reports/FiguresService.h"
#include "reports/ReportCsv.h"
#include "reports/ReportStore.h"
#include "reports/SurgeService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace minwon;
using minwon::test::kDay;
using minwon::test::kFixture;
using minwon::test::seoul;
using minwon::test::TestDatabase;

namespace {

struct Owner
{
    explicit Owner(const TestDatabase& db)
        : conn(db.config(), {}, QStringLiteral("owner"))
    {
        REQUIRE(conn.open());
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(conn.db());
        INFO(sql.toStdString());
        if (!q.exec(sql))
            FAIL(q.lastError().text().toStdString());
    }
    void script(const char* sql)
    {
        for (const SqlStatement& s : splitSqlScript(QString::fromUtf8(sql)))
            exec(s.text);
    }
    QVariant one(const QString& sql)
    {
        QSqlQuery q(conn.db());
        if (!q.exec(sql) || !q.next())
            FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
        return q.value(0);
    }
    FigureSet figures(const QDate& from, const QDate& to, const QDateTime& now, bool korean = false)
    {
        QSqlDatabase db = conn.db();
        const DbResult r = ReportStore::loadFigures(db, from, to, korean, now);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return r.value.value<FigureSet>();
    }
    SqlConnection conn;
};

void checkFixtureDay(const FigureSet& f)
{
    const FigureMeasures& t = f.total;
    CHECK(t.contacts == 8);
    CHECK(t.answered == 6);
    CHECK(t.abandoned == 2);
    CHECK(t.shortAbandoned == 1);
    CHECK(t.answeredInSl == 5);
    CHECK(t.waitMs == 1873000); // 10 + 30 + 1800 + 5 + 20 + 8 s
    CHECK(t.handled == 5);
    CHECK(t.talkMs == 1320000); // 180 + 120 + 600 + 300 + 120 s
    CHECK(t.acwMs == 310000); // 60 + 30 + 120 + 60 + 40 s
    CHECK(t.casesCompleted == 6);
    CHECK(t.fcrResolved == 4);
    CHECK(t.callbacks == 1);
    // The rates: 5 ÷ (6 + 2 − 1), 1,873 s ÷ 6, 1,630 s ÷ 5, 2 ÷ 8, 4 ÷ 6.
    CHECK(*t.serviceLevel() == Approx(5.0 / 7.0));
    CHECK(*t.asaSeconds() == Approx(1873.0 / 6.0));
    CHECK(*t.ahtSeconds() == Approx(326.0));
    CHECK(*t.abandonRate() == Approx(0.25));
    CHECK(*t.fcrRate() == Approx(4.0 / 6.0));

    // Per channel against its own threshold: phone 4 of (5 + 2 − 1), KakaoTalk 1 of 1.
    const FigureRow* phone = f.find(FigureDimension::Channel, QStringLiteral("phone"));
    REQUIRE(phone);
    CHECK(phone->m.contacts == 7);
    CHECK(phone->m.answeredInSl == 4);
    CHECK(*phone->m.serviceLevel() == Approx(4.0 / 6.0));
    CHECK(phone->thresholdSeconds == 20);
    CHECK(phone->targetPct == Approx(80));
    const FigureRow* kakao = f.find(FigureDimension::Channel, QStringLiteral("kakao_channel"));
    REQUIRE(kakao);
    CHECK(kakao->m.contacts == 1);
    CHECK(*kakao->m.serviceLevel() == Approx(1.0));
    // Every active channel is listed, with or without contacts.
    CHECK(f.byChannel.size() == 8);
    CHECK(!f.find(FigureDimension::Channel, QStringLiteral("fax"))->m.serviceLevel());

    // By hour of arrival: the contact of 23:50 stays on this day although it was answered after midnight.
    REQUIRE(f.byHour.size() == 24);
    CHECK(f.byHour.at(9).m.contacts == 2);
    CHECK(f.byHour.at(10).m.abandoned == 2);
    CHECK(f.byHour.at(23).m.contacts == 1);
    CHECK(f.byHour.at(23).m.talkMs == 600000);
    CHECK(f.byHour.at(23).m.acwMs == 120000);
    CHECK(f.byHour.at(11).m.contacts == 0); // the visitor's case: a case, not a contact
    CHECK(f.byHour.at(11).m.casesCompleted == 1);
    CHECK(f.byHour.at(0).m.contacts == 0); // the call of 23:59:59 the day before is not here

    // By category (top level), counselor and room.
    CHECK(f.find(FigureDimension::Category, QStringLiteral("tax"))->m.contacts == 3);
    CHECK(f.find(FigureDimension::Category, QStringLiteral("tax"))->m.fcrResolved == 2);
    CHECK(f.find(FigureDimension::Category, QString())->m.abandoned == 2);
    CHECK(f.find(FigureDimension::Category, QStringLiteral("transport"))->m.casesCompleted == 1);
    const FigureRow* a
        = f.find(FigureDimension::Counselor, QStringLiteral("00000000-0000-0000-0000-00000000000a"));
    REQUIRE(a);
    CHECK(a->label == QStringLiteral("김상담"));
    CHECK(a->m.answered == 3);
    CHECK(a->m.fcrResolved == 3);
    const FigureRow* b
        = f.find(FigureDimension::Counselor, QStringLiteral("00000000-0000-0000-0000-00000000000b"));
    REQUIRE(b);
    CHECK(b->m.casesCompleted == 3);
    CHECK(b->m.fcrResolved == 1);
    CHECK(b->m.callbacks == 1);
    CHECK(f.find(FigureDimension::Room, QStringLiteral("1"))->m.answered == 3);
    CHECK(f.find(FigureDimension::Room, QStringLiteral("2"))->m.answeredInSl == 2);
    CHECK(f.find(FigureDimension::Room, QString())->m.abandoned == 2);
}

QList<std::pair<QString, FigureMeasures>> flatten(const FigureSet& f)
{
    QList<std::pair<QString, FigureMeasures>> rows {{QStringLiteral("total"), f.total}};
    for (FigureDimension d : {FigureDimension::Hour, FigureDimension::Channel, FigureDimension::Category,
                              FigureDimension::Counselor, FigureDimension::Room, FigureDimension::Day})
        for (const FigureRow& r : f.rows(d))
            rows.append({QString::number(int(d)) + QLatin1Char('/') + r.key, r.m});
    return rows;
}

bool waitFor(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

TEST_CASE("The figures of a fixture day match the hand computation, live and from the rollup",
          "[db][reports]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);

    SECTION("the day after, the day is read from the raw rows")
    {
        const FigureSet live = owner.figures(kDay, kDay, seoul(kDay.addDays(1), 12));
        CHECK(live.rawDays == 1);
        CHECK(live.rollupDays == 0);
        checkFixtureDay(live);
        CHECK(owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days")).toInt() == 0);
    }
    SECTION("a month later it is final, computed once into the rollup and read from there")
    {
        const FigureSet rolled = owner.figures(kDay, kDay, seoul(kDay.addDays(30), 12));
        CHECK(rolled.rollupDays == 1);
        CHECK(rolled.rawDays == 0);
        checkFixtureDay(rolled);
        CHECK(owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days")).toInt() == 1);
        // The same figures as from the raw rows, line by line.
        const FigureSet raw = owner.figures(kDay, kDay, seoul(kDay.addDays(1), 12));
        CHECK(flatten(raw) == flatten(rolled));
    }
    SECTION("the next and the previous day")
    {
        const FigureSet next = owner.figures(kDay.addDays(1), kDay.addDays(1), seoul(kDay.addDays(2), 12));
        CHECK(next.total.contacts == 1); // only the welfare call of the 17th; the 23:50 contact is not here
        const FigureSet before = owner.figures(kDay.addDays(-1), kDay.addDays(-1), seoul(kDay, 12));
        CHECK(before.total.contacts == 1); // 23:59:59
        CHECK(before.byHour.at(23).m.answered == 1);
    }
    SECTION("a range mixes rollup days and raw days and still adds up")
    {
        const FigureSet raw = owner.figures(kDay, kDay.addDays(2), seoul(kDay.addDays(3), 12));
        CHECK(raw.rollupDays == 0);
        // Final: up to 9 days before "now"; now = 26 April makes 16 and 17 April final, not the 18th.
        const FigureSet range = owner.figures(kDay, kDay.addDays(2), seoul(QDate(2021, 4, 26), 12));
        CHECK(range.rollupDays == 2);
        CHECK(range.rawDays == 1);
        CHECK(range.total.contacts == 10);
        REQUIRE(range.byDay.size() == 3);
        CHECK(range.byDay.at(0).m.contacts == 8);
        CHECK(flatten(raw) == flatten(range));
    }
    SECTION("raw rows and rollup agree on every line of a month")
    {
        owner.one(QStringLiteral("SELECT report_rollup_refresh('2021-04-01', '2021-04-30', '2021-06-01')"));
        CHECK(owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days")).toInt() == 30);
        CHECK(
            owner
                .one(QStringLiteral(
                    "SELECT count(*) FROM ((SELECT day, dim, key, contacts, answered, abandoned, "
                    " short_abandoned, answered_in_sl, wait_ms, handled, talk_ms, acw_ms, cases_completed, "
                    " fcr_resolved, callbacks FROM report_daily WHERE day BETWEEN '2021-04-01' AND "
                    "'2021-04-30' "
                    " EXCEPT SELECT * FROM report_figures_raw('2021-04-01', '2021-04-30')) UNION ALL "
                    "(SELECT * FROM report_figures_raw('2021-04-01', '2021-04-30') EXCEPT "
                    " SELECT day, dim, key, contacts, answered, abandoned, short_abandoned, answered_in_sl, "
                    " wait_ms, handled, talk_ms, acw_ms, cases_completed, fcr_resolved, callbacks "
                    " FROM report_daily)) x"))
                .toInt()
            == 0);
        CHECK(owner.one(QStringLiteral("SELECT sum(contacts) FROM report_daily WHERE dim = 'all'")).toInt()
              == 12);
    }
}

TEST_CASE("A change to the rows of a rolled-up day takes the day out of the rollup", "[db][reports]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);
    const QDateTime later = seoul(kDay.addDays(30), 12);
    CHECK(owner.figures(kDay, kDay, later).total.fcrResolved == 4);
    REQUIRE(
        owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days WHERE day = '2021-04-16'")).toInt()
        == 1);

    // A review changes nothing the figures read: the day stays.
    owner.exec(QStringLiteral(
        "UPDATE cases SET state = 'approved' WHERE id = 'a0000000-0000-0000-0000-000000000001'"));
    CHECK(
        owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days WHERE day = '2021-04-16'")).toInt()
        == 1);

    // A callback recorded afterwards does: the day is computed again.
    owner.exec(QStringLiteral(
        "UPDATE cases SET callback_requested = true WHERE id = 'a0000000-0000-0000-0000-000000000001'"));
    CHECK(
        owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days WHERE day = '2021-04-16'")).toInt()
        == 0);
    const FigureSet after = owner.figures(kDay, kDay, later);
    CHECK(after.rollupDays == 1);
    CHECK(after.total.fcrResolved == 3);
    CHECK(after.total.callbacks == 2);

    // A later contact of the same citizen about the same category changes an earlier day's resolution.
    owner.exec(QStringLiteral(
        "INSERT INTO cases (id, channel, sender, category_code, summary, state, opened_at, completed_at) "
        "VALUES "
        "('a0000000-0000-0000-0000-000000000099', 'phone', '01000000007', 'tax', '재문의', 'completed', "
        " '2021-04-20 10:00+09', '2021-04-20 10:05+09')"));
    CHECK(owner.figures(kDay, kDay, later).total.fcrResolved == 2);

    // A new threshold is a new definition: the rollup is cleared.
    owner.exec(QStringLiteral("UPDATE channels SET sl_threshold_s = 40 WHERE code = 'phone'"));
    CHECK(owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days")).toInt() == 0);
    const FigureSet wider = owner.figures(kDay, kDay, later);
    CHECK(wider.total.answeredInSl == 6); // the 30-second claim is within 40 s
    CHECK(wider.find(FigureDimension::Channel, QStringLiteral("phone"))->thresholdSeconds == 40);

    // So is a longer grace period for abandons (the 40-second abandon now does not count either).
    owner.exec(
        QStringLiteral("UPDATE app_settings SET value = '60' WHERE key = 'report.short_abandon_seconds'"));
    CHECK(owner.one(QStringLiteral("SELECT count(*) FROM report_rollup_days")).toInt() == 0);
    CHECK(owner.figures(kDay, kDay, later).total.shortAbandoned == 2);
}

TEST_CASE("A reopened case counts with the contact that reopened it", "[db][reports]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);
    // C1's citizen calls again three weeks later; the counselor reopens the case (K1) and completes it:
    // claimed after 10 s, talk 100 s, after-contact work 40 s. (Recorded times: the queue's triggers off.)
    owner.exec(QStringLiteral("SET session_replication_role = replica"));
    owner.exec(QStringLiteral(
        "INSERT INTO contacts (id, channel, sender, state, arrived_at, claimed_by, claimed_at, done_at, "
        "case_id) "
        "VALUES ('c0000000-0000-0000-0000-000000000020', 'phone', '01000000001', 'done', '2021-05-06 "
        "10:00:00+09', "
        "'00000000-0000-0000-0000-00000000000a', '2021-05-06 10:00:10+09', '2021-05-06 10:01:50+09', "
        "'a0000000-0000-0000-0000-000000000001')"));
    owner.exec(QStringLiteral("SET session_replication_role = origin"));
    owner.exec(QStringLiteral(
        "UPDATE cases SET contact_id = 'c0000000-0000-0000-0000-000000000020', reopened_count = 1, "
        "completed_at = '2021-05-06 10:02:30+09' WHERE id = 'a0000000-0000-0000-0000-000000000001'"));

    // The first day keeps C1 as answered, but the case (and its handling) moved on.
    const FigureSet first = owner.figures(kDay, kDay, seoul(kDay.addDays(1), 12));
    CHECK(first.total.contacts == 8);
    CHECK(first.total.answered == 6);
    CHECK(first.total.handled == 4);
    CHECK(first.total.talkMs == 1320000 - 180000);
    CHECK(first.total.acwMs == 310000 - 60000);
    CHECK(first.total.casesCompleted == 5);
    CHECK(first.total.fcrResolved == 3);
    CHECK(first.find(FigureDimension::Category, QStringLiteral("tax"))->m.contacts == 3); // still about tax

    // The day of the second contact: handled there, and not resolved at the first contact.
    const QDate later(2021, 5, 6);
    const FigureSet second = owner.figures(later, later, seoul(later.addDays(1), 12));
    CHECK(second.total.contacts == 1);
    CHECK(second.total.handled == 1);
    CHECK(second.total.talkMs == 100000);
    CHECK(second.total.acwMs == 40000);
    CHECK(second.total.casesCompleted == 1);
    CHECK(second.total.fcrResolved == 0);
    // The rollup agrees once the days are final.
    CHECK(flatten(owner.figures(later, later, seoul(later.addDays(30), 12))) == flatten(second));
    CHECK(flatten(owner.figures(kDay, kDay, seoul(later.addDays(30), 12))) == flatten(first));
}

TEST_CASE("A category above its usual level for the hour raises a surge that links to its cases",
          "[db][reports][surge]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    const QDateTime at = seoul(QDate(2021, 4, 16), 14, 30);
    // count(n) cases of `category` opened within the hour before `when`.
    auto cases = [&](const QString& category, const QDateTime& when, int n) {
        owner.exec(QStringLiteral(
                       "INSERT INTO cases (id, channel, category_code, subcategory_code, summary, opened_at) "
                       "SELECT gen_random_uuid(), 'phone', split_part('%1', '.', 1), "
                       " nullif('%1', split_part('%1', '.', 1)), '문의 ' || g, "
                       " '%2'::timestamptz - (g * interval '1 minute') "
                       "FROM generate_series(1, %3) g")
                       .arg(category, when.toUTC().toString(Qt::ISODate))
                       .arg(n));
    };
    // Now: 12 testing (usual 3), 8 tax (usual 0, under the minimum of 10), 12 buses (usual 7: 12 < 2 × 7),
    // 10 family register (usual 0), 15 parking (usual 7.5: exactly twice is not above).
    cases(QStringLiteral("covid19.testing"), at, 12);
    cases(QStringLiteral("tax.local"), at, 8);
    cases(QStringLiteral("transport.bus"), at, 12);
    cases(QStringLiteral("resident.family"), at, 10);
    cases(QStringLiteral("transport.parking"), at, 15);
    const int testing[] = {3, 4, 2, 3};
    const int parking[] = {7, 8, 7, 8};
    for (int week = 1; week <= 4; ++week) {
        const QDateTime then = at.addDays(-7 * week);
        cases(QStringLiteral("covid19.testing"), then, testing[week - 1]);
        cases(QStringLiteral("transport.bus"), then, 7);
        cases(QStringLiteral("transport.parking"), then, parking[week - 1]);
        // Outside the hour of those weeks: does not count.
        cases(QStringLiteral("resident.family"), then.addSecs(-2 * 3600), 20);
    }
    // Five weeks ago: outside the four weeks.
    cases(QStringLiteral("tax.local"), at.addDays(-35), 50);

    QSqlDatabase sql = owner.conn.db();
    const DbResult r = ReportStore::loadSurges(sql, true, at);
    REQUIRE(r.ok);
    const QList<Surge> surges = r.value.value<QList<Surge>>();
    QStringList categories;
    for (const Surge& s : surges)
        categories << s.category;
    CHECK(categories == QStringList {QStringLiteral("covid19.testing"), QStringLiteral("resident.family")});
    REQUIRE(surges.size() == 2);
    CHECK(surges.at(0).recent == 12);
    CHECK(surges.at(0).usual == Approx(3.0));
    CHECK(surges.at(0).factor == Approx(2.0));
    CHECK(surges.at(0).categoryName == QStringLiteral("코로나19 · 검사·선별진료소"));
    CHECK(surges.at(1).usual == Approx(0.0));
    CHECK(surges.at(0).windowEnd == at);
    CHECK(surges.at(0).windowStart == at.addSecs(-3600));

    // The notice's link: exactly those cases.
    CaseFilter link;
    link.category = surges.at(0).category;
    link.openedAfter = surges.at(0).windowStart;
    link.openedUntil = surges.at(0).windowEnd;
    const DbResult count = ReportStore::countCases(sql, link);
    REQUIRE(count.ok);
    CHECK(count.value.toLongLong() == 12);

    // A lower factor makes the buses surge as well.
    owner.exec(QStringLiteral("UPDATE app_settings SET value = '1.5' WHERE key = 'report.surge_factor'"));
    CHECK(ReportStore::loadSurges(sql, true, at).value.value<QList<Surge>>().size() == 4);
    owner.exec(QStringLiteral("UPDATE app_settings SET value = '2.0' WHERE key = 'report.surge_factor'"));

    // The service tells when a surge starts and ends.
    DbSession session(db.config(), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    SurgeService service(&session);
    service.setInterval(0);
    QStringList started;
    QStringList ended;
    QObject::connect(&service, &SurgeService::surgeStarted, [&](const Surge& s) { started << s.category; });
    QObject::connect(&service, &SurgeService::surgeEnded, [&](const QString& c) { ended << c; });
    service.check(at);
    REQUIRE(waitFor([&] { return started.size() == 2; }));
    CHECK(service.active().size() == 2);
    service.check(at.addSecs(2 * 3600));
    REQUIRE(waitFor([&] { return ended.size() == 2; }));
    CHECK(service.active().isEmpty());
}

TEST_CASE("A supervisor approves or returns a completed case with the five scores, and nobody else may",
          "[db][reports][review]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Owner owner(db);
    // A completed case of another day, and one still open.
    const QString completed = owner
                                  .one(QStringLiteral("SELECT id FROM cases WHERE state = 'completed' "
                                                      "ORDER BY opened_at LIMIT 1"))
                                  .toString();
    const QString open = QUuid::createUuid().toString(QUuid::WithoutBraces);
    owner.exec(
        QStringLiteral(
            "INSERT INTO cases (id, channel, summary, state) VALUES ('%1', 'phone', '작성 중', 'open')")
            .arg(open));
    REQUIRE(!completed.isEmpty());
    REQUIRE(!open.isEmpty());
    const int version
        = owner.one(QStringLiteral("SELECT version FROM cases WHERE id = '%1'").arg(completed)).toInt();

    SqlConnection supervisor(db.configAs(QStringLiteral("supervisor1")), {}, QStringLiteral("sup"));
    REQUIRE(supervisor.open());
    QSqlDatabase sdb = supervisor.db();
    ReportStore::ReviewStatus status {};

    ReviewInput input;
    input.caseId = QUuid::fromString(completed);
    input.seenVersion = version;
    input.decision = QStringLiteral("returned");
    input.comment = QStringLiteral("  ");
    DbResult r = ReportStore::review(sdb, input, &status);
    CHECK_FALSE(r.ok);
    CHECK(status == ReportStore::ReviewStatus::Refused); // returning needs a comment
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(completed)).toString()
          == QStringLiteral("completed"));

    input.decision = QStringLiteral("approved");
    input.comment.clear();
    input.scores = {5, 4, 5, 3, 4};
    r = ReportStore::review(sdb, input, &status);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(status == ReportStore::ReviewStatus::Saved);
    CHECK(r.value.toInt() == version + 1);
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(completed)).toString()
          == QStringLiteral("approved"));
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT format('%s %s %s %s %s %s', r.decision, score_reception, score_greeting, "
                       "score_attitude, score_handling, score_closing) || ' ' || p.login "
                       "FROM case_reviews r JOIN people p ON p.id = r.reviewer_id "
                       "WHERE case_id = '%1' ORDER BY reviewed_at DESC LIMIT 1")
                       .arg(completed))
              .toString()
          == QStringLiteral("approved 5 4 5 3 4 supervisor1"));

    // Over an old version: somebody changed it meanwhile.
    input.decision = QStringLiteral("returned");
    input.comment = QStringLiteral("인용한 지침 버전을 확인해 주세요.");
    r = ReportStore::review(sdb, input, &status);
    CHECK_FALSE(r.ok);
    CHECK(status == ReportStore::ReviewStatus::Conflict);

    // An approved case may still be returned, with a comment the counselor sees.
    input.seenVersion = version + 1;
    input.scores = {-1, -1, -1, -1, -1};
    r = ReportStore::review(sdb, input, &status);
    REQUIRE(r.ok);
    CHECK(owner
              .one(QStringLiteral("SELECT state || ': ' || review_comment FROM cases WHERE id = '%1'")
                       .arg(completed))
              .toString()
          == QStringLiteral("returned: 인용한 지침 버전을 확인해 주세요."));
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT count(*) FROM case_reviews WHERE case_id = '%1' AND score_reception IS NULL")
                       .arg(completed))
              .toInt()
          == 1);

    // A returned case waits for the counselor; an open one is not finished.
    input.seenVersion = 0;
    input.decision = QStringLiteral("approved");
    r = ReportStore::review(sdb, input, &status);
    CHECK(status == ReportStore::ReviewStatus::Refused);
    input.caseId = QUuid::fromString(open);
    r = ReportStore::review(sdb, input, &status);
    CHECK(status == ReportStore::ReviewStatus::Refused);
    CHECK(r.message.contains(QStringLiteral("completed")));

    // Scores are 0..5.
    const QString another = owner
                                .one(QStringLiteral("SELECT id FROM cases WHERE state = 'completed' "
                                                    "ORDER BY opened_at LIMIT 1"))
                                .toString();
    input.caseId = QUuid::fromString(another);
    input.scores = {6, 5, 5, 5, 5};
    r = ReportStore::review(sdb, input, &status);
    CHECK_FALSE(r.ok);
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(another)).toString()
          == QStringLiteral("completed"));

    // A counselor cannot review, not even through the function.
    SqlConnection counselor(db.configAs(QStringLiteral("counselor02")), {}, QStringLiteral("cns"));
    REQUIRE(counselor.open());
    QSqlDatabase cdb = counselor.db();
    input.scores = {5, 5, 5, 5, 5};
    r = ReportStore::review(cdb, input, &status);
    CHECK_FALSE(r.ok);
    CHECK(status == ReportStore::ReviewStatus::Refused);
    QSqlQuery direct(cdb);
    CHECK_FALSE(
        direct.exec(QStringLiteral("INSERT INTO case_reviews (case_id, decision) VALUES ('%1', 'approved')")
                        .arg(another)));
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(another)).toString()
          == QStringLiteral("completed"));
}

TEST_CASE(
    "The case filter selects by room, counselor, category, channel, state, result, forward, return and text",
    "[db][reports]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);
    QSqlDatabase sql = owner.conn.db();
    auto count = [&](const CaseFilter& f) {
        const DbResult r = ReportStore::countCases(sql, f);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return r.value.toLongLong();
    };
    CaseFilter day;
    day.from = kDay;
    day.to = kDay;
    CHECK(count(day) == 7); // opened on the 16th: K0 (00:00:09), K1, K2, K6, K7, K9, K10; K5 after midnight
    CaseFilter f = day;
    f.roomId = 2;
    CHECK(count(f) == 4);
    f = day;
    f.counselorId = QUuid::fromString(QStringLiteral("00000000-0000-0000-0000-00000000000a"));
    CHECK(count(f) == 3);
    f = day;
    f.category = QStringLiteral("tax");
    CHECK(count(f) == 3);
    f.category = QStringLiteral("tax.vehicle");
    CHECK(count(f) == 1);
    f = day;
    f.state = QStringLiteral("returned");
    CHECK(count(f) == 1);
    f = day;
    f.wrapupCode = QStringLiteral("forwarded");
    CHECK(count(f) == 1);
    f = day;
    f.hasForward = CaseFilter::Tri::Yes;
    CHECK(count(f) == 1);
    f.hasForward = CaseFilter::Tri::No;
    CHECK(count(f) == 6);
    f = day;
    f.returned = CaseFilter::Tri::Yes;
    CHECK(count(f) == 1);
    f = day;
    f.text = QStringLiteral("재산세");
    CHECK(count(f) == 1);
    f.text = QStringLiteral("공제"); // in the answer
    CHECK(count(f) == 1);
    f.text = QStringLiteral("100%_"); // wildcards are literal
    CHECK(count(f) == 0);
    f = day;
    f.channel = QStringLiteral("kakao_channel");
    f.to = kDay.addDays(1);
    CHECK(count(f) == 1);

    // Pages, newest first, with names.
    const DbResult page = ReportStore::loadCases(sql, day, true, 0, 3);
    REQUIRE(page.ok);
    const QList<CaseRow> rows = page.value.value<QList<CaseRow>>();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).summary == QStringLiteral("등본 발급 문의"));
    CHECK(rows.at(0).counselorName == QStringLiteral("이상담"));
    CHECK(rows.at(0).categoryName == QStringLiteral("주민등록·가족관계 · 증명서 발급"));
    CHECK(rows.at(1).everReturned);
    CHECK(rows.at(2).hasForward);
    const QList<CaseRow> second = ReportStore::loadCases(sql, day, true, 3, 3).value.value<QList<CaseRow>>();
    REQUIRE(second.size() == 3);
    CHECK(second.at(0).openedAt < rows.at(2).openedAt);

    // One case in full for the review.
    const DbResult detail = ReportStore::loadCaseDetail(
        sql, QUuid::fromString(QStringLiteral("a0000000-0000-0000-0000-000000000007")), true);
    REQUIRE(detail.ok);
    const CaseDetail d = detail.value.value<CaseDetail>();
    CHECK(d.reviews.size() == 1);
    CHECK(d.reviews.at(0).scores == std::array<int, 5> {5, 4, 5, 3, 4});
    CHECK(d.claimedAt.secsTo(d.doneAt) == 120);
    CHECK(d.reviewComment == QStringLiteral("안내한 지침을 인용해 주세요."));
}

TEST_CASE("A stale page request is skipped before it runs and its answer dropped", "[db][reports]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);
    DbSession session(db.config(), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    CaseReviewService service(&session);
    RequestGenerations generations;
    CaseFilter f;
    f.from = kDay;
    f.to = kDay;
    int staleAnswers = 0;
    qint64 latest = -1;
    QObject context;
    // Block the connection's thread so that the first requests are still queued when the filter changes.
    session.run([](QSqlDatabase& sdb) {
        QSqlQuery q(sdb);
        q.exec(QStringLiteral("SELECT pg_sleep(0.3)"));
        return DbResult::success();
    });
    service.count(
        f, generations.next(), [&](bool, qint64, const QString&) { ++staleAnswers; }, &context);
    service.fetchPage(
        f, 0, 10, generations.current(), [&](bool, const QList<CaseRow>&, const QString&) { ++staleAnswers; },
        &context);
    f.roomId = 2;
    service.count(
        f, generations.next(), [&](bool ok, qint64 n, const QString&) { latest = ok ? n : -2; }, &context);
    REQUIRE(waitFor([&] { return latest != -1; }));
    CHECK(latest == 4);
    CHECK(staleAnswers == 0);
    CHECK(service.queriesSkipped() == 2);
    CHECK(service.queriesRun() == 1);
}

TEST_CASE("The report CSV starts with a byte-order mark and round-trips Hangul", "[db][reports][csv]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    Owner owner(db);
    owner.script(kFixture);
    QSqlDatabase sql = owner.conn.db();
    DailyReport report;
    QString error;
    REQUIRE(DailyReport::load(sql, kDay, kDay, true, &report, &error));
    CHECK(report.reviews.reviewed == 2);
    CHECK(report.reviews.returned == 1);
    CHECK(report.reviews.averageScores[3] == Approx(4.0));
    REQUIRE(report.departments.size() == 1);
    CHECK(report.departments.at(0).open == 1);
    CHECK(report.departments.at(0).overdue == 1);

    // The report survives its trip to the PDF helper.
    const DailyReport copy = DailyReport::fromJson(report.toJson());
    CHECK(flatten(copy.figures) == flatten(report.figures));
    CHECK(copy.figures.byCounselor.at(0).label == report.figures.byCounselor.at(0).label);
    CHECK(copy.overdueForwards.size() == 1);

    const QByteArray csv = ReportCsv::figures(report);
    CHECK(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    CHECK(csv.contains(QByteArrayLiteral("\r\n")));
    bool bom = false;
    const QList<QStringList> rows = ReportCsv::parse(csv, &bom);
    CHECK(bom);
    REQUIRE(rows.size() > 30);
    const int columns = int(rows.at(0).size());
    for (const QStringList& row : rows)
        CHECK(row.size() == columns);
    // The total line: contacts, answered, abandoned, short, within threshold, service level %.
    CHECK(rows.at(1).mid(4, 6)
          == QStringList {QStringLiteral("8"), QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("1"),
                          QStringLiteral("5"), QStringLiteral("71.4")});
    bool foundCounselor = false;
    for (const QStringList& row : rows)
        if (row.at(3) == QStringLiteral("김상담"))
            foundCounselor = row.at(4) == QStringLiteral("3");
    CHECK(foundCounselor);

    // Case lists keep commas, quotes, line breaks and Hangul, and never start a formula.
    CaseRow tricky;
    tricky.id = QUuid::createUuid();
    tricky.summary = QStringLiteral("재산세, \"분납\" 문의\n두 번째 줄");
    tricky.channelName = QStringLiteral("카카오톡 채널");
    tricky.categoryName = QStringLiteral("세무 · 재산세");
    tricky.counselorName = QStringLiteral("=HYPERLINK(\"x\")");
    const QByteArray cases = ReportCsv::casesHeader() + ReportCsv::caseRecords({tricky});
    const QList<QStringList> back = ReportCsv::parse(cases);
    REQUIRE(back.size() == 2);
    CHECK(back.at(1).at(1) == tricky.channelName);
    CHECK(back.at(1).at(2) == tricky.categoryName);
    CHECK(back.at(1).at(3) == tricky.summary);
    CHECK(back.at(1).at(5) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(back.at(1).last() == tricky.id.toString(QUuid::WithoutBraces));
}

TEST_CASE("Live figures wait ten times what their last load took, between 5 s and a minute", "[db][reports]")
{
    CHECK(FiguresService::liveDelay(5000, -1) == 5000);
    CHECK(FiguresService::liveDelay(5000, 120) == 5000);
    // Today's figures of a center ten times this city's size: about 0.55 s.
    CHECK(FiguresService::liveDelay(5000, 551) == 5510);
    CHECK(FiguresService::liveDelay(5000, 1200) == 12000);
    CHECK(FiguresService::liveDelay(5000, 30000) == 60000);
    CHECK(FiguresService::liveDelay(100, 30) == 300);

    // A real load records what it took in the database.
    TestDatabase db(TestDatabase::Kind::Demo);
    DbSession session(db.configAs(QStringLiteral("supervisor1")), {});
    session.start();
    FiguresService figures(&session);
    CHECK(figures.lastLoadMs() == -1);
    bool loaded = false;
    QObject::connect(&figures, &FiguresService::figuresChanged, [&] { loaded = true; });
    figures.followToday();
    QElapsedTimer timer;
    timer.start();
    while (!loaded && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE(loaded);
    CHECK(figures.lastLoadMs() >= 0);
    CHECK(figures.lastLoadMs() <= timer.elapsed());
}
