// SPDX-License-Identifier: Apache-2.0
// The queue's rules in the database: atomic claiming, counselor states,
// release, transfer, offers and abandonment.
#include "db/SqlConnection.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <mutex>

using minwon::SqlConnection;
using minwon::test::TestDatabase;

namespace {

// One desk: a connection signed in as a counselor.
struct Desk
{
    Desk(const TestDatabase& db, const QString& login)
        : conn(db.configAs(login), {}, QStringLiteral("desk-") + login)
    {
        REQUIRE(conn.open());
    }
    QVariant one(const QString& sql, const QVariantList& values = {}, QString* error = nullptr)
    {
        QSqlQuery q(conn.db());
        if (!q.prepare(sql)) {
            if (!error)
                FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
            else
                *error = q.lastError().databaseText();
            return QStringLiteral("ERROR (prepare): ") + q.lastError().text();
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            // Unexpected errors fail the test; expected ones are read through `error`.
            if (!error)
                FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
            else
                *error = q.lastError().databaseText();
            return QStringLiteral("ERROR: ") + q.lastError().databaseText();
        }
        return q.value(0);
    }
    /// A boolean function's answer; an error fails the test instead of reading as true.
    bool flag(const QString& sql, const QVariantList& values = {})
    {
        QString error;
        const QVariant v = one(sql, values, &error);
        if (!error.isEmpty())
            FAIL(error.toStdString() + " in " + sql.toStdString());
        return v.toBool();
    }
    QString state(const QString& login)
    {
        return one(QStringLiteral("SELECT s.state FROM agent_status s JOIN people p ON p.id = s.person_id "
                                  "WHERE p.login = ?"),
                   {login})
            .toString();
    }
    SqlConnection conn;
};

QString newContact(Desk& desk, const QString& channel = QStringLiteral("phone"), int priority = 0,
                   int room = 0)
{
    return desk
        .one(QStringLiteral("INSERT INTO contacts (channel, sender, priority, preferred_room) "
                            "VALUES (?, '0101234' || (random() * 1000)::int, ?, nullif(?, 0)) RETURNING id"),
             {channel, priority, room})
        .toString();
}

} // namespace

TEST_CASE("A hundred desks taking next from a backlog claim every contact exactly once", "[db][queue]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    constexpr int backlog = 600;
    constexpr int desks = 25; // counselors 11..35: connections pressing "take next" together
    {
        SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery q(owner.db());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM agent_status")));
        REQUIRE(q.exec(
            QStringLiteral("UPDATE contacts SET state = 'abandoned' WHERE state IN ('waiting', 'offered')")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO contacts (channel, sender, priority) SELECT 'phone', "
                                  "'0107000' || lpad(g::text, 4, '0'), (g % 3) FROM generate_series(1, %1) g")
                       .arg(backlog)));
    }
    std::mutex lock;
    QList<QString> claimed;
    std::atomic<int> errors {0};
    QString firstError;
    auto failed = [&](const QSqlQuery& q) {
        std::lock_guard<std::mutex> guard(lock);
        if (firstError.isEmpty())
            firstError = q.lastError().text();
        ++errors;
    };
    QList<QThread*> threads;
    for (int d = 0; d < desks; ++d) {
        const QString login = QStringLiteral("counselor%1").arg(11 + d);
        threads << QThread::create([&, login] {
            SqlConnection conn(db.configAs(login), {}, QStringLiteral("claimer-") + login);
            if (!conn.open()) {
                ++errors;
                return;
            }
            QSqlQuery q(conn.db());
            while (true) {
                if (!q.exec(QStringLiteral("SELECT claim_next()")) || !q.next()) {
                    failed(q);
                    return;
                }
                if (q.isNull(0))
                    return;
                const QString id = q.value(0).toString();
                {
                    std::lock_guard<std::mutex> guard(lock);
                    claimed << id;
                }
                // Put the contact down so this desk can take the next one.
                if (!q.exec(QStringLiteral("SELECT finish_contact('%1')").arg(id))
                    || !q.exec(
                        QStringLiteral("INSERT INTO cases (id, contact_id, channel, summary, wrapup_code, "
                                       "state, counselor_id) VALUES (gen_random_uuid(), '%1', 'phone', "
                                       "'test', 'answered', 'completed', current_person_id())")
                            .arg(id))) {
                    failed(q);
                    return;
                }
            }
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    INFO(firstError.toStdString());
    CHECK(errors == 0);
    CHECK(claimed.size() == backlog);
    CHECK(QSet<QString>(claimed.begin(), claimed.end()).size() == backlog);
    Desk check(db, QStringLiteral("counselor02"));
    CHECK(check.one(QStringLiteral("SELECT count(*) FROM contacts WHERE state = 'waiting'")).toInt() == 0);
    CHECK(check
              .one(QStringLiteral(
                  "SELECT count(*) FROM contact_events e JOIN contacts c ON c.id = e.contact_id "
                  "WHERE e.state = 'claimed' AND c.sender LIKE '0107000%'"))
              .toInt()
          == backlog);
}

TEST_CASE("Take next follows priority, then the counselor's room, then age", "[db][queue]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    {
        SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery o(owner.db());
        REQUIRE(o.exec(QStringLiteral("DELETE FROM agent_status")));
        REQUIRE(o.exec(
            QStringLiteral("UPDATE contacts SET state = 'abandoned' WHERE state IN ('waiting', 'offered')")));
    }
    Desk desk(db, QStringLiteral("counselor03")); // room 1
    const QString oldOtherRoom = newContact(desk, QStringLiteral("phone"), 0, 2);
    const QString ownRoom = newContact(desk, QStringLiteral("phone"), 0, 1);
    const QString urgent = newContact(desk, QStringLiteral("sms"), 5, 0);
    CHECK(desk.one(QStringLiteral("SELECT claim_next()")).toString() == urgent);
    REQUIRE(desk.flag(QStringLiteral("SELECT release_contact(?::uuid)"), {urgent}));
    REQUIRE(
        desk.one(QStringLiteral("UPDATE contacts SET priority = 0 WHERE id = ?::uuid RETURNING 1"), {urgent})
            .toInt()
        == 1);
    // Same priority: the counselor's own room (or no preference) before another room's, oldest first.
    CHECK(desk.one(QStringLiteral("SELECT claim_next()")).toString() == ownRoom);
    Q_UNUSED(oldOtherRoom);
}

TEST_CASE("Counselor states follow the rules, and after-contact work needs a wrap-up code",
          "[db][queue][state]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk desk(db, QStringLiteral("counselor01"));
    QString error;
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('available')")).toString()
          == QStringLiteral("available"));
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('on_contact')"), {}, &error)
              .toString()
              .startsWith(QStringLiteral("ERROR")));

    const QString contact = newContact(desk, QStringLiteral("phone"), 9);
    CHECK(desk.one(QStringLiteral("SELECT claim_next()")).toString() == contact);
    CHECK(desk.state(QStringLiteral("counselor01")) == QStringLiteral("on_contact"));
    // Holding one contact, you cannot take another.
    CHECK(desk.one(QStringLiteral("SELECT claim_next()"), {}, &error)
              .toString()
              .startsWith(QStringLiteral("ERROR")));
    CHECK(error.contains(QStringLiteral("finish the current contact first")));

    CHECK(desk.flag(QStringLiteral("SELECT finish_contact(?::uuid)"), {contact}));
    CHECK(desk.state(QStringLiteral("counselor01")) == QStringLiteral("after_contact"));
    CHECK(desk.one(QStringLiteral("SELECT acw_deadline > since FROM agent_status s JOIN people p ON p.id = "
                                  "s.person_id WHERE p.login = 'counselor01'"))
              .toBool());

    // No leaving after-contact work without a wrap-up code.
    error.clear();
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('available')"), {}, &error)
              .toString()
              .startsWith(QStringLiteral("ERROR")));
    CHECK(error.contains(QStringLiteral("wrap-up code")));
    CHECK(desk.state(QStringLiteral("counselor01")) == QStringLiteral("after_contact"));
    // A case without a result does not end it either.
    REQUIRE(
        desk.one(QStringLiteral("INSERT INTO cases (id, contact_id, channel, summary, state, counselor_id) "
                                "VALUES (gen_random_uuid(), ?::uuid, 'phone', '문의', 'open', "
                                "current_person_id()) RETURNING 1"),
                 {contact})
            .toInt()
        == 1);
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('available')"), {}, &error)
              .toString()
              .startsWith(QStringLiteral("ERROR")));
    // Completing the case with a result ends after-contact work by itself.
    REQUIRE(desk.one(QStringLiteral("UPDATE cases SET wrapup_code = 'answered', state = 'completed' "
                                    "WHERE contact_id = ?::uuid RETURNING 1"),
                     {contact})
                .toInt()
            == 1);
    CHECK(desk.state(QStringLiteral("counselor01")) == QStringLiteral("available"));
    CHECK(desk.one(QStringLiteral(
                       "SELECT wrapup_code FROM agent_status_log l JOIN people p ON p.id = l.person_id "
                       "WHERE p.login = 'counselor01' AND l.state = 'after_contact'"))
              .toString()
          == QStringLiteral("answered"));
    // Every change is recorded with its time.
    CHECK(desk.one(QStringLiteral("SELECT string_agg(l.state, ',' ORDER BY l.id) FROM agent_status_log l "
                                  "JOIN people p ON p.id = l.person_id WHERE p.login = 'counselor01'"))
              .toString()
          == QStringLiteral("available,on_contact,after_contact,available"));
    CHECK(
        desk.one(QStringLiteral("SELECT count(*) FROM agent_status_log l JOIN people p ON p.id = l.person_id "
                                "WHERE p.login = 'counselor01' AND ended_at IS NULL"))
            .toInt()
        == 1);
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('break')")).toString() == QStringLiteral("break"));
    CHECK(desk.one(QStringLiteral("SELECT set_agent_state('offline')")).toString()
          == QStringLiteral("offline"));
}

TEST_CASE("Release and transfer put the contact back where it belongs, with a reason", "[db][queue]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    {
        SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery o(owner.db());
        REQUIRE(o.exec(QStringLiteral("DELETE FROM agent_status")));
        REQUIRE(o.exec(
            QStringLiteral("UPDATE contacts SET state = 'abandoned' WHERE state IN ('waiting', 'offered')")));
    }
    Desk a(db, QStringLiteral("counselor04"));
    Desk b(db, QStringLiteral("counselor30"));
    const QString contact = newContact(a);
    REQUIRE(a.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    // Another desk cannot take or release it.
    CHECK_FALSE(b.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    CHECK_FALSE(b.flag(QStringLiteral("SELECT release_contact(?::uuid)"), {contact}));
    CHECK(a.flag(QStringLiteral("SELECT release_contact(?::uuid)"), {contact}));
    CHECK(a.one(QStringLiteral("SELECT state FROM contacts WHERE id = ?::uuid"), {contact}).toString()
          == QStringLiteral("waiting"));
    CHECK(a.state(QStringLiteral("counselor04")) == QStringLiteral("available"));

    // Transfer needs a reason.
    REQUIRE(a.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    QString error;
    CHECK(
        a.one(QStringLiteral("SELECT transfer_contact(?::uuid, NULL, 2::smallint, '  ')"), {contact}, &error)
            .toString()
            .startsWith(QStringLiteral("ERROR")));
    CHECK(error.contains(QStringLiteral("reason")));
    // To a room: queued there, the transfer recorded with its reason.
    CHECK(a.one(QStringLiteral("SELECT transfer_contact(?::uuid, NULL, 2::smallint, '세무 전문 상담 필요')"),
                {contact})
              .toBool());
    CHECK(a.one(QStringLiteral("SELECT state || ':' || preferred_room FROM contacts WHERE id = ?::uuid"),
                {contact})
              .toString()
          == QStringLiteral("waiting:2"));
    CHECK(a.one(QStringLiteral("SELECT note FROM contact_events WHERE contact_id = ?::uuid AND state = "
                               "'transferred'"),
                {contact})
              .toString()
          == QStringLiteral("세무 전문 상담 필요"));
    // To a counselor: it rings at their desk and only they may take it.
    REQUIRE(a.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    const QString bId = b.one(QStringLiteral("SELECT current_person_id()")).toString();
    CHECK(a.one(QStringLiteral("SELECT transfer_contact(?::uuid, ?::uuid, NULL, '담당자 연결')"),
                {contact, bId})
              .toBool());
    CHECK(a.one(QStringLiteral("SELECT state FROM contacts WHERE id = ?::uuid"), {contact}).toString()
          == QStringLiteral("offered"));
    Desk c(db, QStringLiteral("counselor05"));
    CHECK_FALSE(c.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    CHECK(b.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {contact}));
    CHECK(b.state(QStringLiteral("counselor30")) == QStringLiteral("on_contact"));
}

TEST_CASE("Ringing calls are offered to an available counselor of the room and come back when not taken",
          "[db][queue][offer]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Desk admin(db, QStringLiteral("counselor02"));
    {
        // Only three counselors at work; the offer times out after one second.
        SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery o(owner.db());
        REQUIRE(o.exec(
            QStringLiteral("UPDATE contacts SET state = 'abandoned' WHERE state IN ('waiting', 'offered')")));
        REQUIRE(o.exec(QStringLiteral("DELETE FROM agent_status")));
    }
    Desk first(db, QStringLiteral("counselor40"));
    Desk second(db, QStringLiteral("counselor41"));
    Desk room1(db, QStringLiteral("counselor06"));
    REQUIRE(room1.one(QStringLiteral("SELECT set_agent_state('available')")).toString()
            == QStringLiteral("available"));
    REQUIRE(first.one(QStringLiteral("SELECT set_agent_state('available')")).toString()
            == QStringLiteral("available"));
    QThread::msleep(20);
    REQUIRE(second.one(QStringLiteral("SELECT set_agent_state('available')")).toString()
            == QStringLiteral("available"));
    // The demo user is the app's and not a superuser: settings change as the cluster owner.
    {
        SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery o(owner.db());
        REQUIRE(o.exec(
            QStringLiteral("UPDATE app_settings SET value = 'true' WHERE key = 'queue.auto_offer_phone'")));
        REQUIRE(o.exec(
            QStringLiteral("UPDATE app_settings SET value = '1' WHERE key = 'queue.offer_timeout_seconds'")));
    }
    const QString call = newContact(admin, QStringLiteral("phone"), 0, 2);
    const QString firstId = first.one(QStringLiteral("SELECT current_person_id()")).toString();
    const QString secondId = second.one(QStringLiteral("SELECT current_person_id()")).toString();
    // Idle longest in room 2: counselor40.
    CHECK(
        admin
            .one(QStringLiteral("SELECT state || ':' || offered_to FROM contacts WHERE id = ?::uuid"), {call})
            .toString()
        == QStringLiteral("offered:") + firstId);
    // Nobody else can take it while it rings there.
    CHECK_FALSE(second.flag(QStringLiteral("SELECT claim_contact(?::uuid)"), {call}));
    // Not answered in time: it goes back and rings at the next counselor.
    QThread::msleep(1100);
    CHECK(admin.one(QStringLiteral("SELECT expire_offers()")).toInt() == 1);
    CHECK(
        admin
            .one(QStringLiteral("SELECT state || ':' || offered_to FROM contacts WHERE id = ?::uuid"), {call})
            .toString()
        == QStringLiteral("offered:") + secondId);
    // Declined: back to the queue (nobody else is free in room 2 but counselor40, who let it ring out
    // last time, may get it now).
    CHECK(second.flag(QStringLiteral("SELECT decline_offer(?::uuid)"), {call}));
    CHECK(admin.one(QStringLiteral("SELECT offered_to FROM contacts WHERE id = ?::uuid"), {call}).toString()
          != secondId);
    // The citizen hangs up: abandoned, with its time.
    CHECK(admin.flag(QStringLiteral("SELECT abandon_contact(?::uuid)"), {call}));
    CHECK(
        admin
            .one(QStringLiteral("SELECT state FROM contacts WHERE id = ?::uuid AND abandoned_at IS NOT NULL"),
                 {call})
            .toString()
        == QStringLiteral("abandoned"));
    const QString events
        = admin
              .one(QStringLiteral("SELECT string_agg(state, ',' ORDER BY id) FROM contact_events "
                                  "WHERE contact_id = ?::uuid"),
                   {call})
              .toString();
    INFO(events.toStdString());
    CHECK(events.startsWith(QStringLiteral("waiting,offered,waiting,offered,waiting")));
    CHECK(events.endsWith(QStringLiteral(",abandoned")));
}
