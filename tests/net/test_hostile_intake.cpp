// SPDX-License-Identifier: Apache-2.0
// Hostile bodies through the intake gateway: SQL-looking text, quotes and
// right-to-left marks are stored exactly as sent; NUL bytes, broken UTF-8 and
// oversized bodies are refused with a reason; nothing is ever half-written.
#include "NetSupport.h"
#include "support/CatchQt.h"

#include <QUuid>

using namespace minwon::test;

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("Hostile text reaches the queue faithfully or is refused whole", "[net][db][intake][hostile]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("hostile"));
    const int contacts = gw.count(QStringLiteral("SELECT count(*) FROM contacts"));
    const int messages = gw.count(QStringLiteral("SELECT count(*) FROM contact_messages"));

    // Stored exactly: quotes, a statement terminator with DROP TABLE, a
    // backslash, a right-to-left override and isolate, Korean and an emoji.
    const QString nasty = QStringLiteral("O'Reilly \"quoted\" '); DROP TABLE contacts; -- \\x00 ")
        + QChar(0x202E) + QStringLiteral("evil") + QChar(0x202C) + QChar(0x2067) + QStringLiteral("격리")
        + QChar(0x2069) + QStringLiteral(" 😀");
    QJsonObject body {{QStringLiteral("channel"), QStringLiteral("sms")},
                      {QStringLiteral("sender"), QStringLiteral("010-7777-8888")},
                      {QStringLiteral("text"), nasty}};
    HttpReply r = gw.post("/v1/contacts", token, newKey(), body);
    REQUIRE(r.status == 201);
    const QString id = r.object().value(QStringLiteral("contact_id")).toString();
    CHECK(gw.scalar(QStringLiteral("SELECT body FROM contact_messages WHERE contact_id = ?::uuid"), {id})
              .toString()
          == nasty);
    CHECK(gw.scalar(QStringLiteral("SELECT preview FROM contacts WHERE id = ?::uuid"), {id}).toString()
          == nasty);

    // A NUL inside a JSON string: refused, not cut short.
    HttpReply nul = gw.post("/v1/contacts", token, newKey(),
                            QByteArrayLiteral("{\"channel\": \"sms\", \"sender\": \"010-7777-9999\", "
                                              "\"text\": \"before\\u0000after\"}"));
    CHECK((nul.status == 400 || nul.status == 422));
    CHECK_FALSE(nul.reason().isEmpty());
    // A raw NUL byte in the body.
    static const char rawBody[] = "{\"channel\": \"sms\", \"sender\": \"010-7777-9999\", \"text\": \"a\0b\"}";
    HttpReply rawNul = gw.post("/v1/contacts", token, newKey(), QByteArray(rawBody, sizeof(rawBody) - 1));
    CHECK((rawNul.status == 400 || rawNul.status == 422));
    // A sender that tries SQL.
    HttpReply sqlSender
        = gw.post("/v1/contacts", token, newKey(),
                  QJsonObject {{QStringLiteral("channel"), QStringLiteral("sms")},
                               {QStringLiteral("sender"), QStringLiteral("'; DROP TABLE cases; --")},
                               {QStringLiteral("text"), QStringLiteral("x")}});
    CHECK((sqlSender.status == 400 || sqlSender.status == 422));
    CHECK_FALSE(sqlSender.reason().isEmpty());
    // One megabyte of text: refused by size, before the database.
    HttpReply huge = gw.post("/v1/contacts", token, newKey(),
                             QJsonObject {{QStringLiteral("channel"), QStringLiteral("sms")},
                                          {QStringLiteral("sender"), QStringLiteral("010-7777-9999")},
                                          {QStringLiteral("text"), QString(1024 * 1024, QLatin1Char('A'))}});
    CHECK((huge.status == 413 || huge.status == 400));
    // Just over the text limit but under the body limit: refused with a reason.
    HttpReply longText = gw.post("/v1/contacts", token, newKey(),
                                 QJsonObject {{QStringLiteral("channel"), QStringLiteral("sms")},
                                              {QStringLiteral("sender"), QStringLiteral("010-7777-9999")},
                                              {QStringLiteral("text"), QString(10001, QChar(0xAC00))}});
    CHECK((longText.status == 400 || longText.status == 422));
    CHECK_FALSE(longText.reason().isEmpty());

    // Exactly one contact and one message more; the tables are all there.
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts")) == contacts + 1);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contact_messages")) == messages + 1);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM cases")) > 0);
    // And the gateway still answers.
    CHECK(gw.get("/health").status == 200);
}
