// SPDX-License-Identifier: Apache-2.0
// The gateway signed in as its own least-privileged service role (a member of
// minwon_intake, as docs/intake-api.md sets it up): contacts and Open311
// requests go through, and the role cannot read personal data back, read
// the audit trail or change cases.
#include "NetSupport.h"
#include "support/CatchQt.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace minwon::test;

TEST_CASE("The gateway works as minwon_intake and can do nothing more", "[net][db][intake][security]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    const QString login = QStringLiteral("intake_svc_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        minwon::SqlConnection owner(db.config(), {}, QStringLiteral("intake-role-owner"));
        REQUIRE(owner.open());
        QSqlQuery q(owner.db());
        REQUIRE(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE minwon_intake").arg(login)));
    }
    Gateway gw(db, db.configAs(login));
    const QString token = gw.addConnector(QStringLiteral("least"));

    const HttpReply contact
        = gw.post("/v1/contacts", token, QUuid::createUuid().toString(QUuid::WithoutBraces),
                  QJsonObject {{QStringLiteral("channel"), QStringLiteral("sms")},
                               {QStringLiteral("sender"), QStringLiteral("010-3333-2222")},
                               {QStringLiteral("text"), QStringLiteral("문의드립니다")}});
    CHECK(contact.status == 201);

    QList<QByteArray> pairs;
    for (const auto& [k, v] : QList<std::pair<QString, QString>> {
             {QStringLiteral("api_key"), token},
             {QStringLiteral("service_code"), QStringLiteral("environment.waste")},
             {QStringLiteral("description"), QStringLiteral("폐기물 방치")},
             {QStringLiteral("address_string"), QStringLiteral("한빛시 중앙로 12")},
             {QStringLiteral("first_name"), QStringLiteral("민수")},
             {QStringLiteral("last_name"), QStringLiteral("김")},
             {QStringLiteral("phone"), QStringLiteral("010-2345-6789")}})
        pairs << QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    const HttpReply request
        = exchange(gw.port(),
                   rawRequest("POST", "/open311/v2/requests.json",
                              {{"Content-Type", "application/x-www-form-urlencoded"}}, pairs.join('&')));
    INFO(request.body.toStdString());
    REQUIRE(request.status == 201);
    const QString id
        = request.json().array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    const HttpReply status = gw.get("/open311/v2/requests/" + id.toLatin1() + ".json");
    CHECK(status.status == 200);
    CHECK_FALSE(status.body.contains("010-2345-6789"));
    CHECK(gw.scalar(QStringLiteral("SELECT citizen_name FROM cases WHERE id = ?::uuid"), {id}).toString()
          == QStringLiteral("김민수"));

    // With the service role's own connection: no personal data back, no trail, no changes.
    minwon::SqlConnection svc(db.configAs(login), {}, QStringLiteral("intake-role-svc"));
    REQUIRE(svc.open());
    QSqlQuery q(svc.db());
    CHECK(q.exec(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(id)));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT citizen_name FROM cases WHERE id = '%1'").arg(id)));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM case_personal")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE cases SET summary = 'x' WHERE id = '%1'").arg(id)));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM reveal_case_pii('%1', '점검')").arg(id)));
}
