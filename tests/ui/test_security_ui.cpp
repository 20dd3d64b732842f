// SPDX-License-Identifier: Apache-2.0
// The supervisor's user administration panel and the reveal dialog, on the
// real database as the real roles: what the database allows shows, what it
// refuses is explained, and a reveal is recorded.
#include "admin/UserAdminPanel.h"
#include "caseform/RevealDialog.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "services/CaseService.h"
#include "services/CaseWriter.h"
#include "services/UserService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QUuid>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

bool waitFor(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

struct Session
{
    explicit Session(const ConnectionConfig& config)
        : session(config, {})
    {
        session.start();
        REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    }
    DbSession session;
};

QVariant ownerScalar(const TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    SqlConnection owner(db.config(), {}, QStringLiteral("ui-sec-owner"));
    REQUIRE(owner.open());
    QSqlQuery q(owner.db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace

TEST_CASE("A supervisor manages counselors in the panel and is refused the rest", "[ui][db][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Session s(db.configAs(QStringLiteral("supervisor1")));
    UserService service(&s.session);
    UserAdminPanel panel(&service);
    panel.show();
    REQUIRE(waitFor([&] { return !panel.accounts().isEmpty(); }));
    for (const UserAccount& a : panel.accounts())
        CHECK(a.role == QStringLiteral("counselor"));

    bool answered = false;
    bool answer = false;
    QObject::connect(&panel, &UserAdminPanel::done, &panel, [&](bool ok) {
        answered = true;
        answer = ok;
    });
    const QString login = QStringLiteral("ui_c_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    panel.addAccount(
        {login, QStringLiteral("신입 상담사"), QStringLiteral("counselor"), 1, {}, true, true, {}},
        QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return answered; }));
    CHECK(answer);
    REQUIRE(waitFor([&] {
        for (const UserAccount& a : panel.accounts()) {
            if (a.login == login)
                return true;
        }
        return false;
    }));
    auto* status = panel.findChild<QLabel*>(QStringLiteral("statusLabel"));
    REQUIRE(status);

    // Promotion to admin: refused by the database, explained in the panel.
    answered = false;
    panel.changeRole(login, QStringLiteral("admin"));
    REQUIRE(waitFor([&] { return answered; }));
    CHECK_FALSE(answer);
    CHECK_FALSE(status->text().isEmpty());
    CHECK(ownerScalar(db, QStringLiteral("SELECT role FROM people WHERE login = ?"), {login}).toString()
          == QStringLiteral("counselor"));

    // Disable through the button.
    panel.selectLogin(login);
    CHECK(panel.selectedLogin() == login);
    auto* activeButton = panel.findChild<QPushButton*>(QStringLiteral("activeButton"));
    REQUIRE(activeButton);
    answered = false;
    activeButton->click();
    REQUIRE(waitFor([&] { return answered; }));
    CHECK(answer);
    CHECK_FALSE(ownerScalar(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login})
                    .toBool());
}

TEST_CASE("The reveal dialog asks for a reason, shows the data and the database records it",
          "[ui][db][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01055551234"));
    r.citizenName = QStringLiteral("김민원");
    r.phone = QStringLiteral("010-5555-1234");
    r.category = QStringLiteral("covid19");
    r.subcategory = QStringLiteral("covid19.testing");
    r.summary = QStringLiteral("검사 문의");
    r.wrapupCode = QStringLiteral("answered");
    r.state = QStringLiteral("completed");
    {
        SqlConnection desk(db.configAs(QStringLiteral("counselor01")), {}, QStringLiteral("ui-sec-desk"));
        REQUIRE(desk.open());
        QSqlDatabase d = desk.db();
        REQUIRE(writeCase(d, r).status == CaseWriteResult::Status::Saved);
    }

    // Another counselor: refused, nothing recorded.
    {
        Session s(db.configAs(QStringLiteral("counselor02")));
        CaseService service(&s.session);
        RevealDialog dialog(&service, r.id, QStringLiteral("검사 문의"));
        bool answered = false;
        bool shown = true;
        QObject::connect(&dialog, &RevealDialog::answered, &dialog, [&](bool ok) {
            answered = true;
            shown = ok;
        });
        dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("궁금해서"));
        dialog.reveal();
        REQUIRE(waitFor([&] { return answered; }));
        CHECK_FALSE(shown);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("nameValue"))->text() == QStringLiteral("—"));
    }
    // The counselor who handled it, with a reason.
    Session s(db.configAs(QStringLiteral("counselor01")));
    CaseService service(&s.session);
    RevealDialog dialog(&service, r.id, QStringLiteral("검사 문의"));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
    REQUIRE(reason);
    bool answered = false;
    bool shown = false;
    QObject::connect(&dialog, &RevealDialog::answered, &dialog, [&](bool ok) {
        answered = true;
        shown = ok;
    });
    dialog.reveal(); // no reason yet: not even asked
    CHECK_FALSE(answered);
    reason->setText(QStringLiteral("회신 전화"));
    dialog.reveal();
    REQUIRE(waitFor([&] { return answered; }));
    CHECK(shown);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("nameValue"))->text() == QStringLiteral("김민원"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("phoneValue"))->text() == QStringLiteral("010-5555-1234"));
    CHECK(ownerScalar(db,
                      QStringLiteral(
                          "SELECT string_agg(actor || ':' || reason, ',') FROM pii_reveals WHERE case_id = "
                          "?::uuid"),
                      {r.id.toString(QUuid::WithoutBraces)})
              .toString()
          == QStringLiteral("counselor01:회신 전화"));
}

TEST_CASE("The desk's case service: history masked, the case in hand in clear, others masked",
          "[ui][db][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    CaseRecord done = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01044443333"));
    done.citizenName = QStringLiteral("박시민");
    done.phone = QStringLiteral("010-4444-3333");
    done.address = QStringLiteral("한빛시 남구 달빛로 7");
    done.category = QStringLiteral("covid19");
    done.subcategory = QStringLiteral("covid19.testing");
    done.summary = QStringLiteral("지난 문의");
    done.wrapupCode = QStringLiteral("answered");
    done.state = QStringLiteral("completed");
    CaseRecord open = done;
    open.id = QUuid::createUuid();
    open.summary = QStringLiteral("지금 문의");
    open.state = QStringLiteral("open");
    {
        SqlConnection desk(db.configAs(QStringLiteral("counselor01")), {}, QStringLiteral("ui-sec-history"));
        REQUIRE(desk.open());
        QSqlDatabase d = desk.db();
        REQUIRE(writeCase(d, done).status == CaseWriteResult::Status::Saved);
        REQUIRE(writeCase(d, open).status == CaseWriteResult::Status::Saved);
    }
    Session s(db.configAs(QStringLiteral("counselor01")));
    CaseService service(&s.session);

    QList<CaseSummary> history;
    bool got = false;
    service.loadHistory(QStringLiteral("01044443333"), [&](const QList<CaseSummary>& rows) {
        history = rows;
        got = true;
    });
    REQUIRE(waitFor([&] { return got; }));
    REQUIRE(history.size() == 2);
    for (const CaseSummary& row : history) {
        CHECK(row.citizenNameMasked == QStringLiteral("박*민"));
        CHECK(row.phoneMasked == QStringLiteral("010-****-3333"));
    }

    auto load = [&](CaseService& from, const QUuid& id) {
        CaseRecord record;
        bool loaded = false;
        got = false;
        from.load(id, [&](bool ok, const CaseRecord& r, const QString&) {
            loaded = ok;
            record = r;
            got = true;
        });
        REQUIRE(waitFor([&] { return got; }));
        REQUIRE(loaded);
        return record;
    };
    // In hand: in clear, so the form edits the real values.
    const CaseRecord mine = load(service, open.id);
    CHECK(mine.citizenName == QStringLiteral("박시민"));
    CHECK(mine.address == QStringLiteral("한빛시 남구 달빛로 7"));
    // Finished: masked, even for the counselor who handled it.
    CHECK(load(service, done.id).citizenName == QStringLiteral("박*민"));
    // Another counselor: masked.
    Session other(db.configAs(QStringLiteral("counselor02")));
    CaseService otherService(&other.session);
    const CaseRecord seen = load(otherService, open.id);
    CHECK(seen.phone == QStringLiteral("010-****-3333"));
    CHECK(seen.address == QStringLiteral("한빛시 남구 ***"));

    // Returned by a supervisor: back in the counselor's hands, in clear.
    {
        SqlConnection sup(db.configAs(QStringLiteral("supervisor1")), {}, QStringLiteral("ui-sec-return"));
        REQUIRE(sup.open());
        QSqlQuery q(sup.db());
        q.prepare(QStringLiteral(
            "UPDATE cases SET state = 'returned', review_comment = '주소 확인' WHERE id = ?::uuid"));
        q.addBindValue(done.id.toString(QUuid::WithoutBraces));
        REQUIRE(q.exec());
    }
    QList<CaseSummary> returned;
    got = false;
    service.loadReturned([&](const QList<CaseSummary>& rows) {
        returned = rows;
        got = true;
    });
    REQUIRE(waitFor([&] { return got; }));
    REQUIRE(returned.size() == 1);
    CHECK(returned.first().reviewComment == QStringLiteral("주소 확인"));
    CHECK(load(service, done.id).citizenName == QStringLiteral("박시민"));
}
