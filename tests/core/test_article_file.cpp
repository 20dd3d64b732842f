// SPDX-License-Identifier: Apache-2.0
#include "kb/ArticleFile.h"
#include "support/CatchQt.h"

using minwon::ArticleFile;

TEST_CASE("An article file with front matter parses and round-trips", "[kb]")
{
    const QString text = QStringLiteral("---\n"
                                        "id: covid-test-sites\n"
                                        "title: 선별진료소 운영 안내\n"
                                        "category: covid19.testing\n"
                                        "tags: [검사, 선별진료소, PCR]\n"
                                        "effective_from: 2021-04-12\n"
                                        "effective_until: 2021-05-02\n"
                                        "source: 중앙재난안전대책본부 보도자료 2021-04-09\n"
                                        "version: 2\n"
                                        "change_note: 주말 운영시간 변경\n"
                                        "---\n"
                                        "## 운영 시간\n- 평일 09:00~18:00\n");
    ArticleFile a;
    ArticleFile::ParseError error;
    REQUIRE(ArticleFile::parse(text, &a, &error));
    CHECK(a.id == QStringLiteral("covid-test-sites"));
    CHECK(a.title == QStringLiteral("선별진료소 운영 안내"));
    CHECK(a.tags
          == QStringList {QStringLiteral("검사"), QStringLiteral("선별진료소"), QStringLiteral("PCR")});
    CHECK(a.effectiveFrom == QDate(2021, 4, 12));
    CHECK(a.effectiveUntil == QDate(2021, 5, 2));
    CHECK(a.version == 2);
    CHECK(a.body == QStringLiteral("## 운영 시간\n- 평일 09:00~18:00"));

    ArticleFile again;
    REQUIRE(ArticleFile::parse(a.toText(), &again, &error));
    CHECK(again.id == a.id);
    CHECK(again.tags == a.tags);
    CHECK(again.body == a.body);
    CHECK(again.effectiveUntil == a.effectiveUntil);
}

TEST_CASE("Bad article files are reported with the line", "[kb]")
{
    struct Case
    {
        const char* name;
        QString text;
        int line;
        const char* fragment;
    };
    const Case cases[] = {
        {"no front matter", QStringLiteral("# just markdown\n"), 1, "front-matter"},
        {"unclosed", QStringLiteral("---\nid: a\ntitle: t\n"), 4, "not closed"},
        {"bad date", QStringLiteral("---\nid: a\ntitle: t\ncategory: tax\neffective_from: 2021-13-01\n---\n"),
         5, "effective_from"},
        {"bad id", QStringLiteral("---\nid: Bad Id\n---\n"), 2, "id"},
        {"unknown key", QStringLiteral("---\nid: a\ncolour: red\n---\n"), 3, "colour"},
        {"missing title", QStringLiteral("---\nid: a\ncategory: tax\neffective_from: 2021-01-01\n---\nbody"),
         1, "title"},
        {"until before from",
         QStringLiteral("---\nid: a\ntitle: t\ncategory: tax\neffective_from: 2021-05-01\neffective_until: "
                        "2021-04-01\n---\n"),
         1, "before"},
        {"NUL byte", QStringLiteral("---\nid: a") + QChar(0) + QStringLiteral("\n---\n"), 1, "NUL"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        ArticleFile a;
        ArticleFile::ParseError error;
        CHECK_FALSE(ArticleFile::parse(c.text, &a, &error));
        CHECK(error.line == c.line);
        CHECK(error.message.contains(QLatin1String(c.fragment)));
    }
}
