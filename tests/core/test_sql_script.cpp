// SPDX-License-Identifier: Apache-2.0
#include "db/SqlScript.h"
#include "support/CatchQt.h"

using minwon::splitSqlScript;

TEST_CASE("SQL scripts split on top-level semicolons only", "[sql]")
{
    const QString script
        = QStringLiteral("-- a comment; with a semicolon\n"
                         "CREATE TABLE a (x text DEFAULT 'semi;colon');\n"
                         "/* block ; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
                         "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\n"
                         "BEGIN RETURN 1; END $$;\n"
                         "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;b' $body$;\n"
                         "SELECT \"odd;name\" FROM a;\n"
                         "SELECT $1::int;\n"
                         "   \n");
    const auto statements = splitSqlScript(script);
    REQUIRE(statements.size() == 6);
    CHECK(statements[0].text
          == QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x text DEFAULT 'semi;colon')"));
    CHECK(statements[0].line == 2);
    CHECK(statements[1].text.endsWith(QStringLiteral("VALUES ('it''s; fine')")));
    CHECK(statements[2].text.contains(QStringLiteral("BEGIN RETURN 1; END $$")));
    CHECK(statements[2].line == 4);
    CHECK(statements[3].text.contains(QStringLiteral("$body$ SELECT 'a;b' $body$")));
    CHECK(statements[4].text == QStringLiteral("SELECT \"odd;name\" FROM a"));
    CHECK(statements[5].text == QStringLiteral("SELECT $1::int"));
    CHECK(statements[5].line == 8);
}

TEST_CASE("A script of comments only has no statements", "[sql]")
{
    CHECK(splitSqlScript(QStringLiteral("-- nothing\n/* here */\n")).isEmpty());
    CHECK(splitSqlScript(QString()).isEmpty());
}
