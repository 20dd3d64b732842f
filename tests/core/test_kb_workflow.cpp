// SPDX-License-Identifier: Apache-2.0
// The knowledge-base workflow as the database enforces it: versions never
// change once written, an approver who is not the author publishes, scheduled
// versions wait for their day, corrections list the cases to call back, and
// each counselor's confirmations are recorded under their own name.
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "kb/KbWorkflow.h"
#include "services/KbService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

struct Desk
{
    Desk(const TestDatabase& db, const QString& login)
        : c(login == QLatin1String("postgres") ? db.config() : db.configAs(login), {},
            QStringLiteral("kbwf-") + login)
        , flow(c.db())
    {
        REQUIRE(c.open());
        flow = KbWorkflow(c.db());
    }
    /// Runs one statement; on failure returns the SQLSTATE.
    QString exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(c.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().nativeErrorCode();
        return {};
    }
    QVariant one(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(c.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
            return {};
        }
        return q.value(0);
    }
    SqlConnection c;
    KbWorkflow flow;
};

ArticleFile article(const QString& id, const QString& title, const QDate& from, int basedOn = 0)
{
    ArticleFile a;
    a.id = id;
    a.title = title;
    a.category = QStringLiteral("covid19.testing");
    a.tags = {QStringLiteral("검사")};
    a.effectiveFrom = from;
    a.body = QStringLiteral("선별진료소는 평일 9시부터 18시까지 운영합니다.");
    a.version = basedOn;
    return a;
}

QString status(Desk& d, const QString& id, int version)
{
    return d
        .one(QStringLiteral("SELECT status FROM kb_versions WHERE article_id = ? AND version_no = ?"),
             {id, version})
        .toString();
}

bool waitFor(const std::function<bool()>& condition, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

} // namespace

TEST_CASE("The database lets only an approver who is not the author publish what editors write", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk editor(db, QStringLiteral("editor1"));
    Desk approver(db, QStringLiteral("approver1"));
    const QString id = QStringLiteral("wf-test-sites");
    const QDate today = editor.one(QStringLiteral("SELECT current_date")).toDate();
    QString error;

    // An editor cannot publish by writing the row directly.
    REQUIRE(editor.exec(QStringLiteral("INSERT INTO kb_articles (id) VALUES ('wf-test-sites')")).isEmpty());
    CHECK(editor.exec(QStringLiteral("INSERT INTO kb_versions (article_id, version_no, title, category_code, "
                                     "effective_from, status) VALUES ('wf-test-sites', 1, 'x', "
                                     "'covid19.testing', current_date, 'published')"))
          == QLatin1String("23514"));

    REQUIRE(editor.flow.saveVersion(article(id, QStringLiteral("선별진료소 운영"), today.addDays(-1)), false,
                                    &error)
            == 1);
    CHECK(status(editor, id, 1) == QLatin1String("draft"));
    // What is written stays written: an edit is a new version.
    CHECK(editor.exec(QStringLiteral("UPDATE kb_versions SET title = 'changed' WHERE article_id = ?"), {id})
          == QLatin1String("23514"));
    // An editor is no approver, not even of a draft submitted meanwhile.
    REQUIRE(editor.flow.submit(id, 1, &error));
    CHECK(editor.flow.approve(id, 1, false, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK(
        editor.exec(QStringLiteral("UPDATE kb_versions SET status = 'published' WHERE article_id = ?"), {id})
        == QLatin1String("42501"));
    CHECK(status(editor, id, 1) == QLatin1String("in_review"));

    // The approver (not the author) publishes; the database records who and when.
    CHECK(approver.flow.approve(id, 1, false, &error) == QLatin1String("published"));
    CHECK(approver
              .one(QStringLiteral("SELECT approved_by = current_person_id() AND published_at IS NOT NULL "
                                  "FROM kb_versions WHERE article_id = ? AND version_no = 1"),
                   {id})
              .toBool());

    // An approver who wrote a version cannot approve it: neither through the
    // desk nor by writing the row.
    REQUIRE(approver.flow.saveVersion(article(id, QStringLiteral("선별진료소 운영 시간 변경"), today, 1),
                                      true, &error)
            == 2);
    CHECK(approver.flow.approve(id, 2, false, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK(approver.exec(QStringLiteral("UPDATE kb_versions SET status = 'published' WHERE article_id = ? AND "
                                       "version_no = 2"),
                        {id})
          == QLatin1String("42501"));
    CHECK(approver.exec(QStringLiteral("UPDATE kb_versions SET approved_by = author_id, status = 'approved', "
                                       "publish_at = now() WHERE article_id = ? AND version_no = 2"),
                        {id})
          == QLatin1String("42501"));
    CHECK(status(approver, id, 2) == QLatin1String("in_review"));
    CHECK(status(approver, id, 1) == QLatin1String("published"));

    // A newer version replaces the unfinished one; a return needs a reason.
    REQUIRE(
        editor.flow.saveVersion(article(id, QStringLiteral("선별진료소 운영 시간"), today, 2), true, &error)
        == 3);
    CHECK(status(editor, id, 2) == QLatin1String("withdrawn"));
    CHECK_FALSE(approver.flow.returnToAuthor(id, 3, QStringLiteral("  "), &error));
    REQUIRE(approver.flow.returnToAuthor(id, 3, QStringLiteral("출처를 적어 주세요."), &error));
    CHECK(status(editor, id, 3) == QLatin1String("rejected"));
    // Saving from an old version is refused: someone else's edit would be lost.
    CHECK(editor.flow.saveVersion(article(id, QStringLiteral("다시"), today, 1), false, &error) == 0);
    // So is a "new" article with an id that exists.
    CHECK(editor.flow.saveVersion(article(id, QStringLiteral("새 글"), today, 0), false, &error) == 0);
    CHECK(error.contains(id));

    const QList<KbVersionRecord> history = editor.flow.history(id, &error);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).article.version == 3);
    CHECK(history.at(0).reviewNote == QStringLiteral("출처를 적어 주세요."));
    CHECK_FALSE(history.at(0).returnedByName.isEmpty());
    CHECK(history.at(2).approverName != history.at(2).authorName);
}

TEST_CASE("A version approved for a later in-force date is published on that day", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk editor(db, QStringLiteral("editor1"));
    Desk approver(db, QStringLiteral("approver1"));
    Desk admin(db, QStringLiteral("postgres"));
    const QString id = QStringLiteral("wf-scheduled");
    const QDate today = admin.one(QStringLiteral("SELECT current_date")).toDate();
    QString error;
    REQUIRE(editor.exec(QStringLiteral("INSERT INTO kb_articles (id) VALUES ('wf-scheduled')")).isEmpty());
    ArticleFile first = article(id, QStringLiteral("드라이브스루 검사 안내"), today.addDays(-10));
    REQUIRE(editor.flow.saveVersion(first, true, &error) == 1);
    REQUIRE(approver.flow.approve(id, 1, false, &error) == QLatin1String("published"));

    // A counselor's desk holds the published version in memory.
    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    KbService kb(&session);
    kb.reload();
    REQUIRE(waitFor([&] { return kb.isReady(); }));
    auto inForceVersion = [&] {
        for (const SearchIndex::Hit& hit : kb.search(QStringLiteral("드라이브스루"), today))
            if (hit.articleId == id && hit.inForce)
                return hit.version;
        return 0;
    };
    CHECK(inForceVersion() == 1);

    ArticleFile second = article(id, QStringLiteral("드라이브스루 검사 안내 (개정)"), today.addDays(3), 1);
    REQUIRE(editor.flow.saveVersion(second, true, &error) == 2);
    CHECK(approver.flow.approve(id, 2, false, &error) == QLatin1String("approved"));
    // Scheduled for midnight in Seoul of its in-force day; until then the old rule holds.
    CHECK(approver
              .one(QStringLiteral("SELECT publish_at = kb_day_start(effective_from) FROM kb_versions "
                                  "WHERE article_id = ? AND version_no = 2"),
                   {id})
              .toBool());
    CHECK(editor.flow.publishDue(&error) >= 0);
    CHECK(status(editor, id, 2) == QLatin1String("approved"));
    CHECK(status(editor, id, 1) == QLatin1String("published"));
    // Nobody publishes it early, not even an approver.
    CHECK(approver.exec(QStringLiteral("UPDATE kb_versions SET status = 'published' WHERE article_id = ? AND "
                                       "version_no = 2"),
                        {id})
          == QLatin1String("23514"));
    QCoreApplication::processEvents();
    CHECK(inForceVersion() == 1);

    // The day comes (moved here instead of waiting three days): any desk's
    // periodic call publishes it, the old version is superseded, and the
    // counselor's index follows live.
    REQUIRE(
        admin
            .exec(QStringLiteral("UPDATE kb_versions SET effective_from = current_date, publish_at = now() "
                                 "WHERE article_id = ? AND version_no = 2"),
                  {id})
            .isEmpty());
    Desk counselor(db, QStringLiteral("counselor01"));
    CHECK(counselor.flow.publishDue(&error) >= 1);
    CHECK(status(editor, id, 2) == QLatin1String("published"));
    CHECK(status(editor, id, 1) == QLatin1String("superseded"));
    CHECK(waitFor([&] { return inForceVersion() == 2; }, 3000));
}

TEST_CASE("A correction lists the cases answered with the wrong version", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk editor(db, QStringLiteral("editor1"));
    Desk approver(db, QStringLiteral("approver1"));
    Desk admin(db, QStringLiteral("postgres"));
    Desk counselor(db, QStringLiteral("counselor01"));
    const QString id = QStringLiteral("wf-support");
    const QDate today = admin.one(QStringLiteral("SELECT current_date")).toDate();
    QString error;
    REQUIRE(editor.exec(QStringLiteral("INSERT INTO kb_articles (id) VALUES ('wf-support')")).isEmpty());
    REQUIRE(editor.flow.saveVersion(article(id, QStringLiteral("생활지원비 신청"), today.addDays(-5)), true,
                                    &error)
            == 1);
    REQUIRE(approver.flow.approve(id, 1, false, &error) == QLatin1String("published"));

    // Two citizens were told version 1.
    const QString wrongCase = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString otherCase = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QString& caseId : {wrongCase, otherCase})
        REQUIRE(admin
                    .exec(QStringLiteral("INSERT INTO cases (id, channel, citizen_name, phone, counselor_id) "
                                         "VALUES (?::uuid, 'phone', '김민원', '010-5555-1234', "
                                         "(SELECT id FROM people WHERE login = 'counselor01'))"),
                          {caseId})
                    .isEmpty());
    REQUIRE(counselor
                .exec(QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no) VALUES "
                                     "(?::uuid, ?, 1)"),
                      {wrongCase, id})
                .isEmpty());

    // An ordinary new version: no call-backs.
    REQUIRE(
        editor.flow.saveVersion(article(id, QStringLiteral("생활지원비 신청 안내"), today, 1), true, &error)
        == 2);
    REQUIRE(approver.flow.approve(id, 2, false, &error) == QLatin1String("published"));
    CHECK(approver.flow.callbacks(id, &error).isEmpty());
    REQUIRE(counselor
                .exec(QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no) VALUES "
                                     "(?::uuid, ?, 2)"),
                      {otherCase, id})
                .isEmpty());

    // Version 3 corrects version 2: who was told version 2 must be called back.
    REQUIRE(editor.flow.saveVersion(article(id, QStringLiteral("생활지원비 신청 안내 (정정)"), today, 2),
                                    true, &error)
            == 3);
    REQUIRE(approver.flow.approve(id, 3, true, &error) == QLatin1String("published"));
    const QList<KbCallback> calls = approver.flow.callbacks(id, &error);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().caseId.toString(QUuid::WithoutBraces) == otherCase);
    CHECK(calls.first().wrongVersion == 2);
    CHECK(calls.first().correctionVersion == 3);
    CHECK(calls.first().phone == QStringLiteral("010-5555-1234"));
    CHECK_FALSE(calls.first().calledAt.isValid());
    // The call-back is recorded under the approver's name.
    REQUIRE(approver.flow.markCalledBack(calls.first().caseId, id, 3, &error));
    const QList<KbCallback> after = approver.flow.callbacks(id, &error);
    REQUIRE(after.size() == 1);
    CHECK(after.first().calledAt.isValid());
    CHECK_FALSE(after.first().calledByName.isEmpty());
    // Counselors have no list of other people's callers.
    CHECK(counselor.exec(QStringLiteral("SELECT * FROM kb_correction_callbacks")) == QLatin1String("42501"));
}

TEST_CASE("Each counselor confirms the guidance changed since their last shift", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk editor(db, QStringLiteral("editor1"));
    Desk approver(db, QStringLiteral("approver1"));
    Desk counselor(db, QStringLiteral("counselor01"));
    Desk other(db, QStringLiteral("counselor02"));
    const QString id = QStringLiteral("wf-changed");
    QString error;
    REQUIRE(editor.exec(QStringLiteral("INSERT INTO kb_articles (id) VALUES ('wf-changed')")).isEmpty());
    REQUIRE(editor.flow.saveVersion(article(id, QStringLiteral("격리 해제 안내"), QDate::currentDate()), true,
                                    &error)
            == 1);
    auto listed = [&](Desk& d) {
        for (const KbChange& c : d.flow.myChanges(&error))
            if (c.articleId == id && c.version == 1)
                return true;
        return false;
    };
    CHECK_FALSE(listed(counselor)); // not published yet
    REQUIRE(approver.flow.approve(id, 1, false, &error) == QLatin1String("published"));
    CHECK(listed(counselor));
    CHECK(listed(other));

    REQUIRE(counselor.flow.acknowledge({{id, 1}}, &error));
    CHECK_FALSE(listed(counselor));
    CHECK(listed(other)); // each person confirms for themselves
    // A counselor cannot confirm in someone else's name.
    REQUIRE(counselor
                .exec(QStringLiteral("INSERT INTO kb_acknowledgements (person_id, article_id, version_no) "
                                     "VALUES ((SELECT id FROM people WHERE login = 'counselor02'), ?, 1) "
                                     "ON CONFLICT DO NOTHING"),
                      {id})
                .isEmpty());
    CHECK(listed(other));
    CHECK(counselor
              .one(QStringLiteral(
                       "SELECT count(*) FROM kb_acknowledgements a JOIN people p ON p.id = a.person_id "
                       "WHERE a.article_id = ? AND p.login = 'counselor01'"),
                   {id})
              .toInt()
          == 1);
}
