// SPDX-License-Identifier: Apache-2.0
// The life of a case in the database: saving with everything that belongs to
// it, refusing a save over a newer change, forwards and the department's
// steps, duplicate reports, reopening, presence and the logged reveal.
#include "db/SqlConnection.h"
#include "domain/CaseRecord.h"
#include "services/CaseWriter.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

struct Conn
{
    Conn(const TestDatabase& db, const QString& login)
        : c(db.configAs(login), {}, QStringLiteral("case-") + login)
    {
        REQUIRE(c.open());
    }
    QVariant one(const QString& sql, const QVariantList& values = {}, QString* error = nullptr)
    {
        QSqlQuery q(c.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            if (!error)
                FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
            else
                *error = q.lastError().databaseText();
            return {};
        }
        return q.value(0);
    }
    QSqlDatabase db() { return c.db(); }
    SqlConnection c;
};

CaseRecord violationCase(const QUuid& contact)
{
    CaseRecord r = CaseRecord::createFor(contact, QStringLiteral("phone"), QStringLiteral("01055551234"));
    r.citizenName = QStringLiteral("홍길동");
    r.phone = QStringLiteral("010-5555-1234");
    r.category = QStringLiteral("covid19");
    r.subcategory = QStringLiteral("covid19.violation");
    r.summary = QStringLiteral("노래연습장 심야 영업 신고");
    r.answer = QStringLiteral("단속반에 전달하겠다고 안내");
    r.wrapupCode = QStringLiteral("violation");
    r.report = ViolationReport {QUuid::createUuid(),
                                QStringLiteral("after_hours"),
                                QStringLiteral("한빛시 동구 한빛대로 12"),
                                QStringLiteral("별빛노래연습장"),
                                QDateTime::currentDateTime().addSecs(-1800),
                                QStringLiteral("22시 이후 출입문을 잠그고 영업 중"),
                                {}};
    r.forwards = {{QUuid::createUuid(), QStringLiteral("enf_east"), QStringLiteral("action"), {}},
                  {QUuid::createUuid(), QStringLiteral("disaster_hq"), QStringLiteral("share"), {}}};
    return r;
}

} // namespace

TEST_CASE("A case is saved with its guidance, report and forwards in one transaction", "[db][cases]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn desk(db, QStringLiteral("counselor01"));
    const QString contact = desk.one(QStringLiteral("INSERT INTO contacts (channel, sender) VALUES ('phone', "
                                                    "'01055551234') RETURNING id"))
                                .toString();
    CaseRecord r = violationCase(QUuid::fromString(contact));
    const QString article
        = desk.one(QStringLiteral("SELECT article_id FROM kb_versions WHERE status = 'published' "
                                  "LIMIT 1"))
              .toString();
    const int articleVersion
        = desk.one(QStringLiteral("SELECT max(version_no) FROM kb_versions WHERE article_id = ?"), {article})
              .toInt();
    r.quotes = {{article, articleVersion}};

    // Saved open first: no forwards yet.
    QSqlDatabase d = desk.db();
    CaseWriteResult saved = writeCase(d, r);
    REQUIRE(saved.status == CaseWriteResult::Status::Saved);
    CHECK(saved.version == 1);
    CHECK(desk.one(QStringLiteral("SELECT count(*) FROM forwards WHERE case_id = ?::uuid"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toInt()
          == 0);
    CHECK(desk.one(QStringLiteral("SELECT count(*) FROM violation_reports WHERE case_id = ?::uuid"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toInt()
          == 1);

    // Completed: the forwards go out, each once even when the save is repeated.
    r.state = QStringLiteral("completed");
    r.version = saved.version;
    saved = writeCase(d, r);
    REQUIRE(saved.status == CaseWriteResult::Status::Saved);
    r.version = saved.version;
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    CHECK(desk.one(QStringLiteral("SELECT string_agg(department_code || ':' || purpose || ':' || state, ',' "
                                  "ORDER BY department_code) FROM forwards WHERE case_id = ?::uuid"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toString()
          == QStringLiteral("disaster_hq:share:sent,enf_east:action:sent"));
    CHECK(desk.one(QStringLiteral("SELECT due_at > sent_at FROM forwards WHERE case_id = ?::uuid AND "
                                  "department_code = 'enf_east'"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toBool());
    CHECK(desk.one(QStringLiteral("SELECT count(*) FROM case_quotes WHERE case_id = ?::uuid"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toInt()
          == 1);
    CHECK(desk.one(QStringLiteral("SELECT completed_at IS NOT NULL AND state = 'completed' FROM cases "
                                  "WHERE id = ?::uuid"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toBool());
    // Every change is in the audit trail, with who made it (read as the owner:
    // counselors cannot read the trail).
    Conn owner(db, QStringLiteral("minwon"));
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE table_name = 'cases' AND row_id = ? AND "
                       "actor = 'counselor01'"),
                   {r.id.toString(QUuid::WithoutBraces)})
              .toInt()
          >= 3);
}

TEST_CASE("A save over somebody else's newer change is refused and overwrites nothing", "[db][cases]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn a(db, QStringLiteral("counselor01"));
    Conn b(db, QStringLiteral("supervisor1"));
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("sms"), QStringLiteral("01012340000"));
    r.summary = QStringLiteral("처음 작성");
    QSqlDatabase da = a.db();
    QSqlDatabase dbb = b.db();
    const CaseWriteResult first = writeCase(da, r);
    REQUIRE(first.status == CaseWriteResult::Status::Saved);

    // Both desks start from version 1.
    CaseRecord mine = r;
    mine.version = first.version;
    CaseRecord theirs = r;
    theirs.version = first.version;
    theirs.summary = QStringLiteral("관리자가 고침");
    REQUIRE(writeCase(dbb, theirs).status == CaseWriteResult::Status::Saved);
    mine.summary = QStringLiteral("상담사가 고침");
    const CaseWriteResult second = writeCase(da, mine);
    CHECK(second.status == CaseWriteResult::Status::Conflict);
    CHECK(a.one(QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"),
                {r.id.toString(QUuid::WithoutBraces)})
              .toString()
          == QStringLiteral("관리자가 고침"));
    // On top of the newest version the save goes through.
    mine.version = 2;
    CHECK(writeCase(da, mine).status == CaseWriteResult::Status::Saved);
}

TEST_CASE("A replayed save with the same operation id lands once", "[db][cases]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn a(db, QStringLiteral("counselor01"));
    QSqlDatabase d = a.db();
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01012349999"));
    r.summary = QStringLiteral("오프라인 중 저장");
    const QUuid op = QUuid::createUuid();
    const CaseWriteResult first = writeCase(d, r, op);
    INFO(first.error.text().toStdString());
    CHECK(first.status == CaseWriteResult::Status::Saved);
    const CaseWriteResult again = writeCase(d, r, op);
    CHECK(again.status == CaseWriteResult::Status::AlreadyApplied);
    CHECK(again.version == 1);
    CHECK(a.one(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"),
                {r.id.toString(QUuid::WithoutBraces)})
              .toInt()
          == 1);
}

TEST_CASE("Personal numbers typed into a case are masked before they are stored", "[db][cases][pii]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn a(db, QStringLiteral("counselor01"));
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01012348888"));
    r.summary = QStringLiteral("주민번호 900101-1234567 불러줌, 카드 4111-1111-1111-1111 환불 문의");
    r.answer = QStringLiteral("전화 010-2222-3333으로 회신 예정, 2021-04-16 방문");
    const QStringList kinds = r.maskPersonalNumbers();
    CHECK(kinds.size() == 2);
    QSqlDatabase d = a.db();
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString stored
        = a.one(QStringLiteral("SELECT summary || ' | ' || answer FROM cases WHERE id = ?::uuid"),
                {r.id.toString(QUuid::WithoutBraces)})
              .toString();
    CHECK_FALSE(stored.contains(QStringLiteral("1234567")));
    CHECK_FALSE(stored.contains(QStringLiteral("1111-1111-1111")));
    CHECK(stored.contains(QStringLiteral("900101-*******")));
    // Phone numbers and dates stay as they were.
    CHECK(stored.contains(QStringLiteral("010-2222-3333")));
    CHECK(stored.contains(QStringLiteral("2021-04-16")));
    Conn owner(db, QStringLiteral("minwon"));
    CHECK_FALSE(owner.one(QStringLiteral("SELECT count(*) FROM audit_log WHERE after::text LIKE '%1234567%'"))
                    .toInt());
}

TEST_CASE("A forward goes sent, acknowledged, checked with a result, closed — by its department only",
          "[db][cases][forwards]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn desk(db, QStringLiteral("counselor01"));
    CaseRecord r = violationCase({});
    r.state = QStringLiteral("completed");
    QSqlDatabase d = desk.db();
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString forward = r.forwards.first().id.toString(QUuid::WithoutBraces);

    Conn east(db, QStringLiteral("dept_east1"));
    Conn west(db, QStringLiteral("dept_west1"));
    QString error;
    // Another department's staff cannot touch it; neither can the counselor.
    CHECK_FALSE(west.one(QStringLiteral("SELECT update_forward(?::uuid, 'acknowledged', NULL, NULL, NULL)"),
                         {forward}, &error)
                    .isValid());
    CHECK(error.contains(QStringLiteral("another department")));
    CHECK_FALSE(desk.one(QStringLiteral("SELECT update_forward(?::uuid, 'acknowledged', NULL, NULL, NULL)"),
                         {forward}, &error)
                    .isValid());

    int version
        = east.one(QStringLiteral("SELECT update_forward(?::uuid, 'acknowledged', NULL, '접수했습니다', 1)"),
                   {forward})
              .toInt();
    CHECK(version == 2);
    // A stale version is refused.
    CHECK_FALSE(east.one(QStringLiteral("SELECT update_forward(?::uuid, 'checked', '계도 조치', NULL, 1)"),
                         {forward}, &error)
                    .isValid());
    CHECK(error.contains(QStringLiteral("changed meanwhile")));
    // A field check needs its result.
    CHECK_FALSE(east.one(QStringLiteral("SELECT update_forward(?::uuid, 'checked', '  ', NULL, ?)"),
                         {forward, version}, &error)
                    .isValid());
    CHECK(error.contains(QStringLiteral("result")));
    version
        = east.one(QStringLiteral(
                       "SELECT update_forward(?::uuid, 'checked', '현장 확인, 과태료 부과 예정', NULL, ?)"),
                   {forward, version})
              .toInt();
    // Never backwards.
    CHECK_FALSE(east.one(QStringLiteral("SELECT update_forward(?::uuid, 'sent', NULL, NULL, ?)"),
                         {forward, version}, &error)
                    .isValid());
    east.one(QStringLiteral("SELECT update_forward(?::uuid, 'closed', NULL, '종결', ?)"), {forward, version});
    // The counselor sees the state and the result on the case.
    CHECK(
        desk.one(QStringLiteral("SELECT state || '|' || result || '|' || (acknowledged_at <= checked_at AND "
                                "checked_at <= closed_at)::text FROM forwards WHERE id = ?::uuid"),
                 {forward})
            .toString()
        == QStringLiteral("closed|현장 확인, 과태료 부과 예정|true"));
    CHECK(desk.one(QStringLiteral("SELECT count(*) FROM forward_notes WHERE forward_id = ?::uuid"), {forward})
              .toInt()
          == 2);
}

TEST_CASE("Reports of the same place within a few hours are flagged and can be linked",
          "[db][cases][forwards]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn desk(db, QStringLiteral("counselor01"));
    QSqlDatabase d = desk.db();
    CaseRecord first = violationCase({});
    REQUIRE(writeCase(d, first).status == CaseWriteResult::Status::Saved);
    const QDateTime observed = first.report->observedAt;
    auto duplicates = [&](const QString& address, const QString& business, const QDateTime& at) {
        return desk
            .one(QStringLiteral(
                     "SELECT count(*) FROM find_duplicate_reports(?, ?, ?, 3, NULL) WHERE id = ?::uuid"),
                 {address, business, at, first.report->id.toString(QUuid::WithoutBraces)})
            .toInt();
    };
    // Spacing and case do not matter; the business name alone is enough.
    CHECK(duplicates(QStringLiteral("한빛시 동구  한빛대로12"), QString(), observed.addSecs(3600)) == 1);
    CHECK(duplicates(QStringLiteral("다른 곳 1"), QStringLiteral("별빛 노래연습장"), observed.addSecs(-7200))
          == 1);
    // Too far apart in time, or another place: not a duplicate.
    CHECK(duplicates(QStringLiteral("한빛시 동구 한빛대로 12"), QString(), observed.addSecs(5 * 3600)) == 0);
    CHECK(duplicates(QStringLiteral("한빛시 서구 다른길 3"), QStringLiteral("행복식당"), observed) == 0);

    CaseRecord second = violationCase({});
    second.report->duplicateOf = first.report->id;
    REQUIRE(writeCase(d, second).status == CaseWriteResult::Status::Saved);
    CHECK(desk.one(QStringLiteral("SELECT duplicate_of FROM violation_reports WHERE id = ?::uuid"),
                   {second.report->id.toString(QUuid::WithoutBraces)})
              .toString()
          == first.report->id.toString(QUuid::WithoutBraces));
}

TEST_CASE("Who else has a case open, reopening and the logged reveal of personal data", "[db][cases]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Conn a(db, QStringLiteral("counselor01"));
    Conn b(db, QStringLiteral("counselor02"));
    CaseRecord r = violationCase({});
    r.state = QStringLiteral("completed");
    QSqlDatabase d = a.db();
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString id = r.id.toString(QUuid::WithoutBraces);

    a.one(QStringLiteral("SELECT open_case_edit(?::uuid)::text"), {id});
    b.one(QStringLiteral("SELECT open_case_edit(?::uuid)::text"), {id});
    const QString bName
        = b.one(QStringLiteral("SELECT display_name FROM people WHERE login = 'counselor02'")).toString();
    CHECK(a.one(QStringLiteral("SELECT string_agg(display_name, ',') FROM case_other_editors(?::uuid)"), {id})
              .toString()
          == bName);
    b.one(QStringLiteral("SELECT close_case_edit(?::uuid)::text"), {id});
    CHECK_FALSE(a.one(QStringLiteral("SELECT count(*) FROM case_other_editors(?::uuid)"), {id}).toInt());

    // A second contact about the same matter reopens it.
    CHECK(b.one(QStringLiteral("SELECT reopen_case(?::uuid, NULL)"), {id}).toInt() > 0);
    CHECK(b.one(QStringLiteral("SELECT state || ':' || reopened_count FROM cases WHERE id = ?::uuid"), {id})
              .toString()
          == QStringLiteral("open:1"));
    QString error;
    CHECK_FALSE(b.one(QStringLiteral("SELECT reopen_case(?::uuid, NULL)"), {id}, &error).isValid());

    // Revealing needs a reason and leaves a record.
    CHECK_FALSE(
        a.one(QStringLiteral("SELECT reveal_case_field(?::uuid, 'phone', ' ')"), {id}, &error).isValid());
    CHECK(a.one(QStringLiteral("SELECT reveal_case_field(?::uuid, 'phone', '회신 전화')"), {id}).toString()
          == QStringLiteral("010-5555-1234"));
    // The reveal log is read by admins only.
    Conn admin(db, QStringLiteral("admin1"));
    CHECK(admin
              .one(QStringLiteral(
                       "SELECT actor || '|' || field || '|' || reason FROM pii_reveals WHERE case_id = "
                       "?::uuid"),
                   {id})
              .toString()
          == QStringLiteral("counselor01|phone|회신 전화"));
}
