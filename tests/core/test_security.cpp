// SPDX-License-Identifier: Apache-2.0
// The database as the security boundary: row-level security and masked
// personal data for each role, the logged reveal, the audit trail nobody
// can change, and people managed through the database's own functions —
// through the app's code and with raw SQL, as each role.
#include "admin/AdminCli.h"
#include "db/DbError.h"
#include "db/SqlConnection.h"
#include "domain/CaseRecord.h"
#include "services/CaseWriter.h"
#include "services/UserAccounts.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QUuid>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

struct As
{
    As(const TestDatabase& db, const QString& login)
        : c(db.configAs(login), {}, QStringLiteral("sec-") + login)
    {
        REQUIRE(c.open());
    }
    // The first value of the first row; an invalid QVariant (and the
    // SQLSTATE in *state) when the statement fails or returns nothing.
    QVariant one(const QString& sql, const QVariantList& values = {}, QString* state = nullptr)
    {
        QSqlQuery q(c.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            if (state)
                *state = q.lastError().nativeErrorCode();
            return {};
        }
        if (!q.next())
            return {};
        return q.value(0);
    }
    // Rows changed (or returned) by a statement; -1 when refused.
    int affected(const QString& sql, const QVariantList& values = {}, QString* state = nullptr)
    {
        QSqlQuery q(c.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            if (state)
                *state = q.lastError().nativeErrorCode();
            return -1;
        }
        return q.isSelect() ? q.size() : q.numRowsAffected();
    }
    QSqlDatabase db() { return c.db(); }
    SqlConnection c;
};

CaseRecord personalCase()
{
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01055551234"));
    r.citizenName = QStringLiteral("홍길동");
    r.phone = QStringLiteral("010-5555-1234");
    r.address = QStringLiteral("한빛시 동구 한빛대로 12");
    r.category = QStringLiteral("covid19");
    r.subcategory = QStringLiteral("covid19.violation");
    r.summary = QStringLiteral("노래연습장 심야 영업 신고");
    r.answer = QStringLiteral("단속반에 전달");
    r.wrapupCode = QStringLiteral("violation");
    r.report = ViolationReport {QUuid::createUuid(),
                                QStringLiteral("after_hours"),
                                QStringLiteral("한빛시 동구 한빛대로 12"),
                                QStringLiteral("별빛노래연습장"),
                                QDateTime::currentDateTime().addSecs(-1800),
                                QStringLiteral("22시 이후 영업"),
                                {}};
    r.forwards = {{QUuid::createUuid(), QStringLiteral("enf_east"), QStringLiteral("action"), {}}};
    return r;
}

QString uuid(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("Counselors change only their own cases and see personal data only of cases in hand",
          "[db][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As mine(db, QStringLiteral("counselor01"));
    As other(db, QStringLiteral("counselor02"));
    CaseRecord r = personalCase();
    const QString id = uuid(r.id);
    QSqlDatabase d = mine.db();
    CaseWriteResult saved = writeCase(d, r);
    REQUIRE(saved.status == CaseWriteResult::Status::Saved);

    // The personal columns cannot be read raw by any desk role.
    QString state;
    CHECK_FALSE(mine.one(QStringLiteral("SELECT citizen_name FROM cases WHERE id = ?::uuid"), {id}, &state)
                    .isValid());
    CHECK(state == QStringLiteral("42501"));
    // In hand (mine, open): in clear.
    CHECK(mine.one(QStringLiteral("SELECT citizen_name || '|' || phone || '|' || address FROM case_personal "
                                  "WHERE id = ?::uuid"),
                   {id})
              .toString()
          == QStringLiteral("홍길동|010-5555-1234|한빛시 동구 한빛대로 12"));
    // Another counselor sees the case (the caller's history) but masked.
    CHECK(other
              .one(QStringLiteral("SELECT citizen_name || '|' || phone || '|' || address FROM case_personal "
                                  "WHERE id = ?::uuid"),
                   {id})
              .toString()
          == QStringLiteral("홍*동|010-****-1234|한빛시 동구 ***"));
    CHECK(other.one(QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {id}).toString()
          == r.summary);

    // …and cannot change it: through the app's writer, and raw.
    QSqlDatabase o = other.db();
    CaseRecord hijack = r;
    hijack.version = saved.version;
    hijack.summary = QStringLiteral("바꿔치기");
    const CaseWriteResult refused = writeCase(o, hijack);
    CHECK(refused.status == CaseWriteResult::Status::Failed);
    CHECK(DbError::classify(refused.error) == DbError::Kind::PermissionDenied);
    CHECK(other.affected(QStringLiteral("UPDATE cases SET summary = 'x' WHERE id = ?::uuid"), {id}) == 0);
    CHECK(other.affected(QStringLiteral("DELETE FROM cases WHERE id = ?::uuid"), {id}, &state) == -1);
    CHECK(other.affected(
              QStringLiteral("INSERT INTO violation_reports (id, case_id, kind, place_address, "
                             "observed_at) VALUES (gen_random_uuid(), ?::uuid, 'other', 'x', now())"),
              {id}, &state)
          == -1);
    CHECK(other.affected(
              QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no, quoted_by) "
                             "SELECT ?::uuid, article_id, version_no, current_person_id() FROM kb_versions "
                             "LIMIT 1"),
              {id}, &state)
          == -1);
    // Nor create cases in somebody else's name.
    CHECK(other.affected(QStringLiteral("INSERT INTO cases (id, channel, counselor_id) VALUES "
                                        "(gen_random_uuid(), 'phone', (SELECT id FROM people WHERE login = "
                                        "'counselor01'))"),
                         {}, &state)
          == -1);
    CHECK(mine.one(QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {id}).toString()
          == r.summary);

    // Completed, the case leaves the counselor's hands: masked for them too.
    r.state = QStringLiteral("completed");
    r.version = saved.version;
    saved = writeCase(d, r);
    REQUIRE(saved.status == CaseWriteResult::Status::Saved);
    CHECK(
        mine.one(QStringLiteral("SELECT citizen_name FROM case_personal WHERE id = ?::uuid"), {id}).toString()
        == QStringLiteral("홍*동"));
    // A form that shows the masked shape and saves it back loses nothing.
    CaseRecord masked = r;
    masked.version = saved.version;
    masked.citizenName = QStringLiteral("홍*동");
    masked.phone = QStringLiteral("010-****-1234");
    masked.address = QStringLiteral("한빛시 동구 ***");
    masked.answer = QStringLiteral("단속반에 전달, 회신 예정");
    REQUIRE(writeCase(d, masked).status == CaseWriteResult::Status::Saved);
    As admin(db, QStringLiteral("admin1"));
    CHECK(admin
              .one(QStringLiteral("SELECT citizen_name || '|' || phone || '|' || address || '|' || answer "
                                  "FROM cases WHERE id = ?::uuid"),
                   {id})
              .toString()
          == QStringLiteral("홍길동|010-5555-1234|한빛시 동구 한빛대로 12|단속반에 전달, 회신 예정"));
}

TEST_CASE("Departments see only their own forwards, supervisors see all", "[db][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As desk(db, QStringLiteral("counselor01"));
    CaseRecord r = personalCase();
    r.state = QStringLiteral("completed");
    QSqlDatabase d = desk.db();
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString id = uuid(r.id);

    As east(db, QStringLiteral("dept_east1"));
    As west(db, QStringLiteral("dept_west1"));
    As supervisor(db, QStringLiteral("supervisor1"));
    // Every forward a department can see is addressed to it.
    CHECK(
        east.one(QStringLiteral("SELECT count(*) FROM forwards WHERE department_code <> 'enf_east'")).toInt()
        == 0);
    CHECK(east.one(QStringLiteral("SELECT count(*) FROM forwards")).toInt() > 0);
    CHECK(
        west.one(QStringLiteral("SELECT count(*) FROM forwards WHERE department_code <> 'enf_west'")).toInt()
        == 0);
    const int all = supervisor.one(QStringLiteral("SELECT count(*) FROM forwards")).toInt();
    CHECK(all > east.one(QStringLiteral("SELECT count(*) FROM forwards")).toInt());
    // The case and the report behind the forward: the east team sees them
    // (personal data masked), the west team does not see them at all.
    CHECK(east.one(QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {id}).toString()
          == r.summary);
    CHECK(
        east.one(QStringLiteral("SELECT citizen_name FROM case_personal WHERE id = ?::uuid"), {id}).toString()
        == QStringLiteral("홍*동"));
    CHECK(east.one(QStringLiteral("SELECT count(*) FROM violation_reports WHERE case_id = ?::uuid"), {id})
              .toInt()
          == 1);
    CHECK(west.one(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"), {id}).toInt() == 0);
    CHECK(west.one(QStringLiteral("SELECT count(*) FROM case_personal WHERE id = ?::uuid"), {id}).toInt()
          == 0);
    CHECK(west.one(QStringLiteral("SELECT count(*) FROM violation_reports WHERE case_id = ?::uuid"), {id})
              .toInt()
          == 0);
    // Another department's forward cannot be moved, not even raw.
    const QString forward = r.forwards.first().id.toString(QUuid::WithoutBraces);
    CHECK(west.affected(QStringLiteral("UPDATE forwards SET state = 'closed' WHERE id = ?::uuid"), {forward})
          == 0);
    QString state;
    CHECK_FALSE(west.one(QStringLiteral("SELECT update_forward(?::uuid, 'acknowledged', NULL, NULL, NULL)"),
                         {forward}, &state)
                    .isValid());
    CHECK(east.one(QStringLiteral("SELECT update_forward(?::uuid, 'acknowledged', NULL, '접수', NULL)"),
                   {forward})
              .toInt()
          > 1);
    // Departments do not write cases.
    CHECK(east.affected(QStringLiteral("UPDATE cases SET summary = 'x' WHERE id = ?::uuid"), {id}, &state)
          == -1);
    // Supervisors may change any case.
    CHECK(supervisor.affected(QStringLiteral("UPDATE cases SET review_comment = '확인' WHERE id = ?::uuid"),
                              {id})
          == 1);
}

TEST_CASE("Personal data is revealed only with a right and a reason, and every reveal is recorded",
          "[db][security][audit]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As mine(db, QStringLiteral("counselor01"));
    CaseRecord r = personalCase();
    r.state = QStringLiteral("completed");
    QSqlDatabase d = mine.db();
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString id = uuid(r.id);
    const QString reveal = QStringLiteral("SELECT citizen_name || '|' || phone || '|' || address "
                                          "FROM reveal_case_pii(?::uuid, ?)");

    QString state;
    CHECK_FALSE(mine.one(reveal, {id, QStringLiteral(" ")}, &state).isValid());
    CHECK(state == QStringLiteral("23514"));
    CHECK(mine.one(reveal, {id, QStringLiteral("민원인 회신 전화")}).toString()
          == QStringLiteral("홍길동|010-5555-1234|한빛시 동구 한빛대로 12"));
    As other(db, QStringLiteral("counselor02"));
    CHECK_FALSE(other.one(reveal, {id, QStringLiteral("궁금해서")}, &state).isValid());
    CHECK(state == QStringLiteral("42501"));
    As dept(db, QStringLiteral("dept_east1"));
    CHECK_FALSE(dept.one(reveal, {id, QStringLiteral("현장 확인")}, &state).isValid());
    As supervisor(db, QStringLiteral("supervisor1"));
    CHECK(supervisor.one(reveal, {id, QStringLiteral("품질 검토")})
              .toString()
              .startsWith(QStringLiteral("홍길동")));

    // The trail: who, when, which case, why — forged entries are impossible.
    CHECK(other.affected(QStringLiteral("INSERT INTO pii_reveals (case_id, field, reason) VALUES (?::uuid, "
                                        "'all', '위조')"),
                         {id}, &state)
          == -1);
    CHECK(supervisor
              .one(QStringLiteral(
                       "SELECT string_agg(actor || ':' || reason, ',' ORDER BY id) FROM pii_reveal_log "
                       "WHERE case_id = ?::uuid"),
                   {id})
              .toString()
          == QStringLiteral("counselor01:민원인 회신 전화,supervisor1:품질 검토"));
    CHECK_FALSE(mine.one(QStringLiteral("SELECT count(*) FROM pii_reveal_log"), {}, &state).isValid());
    // Not even the owner rewrites a reveal.
    As owner(db, QStringLiteral("minwon"));
    CHECK(owner.affected(QStringLiteral("UPDATE pii_reveals SET reason = 'x' WHERE case_id = ?::uuid"), {id},
                         &state)
          == -1);
    CHECK(owner.affected(QStringLiteral("DELETE FROM pii_reveals WHERE case_id = ?::uuid"), {id}, &state)
          == -1);
}

TEST_CASE("The audit trail records every change and nobody can change or delete it", "[db][security][audit]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As mine(db, QStringLiteral("counselor01"));
    CaseRecord r = personalCase();
    QSqlDatabase d = mine.db();
    CaseWriteResult saved = writeCase(d, r);
    REQUIRE(saved.status == CaseWriteResult::Status::Saved);
    r.version = saved.version;
    r.summary = QStringLiteral("요약 수정");
    REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    const QString id = uuid(r.id);

    As admin(db, QStringLiteral("admin1"));
    // Before and after of the change, by whom.
    CHECK(
        admin
            .one(QStringLiteral("SELECT before->>'summary' || ' -> ' || (after->>'summary') FROM audit_log "
                                "WHERE table_name = 'cases' AND row_id = ? AND action = 'UPDATE' AND actor = "
                                "'counselor01'"),
                 {id})
            .toString()
        == QStringLiteral("노래연습장 심야 영업 신고 -> 요약 수정"));
    // Supervisors: the filtered view, changed fields without personal values.
    As supervisor(db, QStringLiteral("supervisor1"));
    QString state;
    CHECK_FALSE(supervisor.one(QStringLiteral("SELECT count(*) FROM audit_log"), {}, &state).isValid());
    CHECK(state == QStringLiteral("42501"));
    CHECK(supervisor
              .one(QStringLiteral(
                       "SELECT array_to_string(changed_fields, ',') FROM audit_trail WHERE row_id = ? "
                       "AND action = 'UPDATE'"),
                   {id})
              .toString()
          == QStringLiteral("summary"));
    CHECK(supervisor
              .one(QStringLiteral("SELECT count(*) FROM audit_trail WHERE after::text LIKE '%홍길동%' OR "
                                  "before::text LIKE '%010-5555%'"))
              .toInt()
          == 0);
    CHECK_FALSE(mine.one(QStringLiteral("SELECT count(*) FROM audit_trail"), {}, &state).isValid());
    // Nobody changes it: not the admin role, not the owner (the superuser here).
    CHECK(admin.affected(QStringLiteral("DELETE FROM audit_log"), {}, &state) == -1);
    CHECK(admin.affected(QStringLiteral("UPDATE audit_log SET actor = 'x'"), {}, &state) == -1);
    CHECK(admin.affected(QStringLiteral("INSERT INTO audit_log (table_name, action) VALUES ('cases', 'x')"),
                         {}, &state)
          == -1);
    As owner(db, QStringLiteral("minwon"));
    const int before = owner.one(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    CHECK(owner.affected(QStringLiteral("DELETE FROM audit_log WHERE row_id = ?"), {id}, &state) == -1);
    CHECK(owner.affected(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE row_id = ?"), {id}, &state)
          == -1);
    CHECK(owner.affected(QStringLiteral("TRUNCATE audit_log"), {}, &state) == -1);
    CHECK(owner.affected(QStringLiteral("TRUNCATE pii_reveals"), {}, &state) == -1);
    CHECK(owner.one(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == before);
}

TEST_CASE("People are managed through the database: admins everyone, supervisors counselors",
          "[db][security][users]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    As admin(db, QStringLiteral("admin1"));
    QSqlDatabase a = admin.db();
    UserAccount newbie {QStringLiteral("sec_c_") + suffix,
                        QStringLiteral("새 상담사"),
                        QStringLiteral("counselor"),
                        1,
                        {},
                        true,
                        true,
                        {}};
    UserAccounts::Result result = UserAccounts::add(a, newbie, QStringLiteral("correct horse battery"));
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    As owner(db, QStringLiteral("minwon"));
    // A login role with a SCRAM verifier (never the clear password), member of its group.
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' AND rolcanlogin FROM pg_authid "
                       "WHERE rolname = ?"),
                   {newbie.login})
              .toBool());
    CHECK(
        owner
            .one(QStringLiteral("SELECT pg_has_role(?, 'minwon_counselor', 'MEMBER') AND NOT pg_has_role(?, "
                                "'minwon_admin', 'MEMBER')"),
                 {newbie.login, newbie.login})
            .toBool());
    {
        As fresh(db, newbie.login);
        CHECK(fresh.one(QStringLiteral("SELECT display_name FROM people WHERE id = current_person_id()"))
                  .toString()
              == QStringLiteral("새 상담사"));
    }

    // Supervisors manage counselors only.
    As supervisor(db, QStringLiteral("supervisor1"));
    QSqlDatabase s = supervisor.db();
    CHECK(UserAccounts::setActive(s, newbie.login, false).ok);
    CHECK_FALSE(
        owner.one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {newbie.login})
            .toBool());
    {
        SqlConnection refused(db.configAs(newbie.login), {}, QStringLiteral("sec-disabled"));
        CHECK_FALSE(refused.open());
    }
    CHECK(UserAccounts::setActive(s, newbie.login, true).ok);
    const UserAccounts::Result promote
        = UserAccounts::setRole(s, newbie.login, QStringLiteral("admin"), 0, {});
    CHECK_FALSE(promote.ok);
    CHECK_FALSE(promote.message.isEmpty());
    CHECK_FALSE(UserAccounts::setActive(s, QStringLiteral("admin1"), false).ok);
    UserAccount sneaky {QStringLiteral("sec_a_") + suffix,
                        QStringLiteral("관리자"),
                        QStringLiteral("admin"),
                        0,
                        {},
                        true,
                        true,
                        {}};
    CHECK_FALSE(UserAccounts::add(s, sneaky, QStringLiteral("correct horse battery")).ok);
    CHECK(owner.one(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {sneaky.login}).toInt()
          == 0);
    UserAccounts::Result listed;
    const QList<UserAccount> visible = UserAccounts::list(s, &listed);
    REQUIRE(listed.ok);
    for (const UserAccount& u : visible)
        CHECK(u.role == QStringLiteral("counselor"));

    // Role change: exactly one group afterwards.
    REQUIRE(UserAccounts::setRole(a, newbie.login, QStringLiteral("kb_editor"), 0, {}).ok);
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT pg_has_role(?, 'minwon_kb_editor', 'MEMBER') AND NOT pg_has_role(?, "
                       "'minwon_counselor', 'MEMBER') AND (SELECT role FROM people WHERE login = ?) = "
                       "'kb_editor'"),
                   {newbie.login, newbie.login, newbie.login})
              .toBool());
    // Counselors manage nobody, and nobody grants themselves a group raw.
    As counselor(db, QStringLiteral("counselor01"));
    QSqlDatabase c = counselor.db();
    CHECK_FALSE(UserAccounts::setActive(c, newbie.login, false).ok);
    QString state;
    CHECK(counselor.affected(QStringLiteral("GRANT minwon_admin TO counselor01"), {}, &state) == -1);
    CHECK(counselor.affected(QStringLiteral("UPDATE people SET role = 'admin' WHERE login = 'counselor01'"),
                             {}, &state)
          == -1);
    CHECK_FALSE(counselor.one(QStringLiteral("SELECT admin_set_group('counselor01', 'admin')"), {}, &state)
                    .isValid());
    // A clear password never goes through SQL.
    CHECK_FALSE(admin
                    .one(QStringLiteral("SELECT admin_user_set_password(?, 'plain text password')"),
                         {newbie.login}, &state)
                    .isValid());
    // Every change of a person is in the trail.
    CHECK(admin
              .one(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE table_name = 'people' AND after->>'login' "
                       "= ?"),
                   {newbie.login})
              .toInt()
          >= 3);
}

TEST_CASE("minwon-admin purge erases personal data past the retention period, the figures stay",
          "[db][security][admin]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As desk(db, QStringLiteral("counselor01"));
    CaseRecord old = personalCase();
    old.state = QStringLiteral("completed");
    CaseRecord recent = personalCase();
    recent.state = QStringLiteral("completed");
    QSqlDatabase d = desk.db();
    REQUIRE(writeCase(d, old).status == CaseWriteResult::Status::Saved);
    REQUIRE(writeCase(d, recent).status == CaseWriteResult::Status::Saved);
    As owner(db, QStringLiteral("minwon"));
    // Four years ago (the default retention is three).
    REQUIRE(owner.affected(QStringLiteral("UPDATE cases SET opened_at = opened_at - interval '4 years' "
                                          "WHERE id = ?::uuid"),
                           {uuid(old.id)})
            == 1);
    const QString figures
        = QStringLiteral("SELECT string_agg(channel || ':' || coalesce(subcategory_code, '') || ':' "
                         "|| n, ',' ORDER BY channel, subcategory_code) FROM (SELECT channel, "
                         "subcategory_code, count(*) n FROM cases GROUP BY 1, 2) x");
    const QString before = owner.one(figures).toString();

    // Counselors cannot erase anything.
    QString state;
    CHECK_FALSE(desk.one(QStringLiteral("SELECT purge_personal_data()"), {}, &state).isValid());
    CHECK(state == QStringLiteral("42501"));

    const ConnectionConfig c = db.config();
    auto run = [&](const QStringList& command) {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        AdminCli cli(o, e);
        const int code = cli.run(
            QStringList {QStringLiteral("--host"), c.hosts.first(), QStringLiteral("--port"),
                         QString::number(c.port), QStringLiteral("--db"), db.name(), QStringLiteral("--user"),
                         QStringLiteral("admin1"), QStringLiteral("--sslmode"), QStringLiteral("disable")}
            + command);
        o.flush();
        e.flush();
        INFO(err.toStdString());
        return std::make_pair(code, out);
    };
    auto [dryCode, dryOut] = run({QStringLiteral("purge"), QStringLiteral("--dry-run")});
    CHECK(dryCode == AdminCli::Ok);
    CHECK(dryOut.contains(QStringLiteral("1 case")));
    CHECK(owner.one(QStringLiteral("SELECT citizen_name FROM cases WHERE id = ?::uuid"), {uuid(old.id)})
              .toString()
          == QStringLiteral("홍길동"));
    CHECK(run({QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("7")}).first
          == AdminCli::Usage);
    auto [code, out] = run({QStringLiteral("purge")});
    REQUIRE(code == AdminCli::Ok);
    CHECK(out.contains(QStringLiteral("1 case")));

    // What remains of the old case: everything but the person.
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT (citizen_name IS NULL AND phone IS NULL AND address IS NULL AND sender IS "
                       "NULL AND personal_data_purged_at IS NOT NULL)::text || '|' || summary || '|' || "
                       "answer || '|' || subcategory_code || '|' || state FROM cases WHERE id = ?::uuid"),
                   {uuid(old.id)})
              .toString()
          == QStringLiteral("true|노래연습장 심야 영업 신고|단속반에 전달|covid19.violation|completed"));
    CHECK(owner
              .one(QStringLiteral("SELECT count(*) FROM violation_reports WHERE case_id = ?::uuid"),
                   {uuid(old.id)})
              .toInt()
          == 1);
    CHECK(owner.one(QStringLiteral("SELECT count(*) FROM forwards WHERE case_id = ?::uuid"), {uuid(old.id)})
              .toInt()
          == 1);
    CHECK(owner.one(figures).toString() == before);
    // …nor in the audit trail, which still says who did what.
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE row_id = ?::text AND (before::text LIKE "
                       "'%홍길동%' OR after::text LIKE '%홍길동%' OR after::text LIKE '%5555%')"),
                   {uuid(old.id)})
              .toInt()
          == 0);
    CHECK(owner
              .one(QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ?::text AND actor = "
                                  "'counselor01'"),
                   {uuid(old.id)})
              .toInt()
          >= 1);
    CHECK(
        owner
            .one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'PURGE' AND actor = 'admin1'"))
            .toInt()
        == 1);
    // The recent case keeps its personal data; the trail stays closed outside a purge.
    CHECK(owner.one(QStringLiteral("SELECT citizen_name FROM cases WHERE id = ?::uuid"), {uuid(recent.id)})
              .toString()
          == QStringLiteral("홍길동"));
    CHECK(owner.affected(
              QStringLiteral("UPDATE audit_log SET after = after - 'summary' WHERE row_id = ?::text"),
              {uuid(recent.id)}, &state)
          == -1);
    // Even with the purge switch set by hand, only the erasure of personal values passes.
    REQUIRE(owner.one(QStringLiteral("SELECT set_config('minwon.purging', 'on', false)")).toString()
            == QStringLiteral("on"));
    CHECK(owner.affected(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE row_id = ?::text"),
                         {uuid(recent.id)}, &state)
          == -1);
    CHECK(owner.affected(QStringLiteral("DELETE FROM audit_log WHERE row_id = ?::text"), {uuid(recent.id)},
                         &state)
          == -1);
}

TEST_CASE("A counselor's state is their own, and offers still reach colleagues", "[db][security][queue]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    As me(db, QStringLiteral("counselor03"));
    As supervisor(db, QStringLiteral("supervisor1"));
    const QString colleague = QStringLiteral("(SELECT id FROM people WHERE login = 'counselor04')");
    // Everyone reads the board.
    CHECK(me.one(QStringLiteral("SELECT count(*) FROM agent_status")).toInt() > 10);
    // One's own state, yes; a colleague's, no: the row is not there to change.
    CHECK(me.affected(QStringLiteral("UPDATE agent_status SET state = 'break' WHERE person_id = "
                                     "current_person_id()"))
          == 1);
    CHECK(
        me.affected(QStringLiteral("UPDATE agent_status SET state = 'break' WHERE person_id = ") + colleague)
        == 0);
    QString state;
    CHECK(me.affected(QStringLiteral("INSERT INTO agent_status (person_id, state, room_id) SELECT id, "
                                     "'available', room_id FROM people WHERE login = 'counselor47' "
                                     "ON CONFLICT (person_id) DO UPDATE SET state = 'available'"),
                      {}, &state)
          == -1);
    CHECK(state == QStringLiteral("42501"));
    // A supervisor may set anyone (a counselor who left without signing off).
    CHECK(supervisor.affected(QStringLiteral("UPDATE agent_status SET state = 'offline' WHERE person_id = ")
                              + colleague)
          == 1);

    // A ringing call is still offered to an available colleague: the offer
    // locks the colleague's row with the owner's rights.
    SqlConnection owner(db.config(), {}, QStringLiteral("sec-owner"));
    REQUIRE(owner.open());
    QSqlQuery q(owner.db());
    REQUIRE(q.exec(QStringLiteral("SET session_replication_role = replica"))); // outside the state rules
    REQUIRE(q.exec(QStringLiteral("UPDATE agent_status SET state = 'offline', contact_id = NULL")));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE agent_status SET state = 'available', since = now() WHERE person_id = ")
               + colleague));
    REQUIRE(q.exec(QStringLiteral("RESET session_replication_role")));
    const QString contact
        = me.one(QStringLiteral("INSERT INTO contacts (channel, sender) VALUES ('phone', '01055559876') "
                                "RETURNING id"))
              .toString();
    REQUIRE_FALSE(contact.isEmpty());
    // Offered at once when auto-offer is on; else by the call the desks make.
    me.one(QStringLiteral("SELECT offer_contact(id) FROM contacts WHERE id = ?::uuid AND state = 'waiting'"),
           {contact}, &state);
    INFO(state.toStdString());
    CHECK(me.one(QStringLiteral("SELECT offered_to::text FROM contacts WHERE id = ?::uuid"), {contact})
              .toString()
          == me.one(QStringLiteral("SELECT id::text FROM people WHERE login = 'counselor04'")).toString());
}
