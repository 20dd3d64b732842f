// SPDX-License-Identifier: Apache-2.0
// minwon-admin and the gateway: connector tokens (shown once, kept as a
// hash), and the simulator sending its contacts over HTTP.
#include "NetSupport.h"
#include "admin/AdminCli.h"
#include "intake/IntakeTokens.h"
#include "support/CatchQt.h"

#include <QTemporaryDir>

using namespace minwon::test;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run admin(const TestDatabase& db, const QStringList& args)
{
    static QTemporaryDir settings;
    qputenv("MINWON_SETTINGS", QFile::encodeName(settings.filePath(QStringLiteral("settings.conf"))));
    const minwon::ConnectionConfig c = db.config();
    QStringList all {
        QStringLiteral("--host"), c.hosts.first(), QStringLiteral("--port"), QString::number(c.port),
        QStringLiteral("--db"),   c.database,      QStringLiteral("--user"), c.user};
    all << args;
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    minwon::AdminCli cli(out, err);
    r.code = cli.run(all);
    out.flush();
    err.flush();
    return r;
}

} // namespace

TEST_CASE("minwon-admin intake token shows a token once and keeps only its hash", "[net][db][intake][admin]")
{
    Gateway gw;
    Run r = admin(gw.db(),
                  {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"),
                   QStringLiteral("sms-gw"), QStringLiteral("--channels"), QStringLiteral("sms,kakao_friend"),
                   QStringLiteral("--rate"), QStringLiteral("120"), QStringLiteral("--burst"),
                   QStringLiteral("10")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString token = r.out.trimmed();
    CHECK(token.startsWith(QStringLiteral("mwi_")));
    CHECK(r.err.contains(QStringLiteral("shown once")));
    CHECK(gw.scalar(QStringLiteral("SELECT token_sha256 FROM intake_connectors WHERE name = 'sms-gw'"))
              .toString()
          == minwon::IntakeTokens::hash(token));
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM intake_connectors WHERE token_sha256 = ?"), {token})
          == 0);

    // The token works, in its channels only.
    CHECK(gw.post("/v1/contacts", token, QStringLiteral("a1"),
                  QByteArray(R"({"channel": "sms", "sender": "010-1000-2000"})"))
              .status
          == 201);
    CHECK(gw.post("/v1/contacts", token, QStringLiteral("a2"),
                  QByteArray(R"({"channel": "phone", "sender": "010-1000-2000"})"))
              .status
          == 403);

    r = admin(gw.db(), {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("list")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("sms-gw\tactive\tsms,kakao_friend\t120/min burst 10")));
    CHECK(!r.out.contains(token));

    // Refusals: the same name, a channel that does not exist, no channels, a bad name.
    CHECK(admin(gw.db(),
                {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"),
                 QStringLiteral("sms-gw"), QStringLiteral("--channels"), QStringLiteral("sms")})
              .code
          == 1);
    Run pigeon = admin(gw.db(),
                       {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"),
                        QStringLiteral("p"), QStringLiteral("--channels"), QStringLiteral("pigeon")});
    CHECK(pigeon.code == 1);
    CHECK(pigeon.err.contains(QStringLiteral("pigeon")));
    CHECK(
        admin(gw.db(),
              {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("p")})
            .code
        == 1);
    CHECK(admin(gw.db(),
                {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"),
                 QStringLiteral("Bad Name"), QStringLiteral("--channels"), QStringLiteral("sms")})
              .code
          == 1);
    CHECK(admin(gw.db(), {QStringLiteral("intake"), QStringLiteral("token")}).code == 2);

    // Rotated: the old token stops working, the new one works.
    r = admin(gw.db(),
              {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("rotate"),
               QStringLiteral("sms-gw")});
    REQUIRE(r.code == 0);
    const QString rotated = r.out.trimmed();
    CHECK(rotated != token);
    waitFor([] { return false; }, 400); // the gateway's token cache (0.3 s in tests)
    CHECK(gw.post("/v1/contacts", token, QStringLiteral("a3"),
                  QByteArray(R"({"channel": "sms", "sender": "010-1000-2000"})"))
              .status
          == 401);
    CHECK(gw.post("/v1/contacts", rotated, QStringLiteral("a4"),
                  QByteArray(R"({"channel": "sms", "sender": "010-1000-2000"})"))
              .status
          == 201);

    // Revoked: refused, and listed as such.
    r = admin(gw.db(),
              {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("revoke"),
               QStringLiteral("sms-gw")});
    CHECK(r.code == 0);
    waitFor([] { return false; }, 400);
    CHECK(gw.post("/v1/contacts", rotated, QStringLiteral("a5"),
                  QByteArray(R"({"channel": "sms", "sender": "010-1000-2000"})"))
              .reason()
          == QStringLiteral("invalid_token"));
    CHECK(admin(gw.db(), {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("list")})
              .out.contains(QStringLiteral("sms-gw\trevoked")));
    CHECK(admin(gw.db(),
                {QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("revoke"),
                 QStringLiteral("nobody")})
              .code
          == 1);
}

TEST_CASE("minwon-admin simulate --via http sends its contacts through the gateway",
          "[net][db][intake][admin]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("simulator"));
    const int before = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));
    Run r = admin(gw.db(),
                  {QStringLiteral("simulate"), QStringLiteral("--via"), QStringLiteral("http"),
                   QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(gw.port()),
                   QStringLiteral("--token"), token, QStringLiteral("--per-minute"), QStringLiteral("3000"),
                   QStringLiteral("--max"), QStringLiteral("40"), QStringLiteral("--seed"),
                   QStringLiteral("7")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("arrived 40,")));
    CHECK(r.out.contains(QStringLiteral("errors 0")));
    // Every one of them came in over HTTP, as the simulator connector, once.
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == before + 40);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE source = 'intake:simulator'")) == 40);
    CHECK(gw.count(QStringLiteral(
              "SELECT count(*) FROM intake_requests r JOIN intake_connectors c ON c.id = r.connector_id "
              "WHERE c.name = 'simulator' AND r.status = 201"))
          == 40);
    // Telephone senders arrive as the caller ID shows them and are stored in the one national form.
    CHECK(gw.count(
              QStringLiteral("SELECT count(*) FROM contacts WHERE source = 'intake:simulator' AND channel IN "
                             "('phone', 'sms') AND sender !~ '^0[0-9]{8,10}$'"))
          == 0);
    int logged = 0;
    for (const QJsonObject& line : gw.requestLogs())
        logged += line.value(QStringLiteral("connector")).toString() == QStringLiteral("simulator") ? 1 : 0;
    CHECK(logged == 40);

    // Without a token the http mode is refused before anything is sent.
    CHECK(admin(gw.db(),
                {QStringLiteral("simulate"), QStringLiteral("--via"), QStringLiteral("http"),
                 QStringLiteral("--max"), QStringLiteral("1")})
              .code
          == 2);
}
