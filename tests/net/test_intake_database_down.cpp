// SPDX-License-Identifier: Apache-2.0
// The gateway without its database: 503 with a retry hint and nothing
// half-written, whether the server is gone before the request or goes away
// in the middle of its transaction; and the same request succeeds once the
// database is back.
#include "NetSupport.h"
#include "support/CatchQt.h"

#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

using namespace minwon::test;

namespace {

QByteArray body(const QString& sender)
{
    return QStringLiteral(R"({"channel": "sms", "sender": "%1", "text": "정전 문의"})").arg(sender).toUtf8();
}

} // namespace

TEST_CASE("With the database down the gateway answers 503 with Retry-After and writes nothing",
          "[net][db][intake]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    PgProxy proxy(db.config());
    REQUIRE(proxy.up());
    Gateway gw(db, proxy.config(), [](minwon::IntakeServer::Options& o) {
        o.dbRetryDelayMs = 200;
        o.retryAfterSeconds = 3;
    });
    const QString token = gw.addConnector(QStringLiteral("outage"));
    REQUIRE(
        gw.post("/v1/contacts", token, QStringLiteral("before"), body(QStringLiteral("010-8000-0001"))).status
        == 201);
    REQUIRE(gw.get("/health").status == 200);

    SECTION("gone before the request")
    {
        proxy.down();
        const QString key = QStringLiteral("during-outage");
        HttpReply r = gw.post("/v1/contacts", token, key, body(QStringLiteral("010-8000-0002")));
        CHECK(r.status == 503);
        CHECK(r.reason() == QStringLiteral("database_unavailable"));
        CHECK(r.header("retry-after") == "3");
        HttpReply health = gw.get("/health");
        CHECK(health.status == 503);
        CHECK(health.reason() == QStringLiteral("database_unavailable"));
        HttpReply open311 = exchange(gw.port(), rawRequest("GET", "/open311/v2/services.json", {}));
        CHECK(open311.status == 503);
        CHECK(open311.json().isArray()); // in Open311's own error form
        // A token the gateway has not seen yet cannot be checked either: 503, not 401.
        const QString fresh = gw.addConnector(QStringLiteral("fresh"));
        CHECK(gw.post("/v1/contacts", fresh, QStringLiteral("fresh-1"), body(QStringLiteral("010-8000-0003")))
                  .status
              == 503);

        // Nothing of the refused requests reached the database.
        CHECK(gw.count(QStringLiteral(
                  "SELECT count(*) FROM contacts WHERE sender IN ('01080000002', '01080000003')"))
              == 0);
        CHECK(
            gw.count(QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key IN (?, 'fresh-1')"),
                     {key})
            == 0);

        // Back again: the connector's retry (same key) goes through, once.
        REQUIRE(proxy.up());
        HttpReply retry;
        REQUIRE(waitFor(
            [&] {
                retry = gw.post("/v1/contacts", token, key, body(QStringLiteral("010-8000-0002")));
                return retry.status != 503;
            },
            10000));
        CHECK(retry.status == 201);
        CHECK(gw.post("/v1/contacts", token, key, body(QStringLiteral("010-8000-0002")))
                  .header("idempotent-replayed")
              == "true");
        CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE sender = '01080000002'")) == 1);
        CHECK(gw.get("/health").status == 200);
    }

    SECTION("gone in the middle of the transaction")
    {
        // The gateway's transaction is held up inside (its idempotency row
        // written, the contact waiting for a lock), then its connection dies.
        QSqlQuery lock(gw.owner().db());
        REQUIRE(gw.owner().db().transaction());
        REQUIRE(lock.exec(QStringLiteral("LOCK TABLE contacts IN SHARE MODE")));
        const QString key = QStringLiteral("cut-mid-way");
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, gw.port());
        client.write(jsonPost("/v1/contacts", token, key, body(QStringLiteral("010-8000-0004"))));
        // Wait until the gateway's backend is stuck on the lock, inside its transaction.
        minwon::SqlConnection watcher(db.config(), {}, QStringLiteral("watcher"));
        REQUIRE(watcher.open());
        REQUIRE(waitFor(
            [&] {
                QSqlQuery q(watcher.db());
                return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                             "'minwon-intake' AND wait_event_type = 'Lock'"))
                    && q.next() && q.value(0).toInt() == 1;
            },
            10000));
        proxy.down(); // the cable is cut
        QByteArray in;
        std::optional<HttpReply> r;
        REQUIRE(waitFor(
            [&] {
                in += client.readAll();
                if (!r)
                    r = takeResponse(in);
                return r.has_value();
            },
            10000));
        CHECK(r->status == 503);
        CHECK(r->reason() == QStringLiteral("database_unavailable"));
        CHECK(!r->header("retry-after").isEmpty());
        // Let the orphaned backend go on: it finds its client gone and rolls back.
        REQUIRE(gw.owner().db().rollback());
        REQUIRE(waitFor(
            [&] {
                QSqlQuery q(watcher.db());
                return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                             "'minwon-intake' AND state <> 'idle'"))
                    && q.next() && q.value(0).toInt() == 0;
            },
            10000));
        CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE sender = '01080000004'")) == 0);
        CHECK(gw.count(QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key = ?"), {key})
              == 0);

        // And once the database is reachable again the retry lands exactly once.
        REQUIRE(proxy.up());
        HttpReply retry;
        REQUIRE(waitFor(
            [&] {
                retry = gw.post("/v1/contacts", token, key, body(QStringLiteral("010-8000-0004")));
                return retry.status != 503;
            },
            10000));
        CHECK(retry.status == 201);
        CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE sender = '01080000004'")) == 1);
    }
}
