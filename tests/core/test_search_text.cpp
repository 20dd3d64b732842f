// SPDX-License-Identifier: Apache-2.0
// The text machinery under the search engine: Hangul arithmetic, folding,
// Markdown to plain text, runs, and query compilation.

#include "search/Hangul.h"
#include "search/SearchQuery.h"
#include "search/SearchText.h"
#include "support/CatchQt.h"

using namespace minwon::search;

namespace {

QStringList runTexts(const QString& text, bool queryMode = false)
{
    const QString folded = foldText(text);
    std::vector<TextRun> runs;
    tokenize(folded, &runs, queryMode);
    QStringList out;
    for (const TextRun& run : runs)
        out << (run.glued ? QStringLiteral("+") : QString()) + folded.mid(run.start, run.length);
    return out;
}

QStringList variantTexts(const QueryClause& clause)
{
    QStringList out;
    for (const Matcher& m : clause.variants)
        out << m.text;
    return out;
}

} // namespace

TEST_CASE("Syllables decompose arithmetically", "[search]")
{
    CHECK(hangul::initialOf(u'거') == 0);
    CHECK(hangul::initialOf(u'선') == 9);
    CHECK(hangul::medialOf(u'가') == 0);
    CHECK(hangul::finalOf(u'검') == 16);
    CHECK(hangul::finalOf(u'거') == 0);
    CHECK(hangul::compatibilityInitial(hangul::initialOf(u'흙')) == u'ㅎ');
    CHECK(hangul::compatibilityInitial(hangul::initialOf(u'빨')) == u'ㅃ');
    int mismatches = 0;
    for (char16_t c = hangul::SyllableFirst; c <= hangul::SyllableLast; ++c) {
        if (hangul::compose(hangul::initialOf(c), hangul::medialOf(c), hangul::finalOf(c)) != c)
            ++mismatches;
    }
    CHECK(mismatches == 0);
    CHECK_FALSE(hangul::isSyllable(u'ㄱ'));
    CHECK_FALSE(hangul::isSyllable(u'A'));
}

TEST_CASE("Query consonants include the clusters an input method makes", "[search]")
{
    int out[2] = {-1, -1};
    CHECK(hangul::queryInitials(u'ㄱ', out) == 1);
    CHECK(out[0] == 0);
    CHECK(hangul::queryInitials(u'ㅎ', out) == 1);
    CHECK(out[0] == 18);
    CHECK(hangul::queryInitials(u'ㄳ', out) == 2);
    CHECK(out[0] == 0);
    CHECK(out[1] == 9);
    CHECK(hangul::queryInitials(u'ㅄ', out) == 2);
    CHECK(out[0] == 7);
    CHECK(hangul::queryInitials(u'\u1112', out) == 1); // conjoining ᄒ
    CHECK(out[0] == 18);
    CHECK(hangul::queryInitials(u'ㅏ', out) == 0);
    CHECK(hangul::queryInitials(u'가', out) == 0);

    char16_t rest = 0;
    int moved = -1;
    REQUIRE(hangul::splitFinal(u'둑', &rest, &moved));
    CHECK(rest == u'두');
    CHECK(moved == 0);
    REQUIRE(hangul::splitFinal(u'닭', &rest, &moved));
    CHECK(rest == u'달');
    CHECK(moved == 0);
    CHECK_FALSE(hangul::splitFinal(u'두', &rest, &moved));
}

TEST_CASE("Particles are known, ordinary words are not", "[search]")
{
    for (const char16_t* p : {u"은", u"를", u"에서", u"에게", u"으로", u"부터", u"까지", u"처럼", u"에서는"})
        CHECK(hangul::isParticle(QStringView(p)));
    for (const char16_t* w : {u"검사", u"서", u"", u"게", u"요"})
        CHECK_FALSE(hangul::isParticle(QStringView(w)));
}

TEST_CASE("Folding keeps offsets and maps case and width", "[search]")
{
    CHECK(foldText(u"ＰＣＲ검사１９") == QStringLiteral("pcr검사19"));
    CHECK(foldText(u"QR코드\tAZ") == QStringLiteral("qr코드 az"));
    const QString mixed = QStringLiteral("Ünïcode ＡＢＣ 가나");
    CHECK(foldText(mixed).size() == mixed.size());
    CHECK(foldText(mixed).startsWith(QStringLiteral("ünïcode abc")));
    const QString decomposed = QString::fromUtf16(u"\u1100\u1165\u1105\u1175");
    CHECK(toNfc(decomposed) == QStringLiteral("거리"));
    CHECK(displayText(QStringLiteral("  선별진료소 \n 운영  ")) == QStringLiteral("선별진료소 운영"));
}

TEST_CASE("Markdown becomes one line of plain text", "[search]")
{
    const QString markdown = QStringLiteral("## 운영 시간\n"
                                            "- 평일 **09:00~18:00**\n"
                                            "* 주말 __휴무__\n"
                                            "> 인용 ~~취소~~\n"
                                            "1. 신분증 `지참`\n"
                                            "\n"
                                            "---\n"
                                            "| 구분 | 장소 |\n"
                                            "|---|---|\n"
                                            "| 1 | [보건소](https://example.invalid) |\n"
                                            "줄<br>바꿈 5\\*3");
    CHECK(
        stripMarkdown(markdown)
        == QStringLiteral(
            "운영 시간 평일 09:00~18:00 주말 휴무 인용 취소 1. 신분증 지참 구분 장소 1 보건소 줄 바꿈 5*3"));
}

TEST_CASE("Text splits into runs of one script, glued where adjacent", "[search]")
{
    CHECK(runTexts(QStringLiteral("코로나19(COVID-19) 2.5단계, QR코드를"))
          == QStringList {QStringLiteral("코로나"), QStringLiteral("+19"), QStringLiteral("covid"),
                          QStringLiteral("19"), QStringLiteral("2.5"), QStringLiteral("+단계"),
                          QStringLiteral("qr"), QStringLiteral("+코드를")});
    CHECK(runTexts(QStringLiteral("2021.4.12 v1.2 끝."))
          == QStringList {QStringLiteral("2021.4.12"), QStringLiteral("v"), QStringLiteral("+1.2"),
                          QStringLiteral("끝")});
    // lone consonants: separators in documents, part of the word in queries
    CHECK(runTexts(QStringLiteral("ㅋㅋ 좋아요")) == QStringList {QStringLiteral("좋아요")});
    CHECK(runTexts(QStringLiteral("ㄱㄹ두기"), true) == QStringList {QStringLiteral("ㄱㄹ두기")});
}

TEST_CASE("Queries compile into clauses with variants", "[search]")
{
    SECTION("particles stripped, full word first")
    {
        const CompiledQuery q = compileQuery(QStringLiteral("선별진료소에서는"));
        REQUIRE(q.clauses.size() == 1);
        const QStringList v = variantTexts(q.clauses[0]);
        REQUIRE_FALSE(v.isEmpty());
        CHECK(v.first() == QStringLiteral("선별진료소에서는"));
        CHECK(v.contains(QStringLiteral("선별진료소에서")));
        CHECK(v.contains(QStringLiteral("선별진료소")));
    }
    SECTION("a one-syllable remainder is only a fallback")
    {
        const CompiledQuery q = compileQuery(QStringLiteral("자가"));
        REQUIRE(q.clauses.size() == 1);
        CHECK(variantTexts(q.clauses[0]) == QStringList {QStringLiteral("자가")});
        REQUIRE_FALSE(q.clauses[0].fallbacks.empty());
        CHECK(q.clauses[0].fallbacks.front().text == QStringLiteral("자"));
    }
    SECTION("mixed scripts: one required clause per run and an optional adjacency clause")
    {
        const CompiledQuery q = compileQuery(QStringLiteral("코로나19에서 PCR"));
        REQUIRE(q.clauses.size() == 4);
        CHECK(variantTexts(q.clauses[0]).first() == QStringLiteral("코로나"));
        CHECK(q.clauses[1].variants.front().kind == Matcher::Kind::Digit);
        CHECK_FALSE(q.clauses[1].variants.front().prefix); // not the word being typed
        CHECK(q.clauses[2].optional);
        CHECK(variantTexts(q.clauses[2]).contains(QStringLiteral("코로나19")));
        CHECK(q.clauses[3].variants.front().kind == Matcher::Kind::Latin);
        CHECK(q.clauses[3].variants.front().text == QStringLiteral("pcr"));
    }
    SECTION("초성")
    {
        const CompiledQuery q = compileQuery(QStringLiteral("ㄱㄹㄷㄱ"));
        REQUIRE(q.clauses.size() == 1);
        const Matcher& m = q.clauses[0].variants.front();
        CHECK(m.kind == Matcher::Kind::Pattern);
        CHECK(m.pattern.size() == 4);
        CHECK(m.termQuality(u"거리두기") > 0.0F);
        CHECK(m.termQuality(u"사회적거리두기를") > 0.0F);
        CHECK(m.termQuality(u"거리") == 0.0F);
        CHECK(m.termQuality(u"가리도구") > 0.0F); // any syllables with those initials
    }
    SECTION("blank and garbage")
    {
        CHECK(compileQuery(QStringLiteral("  ")).blank);
        CHECK(compileQuery(QStringLiteral("  ")).clauses.empty());
        const CompiledQuery punctuation = compileQuery(QStringLiteral("!!"));
        CHECK_FALSE(punctuation.blank);
        CHECK(punctuation.clauses.empty());
    }
}

TEST_CASE("Term quality orders whole words, word starts and insides", "[search]")
{
    const CompiledQuery q = compileQuery(QStringLiteral("검사 "));
    REQUIRE(q.clauses.size() == 1);
    const Matcher& m = q.clauses[0].variants.front();
    const float whole = m.termQuality(u"검사");
    const float withParticle = m.termQuality(u"검사를");
    const float start = m.termQuality(u"검사소");
    const float inside = m.termQuality(u"선별검사소");
    CHECK(whole == withParticle);
    CHECK(whole > start);
    CHECK(start > inside);
    CHECK(inside > 0.0F);
    CHECK(m.termQuality(u"검진") == 0.0F);
}
