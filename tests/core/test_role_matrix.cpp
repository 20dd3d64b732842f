// SPDX-License-Identifier: Apache-2.0
// Every role against every action, on the real database as that role:
// through the app's own code where the app has it (CaseWriter,
// UserAccounts) and with raw SQL, expected allowed or denied.
#include "db/SqlConnection.h"
#include "domain/CaseRecord.h"
#include "services/CaseWriter.h"
#include "services/UserAccounts.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <map>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

// True when the statement runs and returns at least one row whose first
// value is not false/empty (for SELECTs) or changes at least one row.
bool allowed(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    if (q.isSelect())
        return q.next() && !q.value(0).isNull() && q.value(0).toString() != QLatin1String("false")
            && q.value(0).toString() != QLatin1String("0");
    return q.numRowsAffected() > 0;
}

CaseRecord newCase()
{
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01098761234"));
    r.citizenName = QStringLiteral("이민원");
    r.phone = QStringLiteral("010-9876-1234");
    r.address = QStringLiteral("한빛시 서구 별빛로 3");
    r.category = QStringLiteral("covid19");
    r.subcategory = QStringLiteral("covid19.testing");
    r.summary = QStringLiteral("검사 문의");
    r.wrapupCode = QStringLiteral("answered");
    return r;
}

} // namespace

TEST_CASE("Role matrix: every role against every action, through the app and raw SQL",
          "[db][security][matrix]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    // The case everybody is tried on: another counselor's, finished, not forwarded.
    CaseRecord theirs = newCase();
    theirs.state = QStringLiteral("completed");
    {
        SqlConnection other(db.configAs(QStringLiteral("counselor02")), {}, QStringLiteral("matrix-owner"));
        REQUIRE(other.open());
        QSqlDatabase d = other.db();
        REQUIRE(writeCase(d, theirs).status == CaseWriteResult::Status::Saved);
    }
    const QString id = theirs.id.toString(QUuid::WithoutBraces);
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);

    using Action = std::function<bool(QSqlDatabase&, const QString& role)>;
    const std::vector<std::pair<QString, Action>> actions {
        {QStringLiteral("read"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d, QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"), {id});
         }},
        {QStringLiteral("read personal in clear"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(
                 d, QStringLiteral("SELECT citizen_name = '이민원' FROM case_personal WHERE id = ?::uuid"),
                 {id});
         }},
        {QStringLiteral("create (app)"),
         [&](QSqlDatabase& d, const QString&) {
             return writeCase(d, newCase()).status == CaseWriteResult::Status::Saved;
         }},
        {QStringLiteral("create (sql)"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d,
                            QStringLiteral("INSERT INTO cases (id, channel, counselor_id) VALUES "
                                           "(gen_random_uuid(), 'phone', current_person_id())"));
         }},
        {QStringLiteral("change (app)"),
         [&](QSqlDatabase& d, const QString&) {
             // Over the version stored now: only the right decides.
             CaseRecord r = theirs;
             QSqlQuery v(d);
             v.prepare(QStringLiteral("SELECT version FROM cases WHERE id = ?::uuid"));
             v.addBindValue(id);
             r.version = v.exec() && v.next() ? v.value(0).toInt() : 1;
             r.answer = QStringLiteral("변경");
             return writeCase(d, r).status == CaseWriteResult::Status::Saved;
         }},
        {QStringLiteral("change (sql)"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d, QStringLiteral("UPDATE cases SET answer = answer WHERE id = ?::uuid"), {id});
         }},
        {QStringLiteral("approve"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d,
                            QStringLiteral("INSERT INTO case_reviews (case_id, reviewer_id, decision) VALUES "
                                           "(?::uuid, current_person_id(), 'approved')"),
                            {id});
         }},
        {QStringLiteral("reveal"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(
                 d, QStringLiteral("SELECT citizen_name FROM reveal_case_pii(?::uuid, '역할 점검')"), {id});
         }},
        {QStringLiteral("export"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d, QStringLiteral("SELECT string_agg(citizen_name || phone, ',') FROM cases"));
         }},
        {QStringLiteral("read audit"),
         [&](QSqlDatabase& d, const QString&) {
             return allowed(d, QStringLiteral("SELECT count(*) FROM audit_log"));
         }},
        {QStringLiteral("administer (app)"),
         [&](QSqlDatabase& d, const QString& role) {
             UserAccount a {QStringLiteral("m_") + role.left(4) + QStringLiteral("_") + suffix,
                            QStringLiteral("점검"),
                            QStringLiteral("counselor"),
                            1,
                            {},
                            true,
                            true,
                            {}};
             return UserAccounts::add(d, a, QStringLiteral("correct horse battery")).ok;
         }},
        {QStringLiteral("administer (sql)"),
         [&](QSqlDatabase& d, const QString& role) {
             return allowed(d, QStringLiteral("CREATE ROLE m_raw_%1_%2 LOGIN").arg(role.left(4), suffix));
         }},
    };
    //                                read clear createA createS changeA changeS approve reveal export audit
    //                                adminA adminS
    const std::map<QString, std::vector<bool>> expected {
        {QStringLiteral("counselor01"), {1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0}},
        {QStringLiteral("supervisor1"), {1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0}},
        {QStringLiteral("editor1"), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {QStringLiteral("approver1"), {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {QStringLiteral("dept_east1"), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {QStringLiteral("admin1"), {1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0}},
    };
    int checked = 0;
    for (const auto& [login, row] : expected) {
        SqlConnection conn(db.configAs(login), {}, QStringLiteral("matrix-") + login);
        REQUIRE(conn.open());
        QSqlDatabase d = conn.db();
        for (size_t i = 0; i < actions.size(); ++i) {
            INFO(login.toStdString() + " / " + actions[i].first.toStdString());
            CHECK(actions[i].second(d, login) == row[i]);
            ++checked;
        }
    }
    CHECK(checked == 72);
}
