// SPDX-License-Identifier: Apache-2.0
// The intake gateway's JSON API over real sockets against a real database:
// contacts in every channel, follow-ups, hang-ups, tokens, bad input,
// idempotency, rate limits, health, logs.
#include "NetSupport.h"
#include "intake/IntakeTokens.h"
#include "support/CatchQt.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QUuid>

using namespace minwon::test;

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject contactBody(const QString& channel, const QString& sender,
                        const QString& text = QStringLiteral("문의"))
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("text"), text}};
}

} // namespace

TEST_CASE("A contact arrives through the gateway in every channel", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("all-channels"));
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));

    struct Case
    {
        QString channel;
        QString sender;
        QString storedSender;
        QString display;
    };
    const QList<Case> cases {
        {QStringLiteral("phone"), QStringLiteral("+82 10-1234-5678"), QStringLiteral("01012345678"),
         QStringLiteral("010-1234-5678")},
        {QStringLiteral("sms"), QStringLiteral("010.2222.3333"), QStringLiteral("01022223333"),
         QStringLiteral("010-2222-3333")},
        {QStringLiteral("fax"), QStringLiteral("02-123-4567"), QStringLiteral("021234567"),
         QStringLiteral("02-123-4567")},
        {QStringLiteral("kakao_friend"), QStringLiteral("kakaoUser01"),
         QStringLiteral("kakao_friend:kakaoUser01"), QStringLiteral("kakaoUser01")},
        {QStringLiteral("kakao_channel"), QStringLiteral("kakao_channel:ch-77"),
         QStringLiteral("kakao_channel:ch-77"), QStringLiteral("ch-77")},
        {QStringLiteral("facebook"), QStringLiteral("fb.1000123"), QStringLiteral("facebook:fb.1000123"),
         QStringLiteral("fb.1000123")},
        {QStringLiteral("twitter"), QStringLiteral("@hanbit_citizen"),
         QStringLiteral("twitter:@hanbit_citizen"), QStringLiteral("@hanbit_citizen")},
        {QStringLiteral("web"), QStringLiteral("web-visitor-9"), QStringLiteral("web:web-visitor-9"),
         QStringLiteral("web-visitor-9")},
    };
    QSet<QString> ids;
    for (const Case& c : cases) {
        INFO(c.channel.toStdString());
        const QString key = newKey();
        QJsonObject body
            = contactBody(c.channel, c.sender, QStringLiteral("선별진료소 운영 시간이 궁금합니다"));
        body.insert(QStringLiteral("category_hint"), QStringLiteral("covid19.testing"));
        body.insert(QStringLiteral("external_ref"), QStringLiteral("ref-") + c.channel);
        const HttpReply r = gw.post("/v1/contacts", token, key, body);
        REQUIRE(r.status == 201);
        CHECK(r.header("content-type").startsWith("application/json"));
        CHECK(!r.header("x-request-id").isEmpty());
        const QJsonObject o = r.object();
        const QString id = o.value(QStringLiteral("contact_id")).toString();
        CHECK(!QUuid::fromString(id).isNull());
        CHECK(o.value(QStringLiteral("sender")).toString() == c.storedSender);
        CHECK(o.value(QStringLiteral("state")).toString() == QStringLiteral("waiting"));
        ids << id;

        CHECK(
            gw.scalar(QStringLiteral(
                          "SELECT channel || '|' || sender || '|' || sender_display || '|' || source || '|' "
                          "|| state || '|' || category_hint || '|' || external_ref FROM contacts WHERE id = "
                          "?::uuid"),
                      {id})
                .toString()
            == QStringList {c.channel, c.storedSender, c.display, QStringLiteral("intake:all-channels"),
                            QStringLiteral("waiting"), QStringLiteral("covid19.testing"),
                            QStringLiteral("ref-") + c.channel}
                   .join(QLatin1Char('|')));
        // The conversation of a text channel starts with its first message;
        // a call has none.
        CHECK(
            gw.count(QStringLiteral("SELECT count(*) FROM contact_messages WHERE contact_id = ?::uuid"), {id})
            == (c.channel == QLatin1String("phone") ? 0 : 1));
        CHECK(gw.count(
                  QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key = ? AND status = 201 "
                                 "AND contact_id = ?::uuid"),
                  {key, id})
              == 1);
        // The queue's history starts like any other contact's.
        CHECK(gw.count(
                  QStringLiteral(
                      "SELECT count(*) FROM contact_events WHERE contact_id = ?::uuid AND state = 'waiting'"),
                  {id})
              == 1);
    }
    CHECK(ids.size() == cases.size());
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == before + int(cases.size()));

    // One structured line per request, with the connector's name and never its token.
    const QList<QJsonObject> lines = gw.requestLogs();
    REQUIRE(lines.size() == cases.size());
    for (const QJsonObject& line : lines) {
        CHECK(line.value(QStringLiteral("status")).toInt() == 201);
        CHECK(line.value(QStringLiteral("method")).toString() == QStringLiteral("POST"));
        CHECK(line.value(QStringLiteral("path")).toString() == QStringLiteral("/v1/contacts"));
        CHECK(line.value(QStringLiteral("connector")).toString() == QStringLiteral("all-channels"));
        CHECK(!line.value(QStringLiteral("idempotency_key")).toString().isEmpty());
        CHECK(line.value(QStringLiteral("duration_ms")).isDouble());
        CHECK(line.value(QStringLiteral("bytes_in")).toInt() > 0);
        CHECK(line.value(QStringLiteral("bytes_out")).toInt() > 0);
        CHECK(!line.value(QStringLiteral("request_id")).toString().isEmpty());
        CHECK(!line.value(QStringLiteral("time")).toString().isEmpty());
    }
    for (const QString& line : gw.logs())
        CHECK(!line.contains(token));
}

TEST_CASE("Follow-up messages join the open conversation of the same sender", "[net][db][intake]")
{
    Gateway gw;
    const QString token
        = gw.addConnector(QStringLiteral("kakao"), {QStringLiteral("kakao_friend"), QStringLiteral("sms")});

    // No open conversation yet: the first message opens one.
    HttpReply first = gw.post(
        "/v1/messages", token, newKey(),
        contactBody(QStringLiteral("kakao_friend"), QStringLiteral("minji"), QStringLiteral("안녕하세요")));
    REQUIRE(first.status == 201);
    CHECK(first.object().value(QStringLiteral("appended")).toBool() == false);
    const QString contact = first.object().value(QStringLiteral("contact_id")).toString();

    HttpReply second = gw.post("/v1/messages", token, newKey(),
                               contactBody(QStringLiteral("kakao_friend"), QStringLiteral("minji"),
                                           QStringLiteral("재난지원금 신청 방법을 알려주세요")));
    REQUIRE(second.status == 200);
    CHECK(second.object().value(QStringLiteral("appended")).toBool() == true);
    CHECK(second.object().value(QStringLiteral("contact_id")).toString() == contact);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contact_messages WHERE contact_id = ?::uuid"),
                   {contact})
          == 2);
    CHECK(gw.scalar(
                QStringLiteral(
                    "SELECT body FROM contact_messages WHERE contact_id = ?::uuid ORDER BY at DESC LIMIT 1"),
                {contact})
              .toString()
          == QStringLiteral("재난지원금 신청 방법을 알려주세요"));

    // The same handle in another channel is another person.
    HttpReply other = gw.post("/v1/messages", token, newKey(),
                              contactBody(QStringLiteral("sms"), QStringLiteral("010-5555-6666")));
    REQUIRE(other.status == 201);
    CHECK(other.object().value(QStringLiteral("contact_id")).toString() != contact);
    // Written another way, the same number is the same sender.
    HttpReply again = gw.post("/v1/messages", token, newKey(),
                              contactBody(QStringLiteral("sms"), QStringLiteral("+82-10-5555-6666")));
    REQUIRE(again.status == 200);
    CHECK(again.object().value(QStringLiteral("contact_id"))
          == other.object().value(QStringLiteral("contact_id")));

    // A claimed conversation still collects follow-ups; a finished one does not.
    gw.scalar(QStringLiteral(
                  "UPDATE contacts SET state = 'claimed', claimed_by = (SELECT id FROM people WHERE login = "
                  "'counselor01') WHERE id = ?::uuid RETURNING 1"),
              {contact});
    REQUIRE(gw.post("/v1/messages", token, newKey(),
                    contactBody(QStringLiteral("kakao_friend"), QStringLiteral("minji")))
                .status
            == 200);
    gw.scalar(QStringLiteral("UPDATE contacts SET state = 'done' WHERE id = ?::uuid RETURNING 1"), {contact});
    HttpReply later = gw.post(
        "/v1/messages", token, newKey(),
        contactBody(QStringLiteral("kakao_friend"), QStringLiteral("minji"), QStringLiteral("하나 더요")));
    REQUIRE(later.status == 201);
    CHECK(later.object().value(QStringLiteral("contact_id")).toString() != contact);

    // Calls carry no follow-up messages; a message needs its text.
    HttpReply call = gw.post("/v1/messages", token, newKey(),
                             contactBody(QStringLiteral("phone"), QStringLiteral("010-1111-2222")));
    CHECK(call.status == 422);
    CHECK(call.reason() == QStringLiteral("channel_not_text"));
    HttpReply empty = gw.post("/v1/messages", token, newKey(),
                              QJsonObject {{QStringLiteral("channel"), QStringLiteral("sms")},
                                           {QStringLiteral("sender"), QStringLiteral("010-5555-6666")}});
    CHECK(empty.status == 422);
    CHECK(empty.reason() == QStringLiteral("missing_field"));
}

TEST_CASE("Two follow-ups of one sender at the same moment open one conversation", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("sms-gw"), {QStringLiteral("sms")});
    // Ten messages of one new sender, on ten connections at once.
    QList<QTcpSocket*> sockets;
    QList<QByteArray> buffers(10);
    for (int i = 0; i < 10; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QHostAddress::LocalHost, gw.port());
        s->write(jsonPost("/v1/messages", token, newKey(),
                          QJsonDocument(contactBody(QStringLiteral("sms"), QStringLiteral("010-7777-0000"),
                                                    QStringLiteral("메시지 %1").arg(i)))
                              .toJson(QJsonDocument::Compact)));
        sockets << s;
    }
    QList<HttpReply> replies;
    REQUIRE(waitFor(
        [&] {
            for (int i = 0; i < sockets.size(); ++i) {
                buffers[i] += sockets[i]->readAll();
                if (auto r = takeResponse(buffers[i]))
                    replies << *r;
            }
            return replies.size() == 10;
        },
        15000));
    qDeleteAll(sockets);
    QSet<QString> contacts;
    int created = 0;
    for (const HttpReply& r : replies) {
        CHECK((r.status == 200 || r.status == 201));
        created += r.status == 201 ? 1 : 0;
        contacts << r.object().value(QStringLiteral("contact_id")).toString();
    }
    CHECK(created == 1);
    CHECK(contacts.size() == 1);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contact_messages WHERE contact_id = ?::uuid"),
                   {*contacts.begin()})
          == 10);
}

TEST_CASE("A phone contact reported abandoned leaves the queue", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("pbx"), {QStringLiteral("phone")});
    const QString other = gw.addConnector(QStringLiteral("other-pbx"), {QStringLiteral("phone")});
    HttpReply created = gw.post("/v1/contacts", token, newKey(),
                                contactBody(QStringLiteral("phone"), QStringLiteral("010-3333-4444"), {}));
    REQUIRE(created.status == 201);
    const QString id = created.object().value(QStringLiteral("contact_id")).toString();
    const QByteArray path = "/v1/contacts/" + id.toLatin1() + "/abandon";

    // Another connector's contacts are not found.
    HttpReply foreign = gw.post(path, other, newKey(), QByteArray());
    CHECK(foreign.status == 404);
    CHECK(foreign.reason() == QStringLiteral("not_found"));

    const QString key = newKey();
    HttpReply gone = gw.post(path, token, key, QByteArray());
    REQUIRE(gone.status == 200);
    CHECK(gone.object().value(QStringLiteral("abandoned")).toBool());
    CHECK(gw.scalar(QStringLiteral("SELECT state FROM contacts WHERE id = ?::uuid"), {id}).toString()
          == QStringLiteral("abandoned"));
    CHECK(gw.count(
              QStringLiteral(
                  "SELECT count(*) FROM contact_events WHERE contact_id = ?::uuid AND state = 'abandoned'"),
              {id})
          == 1);
    CHECK(!gw.scalar(QStringLiteral("SELECT abandoned_at FROM contacts WHERE id = ?::uuid"), {id}).isNull());

    // The connector's retry gets the same answer; a new report is a conflict.
    HttpReply retry = gw.post(path, token, key, QByteArray());
    CHECK(retry.status == 200);
    CHECK(retry.header("idempotent-replayed") == "true");
    HttpReply twice = gw.post(path, token, newKey(), QByteArrayLiteral("{}"));
    CHECK(twice.status == 409);
    CHECK(twice.reason() == QStringLiteral("contact_not_waiting"));
    CHECK(twice.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("state")).toString()
          == QStringLiteral("abandoned"));

    // A call a counselor took cannot be abandoned.
    HttpReply taken = gw.post("/v1/contacts", token, newKey(),
                              contactBody(QStringLiteral("phone"), QStringLiteral("010-3333-5555"), {}));
    const QString takenId = taken.object().value(QStringLiteral("contact_id")).toString();
    gw.scalar(QStringLiteral(
                  "UPDATE contacts SET state = 'claimed', claimed_by = (SELECT id FROM people WHERE login = "
                  "'counselor02') WHERE id = ?::uuid RETURNING 1"),
              {takenId});
    HttpReply late
        = gw.post("/v1/contacts/" + takenId.toLatin1() + "/abandon", token, newKey(), QByteArray());
    CHECK(late.status == 409);
    CHECK(gw.scalar(QStringLiteral("SELECT state FROM contacts WHERE id = ?::uuid"), {takenId}).toString()
          == QStringLiteral("claimed"));

    CHECK(
        gw.post("/v1/contacts/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "/abandon",
                token, newKey(), QByteArray())
            .status
        == 404);
    CHECK(gw.post("/v1/contacts/not-a-uuid/abandon", token, newKey(), QByteArray()).status == 404);
    CHECK(gw.post(path, token, newKey(), QByteArrayLiteral("{\"why\": 1}")).reason()
          == QStringLiteral("unknown_field"));
}

TEST_CASE("Requests without a valid token are refused and write nothing", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("sms-only"), {QStringLiteral("sms")});
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));
    const QJsonObject body = contactBody(QStringLiteral("sms"), QStringLiteral("010-1234-0000"));

    HttpReply none = gw.post("/v1/contacts", {}, newKey(), body);
    CHECK(none.status == 401);
    CHECK(none.reason() == QStringLiteral("missing_token"));
    CHECK(none.header("www-authenticate").startsWith("Bearer"));

    HttpReply wrong = gw.post("/v1/contacts", minwon::IntakeTokens::generate(), newKey(), body);
    CHECK(wrong.status == 401);
    CHECK(wrong.reason() == QStringLiteral("invalid_token"));

    HttpReply garbage = gw.post("/v1/contacts", QStringLiteral("x y"), newKey(), body);
    CHECK(garbage.status == 401);
    CHECK(garbage.reason() == QStringLiteral("invalid_token"));

    HttpReply basic = exchange(gw.port(),
                               rawRequest("POST", "/v1/contacts",
                                          {{"Authorization", "Basic dXNlcjpwYXNz"},
                                           {"Content-Type", "application/json"},
                                           {"Idempotency-Key", "k1"}},
                                          QJsonDocument(body).toJson()));
    CHECK(basic.reason() == QStringLiteral("missing_token"));

    // A channel the connector was not given.
    HttpReply kakao = gw.post("/v1/contacts", token, newKey(),
                              contactBody(QStringLiteral("kakao_friend"), QStringLiteral("someone")));
    CHECK(kakao.status == 403);
    CHECK(kakao.reason() == QStringLiteral("channel_not_allowed"));

    // Revoked: refused once the token cache (0.3 s here) has let go.
    REQUIRE(gw.post("/v1/contacts", token, newKey(), body).status == 201);
    QSqlDatabase db = gw.owner().db();
    QString error;
    REQUIRE(minwon::IntakeTokens::revoke(db, QStringLiteral("sms-only"), &error));
    waitFor([] { return false; }, 400);
    HttpReply revoked = gw.post("/v1/contacts", token, newKey(), body);
    CHECK(revoked.status == 401);
    CHECK(revoked.reason() == QStringLiteral("invalid_token"));
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == before + 1);
}

TEST_CASE("Malformed requests are refused with a machine-readable reason", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("strict"));
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));
    auto post = [&](const QByteArray& body, const Headers& extra = {}) {
        return gw.post("/v1/contacts", token, newKey(), body, extra);
    };

    HttpReply r = post(QByteArrayLiteral("{\"channel\": \"sms\", \"sender\": "));
    CHECK(r.status == 400);
    CHECK(r.reason() == QStringLiteral("malformed_json"));
    CHECK(post(QByteArrayLiteral("[1, 2, 3]")).reason() == QStringLiteral("malformed_json"));
    CHECK(post(QByteArrayLiteral("\"text\"")).reason() == QStringLiteral("malformed_json"));

    // Invalid UTF-8: a stray byte, an overlong slash, a surrogate, a cut-off sequence.
    for (const QByteArray& bad :
         {QByteArray("\xff"), QByteArray("\xc0\xaf"), QByteArray("\xed\xa0\x80"), QByteArray("\xe2\x82")}) {
        const QByteArray body
            = "{\"channel\": \"sms\", \"sender\": \"010-1234-5678\", \"text\": \"" + bad + "\"}";
        HttpReply u = post(body);
        INFO(bad.toHex().toStdString());
        CHECK(u.status == 400);
        CHECK(u.reason() == QStringLiteral("invalid_utf8"));
    }

    const QByteArray good
        = QJsonDocument(contactBody(QStringLiteral("sms"), QStringLiteral("010-1234-5678"))).toJson();
    HttpReply plain = exchange(gw.port(),
                               rawRequest("POST", "/v1/contacts",
                                          {{"Authorization", "Bearer " + token.toLatin1()},
                                           {"Content-Type", "text/plain"},
                                           {"Idempotency-Key", "k-plain"}},
                                          good));
    CHECK(plain.status == 415);
    CHECK(plain.reason() == QStringLiteral("unsupported_media_type"));

    HttpReply noKey = gw.post("/v1/contacts", token, {}, good);
    CHECK(noKey.status == 400);
    CHECK(noKey.reason() == QStringLiteral("missing_idempotency_key"));
    HttpReply badKey
        = exchange(gw.port(), jsonPost("/v1/contacts", token, {}, good, {{"Idempotency-Key", "has space"}}));
    CHECK(badKey.reason() == QStringLiteral("invalid_idempotency_key"));

    struct Field
    {
        QByteArray body;
        QString reason;
        QString field;
    };
    const QList<Field> fields {
        {R"({"sender": "010-1234-5678"})", QStringLiteral("missing_field"), QStringLiteral("channel")},
        {R"({"channel": "sms"})", QStringLiteral("missing_field"), QStringLiteral("sender")},
        {R"({"channel": "sms", "sender": "hello"})", QStringLiteral("invalid_sender"),
         QStringLiteral("sender")},
        {R"({"channel": "phone", "sender": "+1 415 555 0100"})", QStringLiteral("invalid_sender"),
         QStringLiteral("sender")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "colour": "red"})", QStringLiteral("unknown_field"),
         QStringLiteral("colour")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "text": 5})", QStringLiteral("invalid_field"),
         QStringLiteral("text")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "text": "a\u0000b"})",
         QStringLiteral("invalid_field"), QStringLiteral("text")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "priority": 12})", QStringLiteral("invalid_field"),
         QStringLiteral("priority")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "priority": 1.5})", QStringLiteral("invalid_field"),
         QStringLiteral("priority")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "category_hint": "nonsense"})",
         QStringLiteral("unknown_category"), QStringLiteral("category_hint")},
        {R"({"channel": "sms", "sender": "010-1234-5678", "room": 9})", QStringLiteral("unknown_room"),
         QStringLiteral("room")},
        {R"({"channel": "pigeon", "sender": "coo"})", QStringLiteral("channel_not_allowed"), QString()},
        {R"({"channel": "SMS!", "sender": "coo"})", QStringLiteral("invalid_field"),
         QStringLiteral("channel")},
        {"{\"channel\": \"sms\", \"sender\": \"010-1234-5678\", \"text\": \"" + QByteArray(10001, 'a')
             + "\"}",
         QStringLiteral("field_too_long"), QStringLiteral("text")},
        {"{\"channel\": \"kakao_friend\", \"sender\": \"" + QByteArray(151, 'k') + "\"}",
         QStringLiteral("invalid_sender"), QStringLiteral("sender")},
    };
    for (const Field& f : fields) {
        INFO(f.body.left(120).toStdString());
        HttpReply v = post(f.body);
        CHECK(v.status == (f.reason == QLatin1String("channel_not_allowed") ? 403 : 422));
        CHECK(v.reason() == f.reason);
        CHECK(v.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
              == f.field);
        CHECK(!v.object()
                   .value(QStringLiteral("error"))
                   .toObject()
                   .value(QStringLiteral("message"))
                   .toString()
                   .isEmpty());
    }
    // A text of exactly 10,000 Hangul syllables is fine; the queue shows the first 2,000.
    const QString longText(10000, QChar(0xd55c));
    HttpReply longest
        = gw.post("/v1/contacts", token, newKey(),
                  contactBody(QStringLiteral("sms"), QStringLiteral("010-1234-5678"), longText));
    REQUIRE(longest.status == 201);
    CHECK(gw.count(QStringLiteral("SELECT char_length(preview) FROM contacts WHERE id = ?::uuid"),
                   {longest.object().value(QStringLiteral("contact_id")).toString()})
          == 2000);

    CHECK(gw.get("/v1/nothing").status == 404);
    HttpReply method = gw.get("/v1/contacts");
    CHECK(method.status == 405);
    CHECK(method.header("allow") == "POST");
    CHECK(method.reason() == QStringLiteral("method_not_allowed"));
    HttpReply nonsense = exchange(gw.port(), "HELLO\r\n\r\n");
    CHECK(nonsense.status == 400);
    CHECK(nonsense.reason() == QStringLiteral("bad_request"));
    CHECK(nonsense.closed);

    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == before + 1);
}

TEST_CASE("A repeated idempotency key returns the first answer and never a second contact",
          "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("retrying"));
    const QString other = gw.addConnector(QStringLiteral("another"));
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));
    const QString key = newKey();
    const QByteArray body = R"({"channel": "sms", "sender": "010-9999-0001", "text": "첫 문의"})";

    HttpReply first = gw.post("/v1/contacts", token, key, body);
    REQUIRE(first.status == 201);
    CHECK(first.header("idempotent-replayed").isEmpty());
    // The same request again, written differently (spaces, key order): the stored answer.
    HttpReply retry = gw.post("/v1/contacts", token, key,
                              QByteArray(R"({ "text":"첫 문의","sender":"010-9999-0001","channel":"sms" })"));
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(retry.header("idempotent-replayed") == "true");

    // The key with another body: refused, nothing written.
    HttpReply changed
        = gw.post("/v1/contacts", token, key,
                  QByteArray(R"({"channel": "sms", "sender": "010-9999-0001", "text": "다른 문의"})"));
    CHECK(changed.status == 422);
    CHECK(changed.reason() == QStringLiteral("idempotency_conflict"));
    // Keys belong to their connector: another one may use the same key.
    CHECK(gw.post("/v1/contacts", other, key, body).status == 201);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == before + 2);

    // Twenty copies of one request at the same moment: one contact, one answer.
    const QString racing = newKey();
    const QByteArray request
        = jsonPost("/v1/contacts", token, racing, R"({"channel": "sms", "sender": "010-9999-0002"})");
    QList<QTcpSocket*> sockets;
    for (int i = 0; i < 20; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QHostAddress::LocalHost, gw.port());
        s->write(request);
        sockets << s;
    }
    QList<QByteArray> buffers(sockets.size());
    QList<HttpReply> replies;
    REQUIRE(waitFor(
        [&] {
            for (int i = 0; i < sockets.size(); ++i) {
                buffers[i] += sockets[i]->readAll();
                if (auto r = takeResponse(buffers[i]))
                    replies << *r;
            }
            return replies.size() == sockets.size();
        },
        15000));
    qDeleteAll(sockets);
    QSet<QByteArray> bodies;
    for (const HttpReply& r : replies) {
        CHECK(r.status == 201);
        bodies << r.body;
    }
    CHECK(bodies.size() == 1);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE sender = '01099990002'")) == 1);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key = ?"), {racing}) == 1);
}

TEST_CASE("A connector past its rate gets 429 with Retry-After", "[net][db][intake]")
{
    Gateway gw;
    const QString slow = gw.addConnector(QStringLiteral("slow"), {QStringLiteral("sms")}, 60, 3);
    const QString fast = gw.addConnector(QStringLiteral("fast"), {QStringLiteral("sms")});
    const QJsonObject body = contactBody(QStringLiteral("sms"), QStringLiteral("010-4444-0000"));
    for (int i = 0; i < 3; ++i)
        CHECK(gw.post("/v1/contacts", slow, newKey(), body).status == 201);
    HttpReply limited = gw.post("/v1/contacts", slow, newKey(), body);
    CHECK(limited.status == 429);
    CHECK(limited.reason() == QStringLiteral("rate_limited"));
    CHECK(limited.header("retry-after").toInt() >= 1);
    // Others are not held up by it.
    CHECK(gw.post("/v1/contacts", fast, newKey(), body).status == 201);
    // The token-less reads are limited per client address.
    Gateway open([](minwon::IntakeServer::Options& o) {
        o.publicRatePerMinute = 60;
        o.publicBurst = 2;
    });
    CHECK(open.get("/health").status == 200);
    CHECK(open.get("/open311/v2/services.json").status == 200);
    HttpReply tooMany = open.get("/health");
    CHECK(tooMany.status == 429);
    CHECK(tooMany.header("retry-after").toInt() >= 1);
    // A token comes back after a second (60 a minute).
    waitFor([] { return false; }, 1100);
    CHECK(gw.post("/v1/contacts", slow, newKey(), body).status == 201);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE sender = '01044440000'")) == 5);
}

TEST_CASE("The health endpoint reports the database", "[net][db][intake]")
{
    Gateway gw;
    HttpReply r = gw.get("/health");
    REQUIRE(r.status == 200);
    const QJsonObject o = r.object();
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(o.value(QStringLiteral("database")).toString() == QStringLiteral("ok"));
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 6);
    CHECK(o.contains(QStringLiteral("in_flight")));
}
