// SPDX-License-Identifier: Apache-2.0
// Open311 GeoReport v2 on the gateway: services from the categories,
// requests that become a contact and a case, and their status from the case
// and its forward to a department.
#include "NetSupport.h"
#include "support/CatchQt.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace minwon::test;

namespace {

QByteArray form(const QList<std::pair<QString, QString>>& fields)
{
    QList<QByteArray> pairs;
    for (const auto& [k, v] : fields)
        pairs << QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return pairs.join('&');
}

HttpReply postForm(Gateway& gw, const QByteArray& body, const Headers& extra = {})
{
    Headers headers {{"Content-Type", "application/x-www-form-urlencoded"}};
    headers.append(extra);
    return exchange(gw.port(), rawRequest("POST", "/open311/v2/requests.json", headers, body));
}

} // namespace

TEST_CASE("Open311 services are the categories a case can be filed under", "[net][db][intake][open311]")
{
    Gateway gw;
    HttpReply r = gw.get("/open311/v2/services.json");
    REQUIRE(r.status == 200);
    const QJsonArray services = r.json().array();
    QSet<QString> codes;
    for (const QJsonValue& v : services) {
        const QJsonObject s = v.toObject();
        codes << s.value(QStringLiteral("service_code")).toString();
        CHECK(s.value(QStringLiteral("type")).toString() == QStringLiteral("realtime"));
        CHECK(s.value(QStringLiteral("metadata")).toBool() == false);
        CHECK(!s.value(QStringLiteral("service_name")).toString().isEmpty());
        CHECK(!s.value(QStringLiteral("group")).toString().isEmpty());
    }
    CHECK(codes.contains(QStringLiteral("covid19.testing")));
    CHECK(codes.contains(QStringLiteral("environment.waste")));
    CHECK(!codes.contains(QStringLiteral("covid19"))); // a group, not a service
    CHECK(codes.size()
          == gw.count(
              QStringLiteral("SELECT count(*) FROM categories c WHERE active AND NOT EXISTS "
                             "(SELECT 1 FROM categories k WHERE k.parent_code = c.code AND k.active)")));
    // Names in the service's language (Korean by default).
    for (const QJsonValue& v : services)
        if (v.toObject().value(QStringLiteral("service_code")) == QStringLiteral("environment.waste"))
            CHECK(v.toObject().value(QStringLiteral("service_name")).toString()
                  == QStringLiteral("생활폐기물"));
    // An inactive category is no longer offered.
    gw.scalar(
        QStringLiteral("UPDATE categories SET active = false WHERE code = 'transport.taxi' RETURNING 1"));
    CHECK(!gw.get("/open311/v2/services.json").body.contains("transport.taxi"));
    CHECK(exchange(gw.port(), rawRequest("POST", "/open311/v2/services.json", {}, "x")).status == 405);
}

TEST_CASE("An Open311 request becomes a contact and a case of its category", "[net][db][intake][open311]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("civic-app"), {QStringLiteral("web")});
    const QString smsOnly = gw.addConnector(QStringLiteral("sms-only"), {QStringLiteral("sms")});

    HttpReply r
        = postForm(gw,
                   form({{QStringLiteral("api_key"), token},
                         {QStringLiteral("service_code"), QStringLiteral("environment.waste")},
                         {QStringLiteral("description"),
                          QStringLiteral("골목에 대형 폐기물이 일주일째 방치되어 있습니다 & 악취")},
                         {QStringLiteral("address_string"), QStringLiteral("한빛시 중앙로 12")},
                         {QStringLiteral("lat"), QStringLiteral("37.5665")},
                         {QStringLiteral("long"), QStringLiteral("126.978")},
                         {QStringLiteral("first_name"), QStringLiteral("민수")},
                         {QStringLiteral("last_name"), QStringLiteral("김")},
                         {QStringLiteral("phone"), QStringLiteral("010-2345-6789")},
                         {QStringLiteral("media_url"), QStringLiteral("https://example.org/p/1.jpg")}}));
    REQUIRE(r.status == 201);
    const QJsonObject answer = r.json().array().first().toObject();
    const QString id = answer.value(QStringLiteral("service_request_id")).toString();
    REQUIRE(!QUuid::fromString(id).isNull());
    CHECK(!answer.value(QStringLiteral("service_notice")).toString().isEmpty());

    // The case: its category, open, no counselor yet, the citizen's details.
    CHECK(gw.scalar(QStringLiteral(
                        "SELECT category_code || '|' || subcategory_code || '|' || state || '|' || "
                        "(counselor_id IS NULL) || '|' || channel || '|' || citizen_name || '|' || phone "
                        "|| '|' || sender FROM cases WHERE id = ?::uuid"),
                    {id})
              .toString()
          == QStringLiteral("environment|environment.waste|open|true|web|김민수|010-2345-6789|01023456789"));
    CHECK(gw.scalar(QStringLiteral("SELECT address FROM cases WHERE id = ?::uuid"), {id}).toString()
          == QStringLiteral("한빛시 중앙로 12 (37.566500, 126.978000)"));
    CHECK(gw.scalar(QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {id})
              .toString()
              .contains(QStringLiteral("& 악취")));
    // The contact: in the web channel's queue, from Open311, pointing at the case.
    CHECK(gw.scalar(QStringLiteral(
                        "SELECT c.channel || '|' || c.source || '|' || c.state || '|' || c.category_hint "
                        "FROM contacts c JOIN cases k ON k.contact_id = c.id AND c.case_id = k.id WHERE k.id "
                        "= ?::uuid"),
                    {id})
              .toString()
          == QStringLiteral("web|open311|waiting|environment.waste"));

    // JSON works too, with the token as a bearer; a top-level service files under itself.
    HttpReply json = exchange(
        gw.port(),
        rawRequest(
            "POST", "/open311/v2/requests.json",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token.toLatin1()}},
            R"({"service_code": "other.general", "description": "문의", "email": "Citizen@Example.org"})"));
    REQUIRE(json.status == 201);
    const QString second
        = json.json().array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    CHECK(gw.scalar(QStringLiteral("SELECT sender FROM cases WHERE id = ?::uuid"), {second}).toString()
          == QStringLiteral("web:citizen@example.org"));

    // Refusals, in Open311's error form.
    struct Bad
    {
        QByteArray body;
        int status;
        QString reason;
    };
    const QList<Bad> bad {
        {form({{QStringLiteral("service_code"), QStringLiteral("other.general")},
               {QStringLiteral("description"), QStringLiteral("x")}}),
         401, QStringLiteral("missing_token")},
        {form({{QStringLiteral("api_key"), smsOnly},
               {QStringLiteral("service_code"), QStringLiteral("other.general")},
               {QStringLiteral("description"), QStringLiteral("x")}}),
         403, QStringLiteral("channel_not_allowed")},
        {form({{QStringLiteral("api_key"), token}, {QStringLiteral("description"), QStringLiteral("x")}}),
         400, QStringLiteral("missing_field")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("other.general")}}),
         400, QStringLiteral("missing_field")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("covid19")},
               {QStringLiteral("description"), QStringLiteral("x")}}),
         400, QStringLiteral("unknown_service_code")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("nope")},
               {QStringLiteral("description"), QStringLiteral("x")}}),
         400, QStringLiteral("unknown_service_code")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("environment.noise")},
               {QStringLiteral("description"), QStringLiteral("x")}}),
         400, QStringLiteral("address_required")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("other.general")},
               {QStringLiteral("description"), QStringLiteral("x")},
               {QStringLiteral("lat"), QStringLiteral("91")},
               {QStringLiteral("long"), QStringLiteral("0")}}),
         400, QStringLiteral("invalid_field")},
        {form({{QStringLiteral("api_key"), token},
               {QStringLiteral("service_code"), QStringLiteral("other.general")},
               {QStringLiteral("description"), QStringLiteral("x")},
               {QStringLiteral("phone"), QStringLiteral("12")}}),
         400, QStringLiteral("invalid_field")},
        {"api_key=" + token.toLatin1() + "&service_code=other.general&description=%FF%FE", 400,
         QStringLiteral("invalid_utf8")},
        {"api_key=" + token.toLatin1() + "&service_code=other.general&description=a&description=b", 400,
         QStringLiteral("duplicate_field")},
    };
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM cases"));
    for (const Bad& b : bad) {
        INFO(b.body.toStdString());
        HttpReply e = postForm(gw, b.body);
        CHECK(e.status == b.status);
        REQUIRE(e.json().isArray());
        const QJsonObject o = e.json().array().first().toObject();
        CHECK(o.value(QStringLiteral("code")).toInt() == b.status);
        CHECK(!o.value(QStringLiteral("description")).toString().isEmpty());
        CHECK(o.value(QStringLiteral("reason")).toString() == b.reason);
    }
    CHECK(exchange(gw.port(),
                   rawRequest("POST", "/open311/v2/requests.json", {{"Content-Type", "text/xml"}}, "<x/>"))
              .status
          == 415);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM cases")) == before);

    // With an Idempotency-Key, a civic app's retry does not file twice.
    const QByteArray once = form({{QStringLiteral("api_key"), token},
                                  {QStringLiteral("service_code"), QStringLiteral("other.praise")},
                                  {QStringLiteral("description"), QStringLiteral("친절한 상담 감사합니다")}});
    HttpReply a = postForm(gw, once, {{"Idempotency-Key", "app-42"}});
    HttpReply b = postForm(gw, once, {{"Idempotency-Key", "app-42"}});
    CHECK(a.status == 201);
    CHECK(b.status == 201);
    CHECK(a.body == b.body);
    CHECK(
        gw.count(QStringLiteral(
            "SELECT count(*) FROM cases WHERE subcategory_code = 'other.praise' AND summary LIKE '친절한%'"))
        == 1);
}

TEST_CASE("Open311 status follows the case and its forward to a department", "[net][db][intake][open311]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("civic-app"), {QStringLiteral("web")});
    HttpReply created
        = postForm(gw,
                   form({{QStringLiteral("api_key"), token},
                         {QStringLiteral("service_code"), QStringLiteral("covid19.violation")},
                         {QStringLiteral("description"), QStringLiteral("밤 11시에 영업 중인 주점")},
                         {QStringLiteral("address_string"), QStringLiteral("한빛시 역전로 3")}}));
    REQUIRE(created.status == 201);
    const QString id
        = created.json().array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    const QByteArray path = "/open311/v2/requests/" + id.toLatin1() + ".json";
    auto status = [&] {
        HttpReply r = gw.get(path);
        REQUIRE(r.status == 200);
        return r.json().array().first().toObject();
    };

    QJsonObject s = status();
    CHECK(s.value(QStringLiteral("service_request_id")).toString() == id);
    CHECK(s.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(s.value(QStringLiteral("service_code")).toString() == QStringLiteral("covid19.violation"));
    CHECK(s.value(QStringLiteral("service_name")).toString() == QStringLiteral("방역수칙 위반 신고"));
    CHECK(!s.value(QStringLiteral("status_notes")).toString().isEmpty());
    CHECK(!s.value(QStringLiteral("requested_datetime")).toString().isEmpty());
    CHECK(s.value(QStringLiteral("expected_datetime")).isNull());
    // Nothing personal in a public status answer.
    CHECK(!s.contains(QStringLiteral("description")));
    CHECK(!gw.get(path).body.contains("역전로"));

    // Forwarded to the enforcement department: open, with the department and its due time.
    const QString dept
        = gw.scalar(QStringLiteral(
                        "SELECT code FROM departments WHERE kind = 'enforcement' ORDER BY code LIMIT 1"))
              .toString();
    const QString deptName
        = gw.scalar(QStringLiteral("SELECT name_ko FROM departments WHERE code = ?"), {dept}).toString();
    const QString forward = QUuid::createUuid().toString(QUuid::WithoutBraces);
    gw.scalar(QStringLiteral(
                  "INSERT INTO forwards (id, case_id, department_code, due_at) VALUES (?::uuid, ?::uuid, ?, "
                  "now() + interval '24 hours') RETURNING 1"),
              {forward, id, dept});
    s = status();
    CHECK(s.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(s.value(QStringLiteral("agency_responsible")).toString() == deptName);
    CHECK(s.value(QStringLiteral("status_notes")).toString().contains(deptName));
    CHECK(!s.value(QStringLiteral("expected_datetime")).toString().isEmpty());

    // The department closes it with its field-check result: closed, with the result.
    gw.scalar(
        QStringLiteral(
            "UPDATE forwards SET state = 'closed', result = '현장 확인, 영업시간 위반으로 과태료 부과', "
            "closed_at = now() WHERE id = ?::uuid RETURNING 1"),
        {forward});
    s = status();
    CHECK(s.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(s.value(QStringLiteral("status_notes")).toString().contains(QStringLiteral("과태료 부과")));

    // A request without a forward closes with its case.
    HttpReply plain = postForm(gw,
                               form({{QStringLiteral("api_key"), token},
                                     {QStringLiteral("service_code"), QStringLiteral("tax.vehicle")},
                                     {QStringLiteral("description"), QStringLiteral("자동차세 납부 기한")}}));
    const QString plainId
        = plain.json().array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    const QByteArray plainPath = "/open311/v2/requests/" + plainId.toLatin1() + ".json";
    CHECK(gw.get(plainPath).json().array().first().toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("open"));
    gw.scalar(
        QStringLiteral("UPDATE cases SET state = 'completed', wrapup_code = 'answered', completed_at = now() "
                       "WHERE id = ?::uuid RETURNING 1"),
        {plainId});
    const QJsonObject done = gw.get(plainPath).json().array().first().toObject();
    CHECK(done.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(done.value(QStringLiteral("status_notes")).toString().contains(QStringLiteral("안내 완료")));

    // Unknown ids, and cases that did not come through Open311, are not found.
    CHECK(gw.get("/open311/v2/requests/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
                 + ".json")
              .status
          == 404);
    CHECK(gw.get("/open311/v2/requests/12345.json").status == 404);
    const QString deskCase
        = gw.scalar(QStringLiteral("SELECT id FROM cases WHERE contact_id IS NULL OR contact_id NOT IN "
                                   "(SELECT id FROM contacts WHERE source = 'open311') LIMIT 1"))
              .toString();
    HttpReply hidden = gw.get("/open311/v2/requests/" + deskCase.toLatin1() + ".json");
    CHECK(hidden.status == 404);
    CHECK(hidden.json().array().first().toObject().value(QStringLiteral("code")).toInt() == 404);
}
