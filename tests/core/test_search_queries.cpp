// SPDX-License-Identifier: Apache-2.0
// The search engine against a small knowledge base written like the real one:
// which queries find which articles, and which they must not find.

#include "search/SearchIndex.h"
#include "support/CatchQt.h"

#include <QStringList>

using minwon::SearchDocument;
using minwon::SearchIndex;

namespace {

const QDate Today(2021, 5, 1);

SearchDocument article(const char* id, const char* category, const char* title, const char* tags,
                       const char* body, int version = 1, const char* status = "published",
                       QDate from = QDate(2021, 1, 1), QDate until = QDate())
{
    SearchDocument doc;
    doc.articleId = QString::fromUtf8(id);
    doc.version = version;
    doc.category = QString::fromUtf8(category);
    doc.title = QString::fromUtf8(title);
    doc.tags = QString::fromUtf8(tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    doc.body = QString::fromUtf8(body);
    doc.status = QString::fromUtf8(status);
    doc.effectiveFrom = from;
    doc.effectiveUntil = until;
    return doc;
}

QList<SearchDocument> fixture()
{
    return {
        article("covid-test-sites", "covid19.testing", "선별진료소 운영 안내", "검사,선별진료소,PCR",
                "## 운영 시간\n- 평일 09:00~18:00\n- 주말 09:00~13:00\n\n"
                "## 검사 대상\n- 발열, 기침 등 **의심 증상**이 있는 분은 가까운 보건소 선별진료소에서 PCR "
                "검사를 받습니다.\n"
                "- 신분증을 가져오고 마스크를 씁니다.",
                1, "superseded", QDate(2021, 1, 1), QDate(2021, 4, 11)),
        article("covid-test-sites", "covid19.testing", "선별진료소 운영 안내", "검사,선별진료소,PCR",
                "## 운영 시간\n- 평일 09:00~21:00\n- 주말 09:00~18:00\n\n"
                "## 검사 대상\n- 발열, 기침 등 **의심 증상**이 있는 분은 가까운 보건소 선별진료소에서 PCR "
                "검사를 받습니다.\n"
                "- 신분증을 가져오고 마스크를 씁니다.",
                2, "published", QDate(2021, 4, 12)),
        article(
            "covid-temp-test-sites", "covid19.testing", "임시 선별검사소 운영 안내", "무료검사,익명검사",
            "서울역 광장과 시청 앞 **임시 선별검사소**에서는 증상이 없어도 누구나 무료로 검사를 받을 수 "
            "있습니다.\n"
            "- 이름 없이 휴대전화 번호만 적는 익명 검사도 됩니다.\n- 결과는 다음 날 문자로 알려 드립니다."),
        article("covid-rapid-antigen", "covid19.testing", "신속항원검사 안내", "자가검사키트,항원검사",
                "약국과 편의점에서 자가검사키트를 살 수 있습니다. 양성이 나오면 보건소에서 확인 검사를 "
                "받습니다."),
        article("covid-test-results", "covid19.testing", "코로나19 검사 결과 통보 안내", "결과,문자",
                "검사 결과는 보통 다음 날 오전에 문자로 통보됩니다. 문자를 받지 못하면 1339 콜센터 또는 "
                "검사받은 보건소로 문의합니다."),
        article("covid-test-cost", "covid19.testing", "진단검사 비용 안내", "비용,무료",
                "의사 소견이 있거나 역학적 연관성이 있으면 진단검사는 무료입니다. 해외 출국용 영문 증명서는 "
                "유료입니다."),
        article("distancing-level", "covid19.distancing", "사회적 거리두기 2단계 안내", "거리두기,2단계",
                "수도권은 2단계가 적용됩니다.\n- 유흥시설 집합금지\n- 식당은 21시 이후 포장·배달만\n"
                "- 실내 50인 이상 모임 금지"),
        article("distancing-level-25", "covid19.distancing", "사회적 거리두기 2.5단계 격상",
                "거리두기,2.5단계",
                "2.5단계에서는 헬스장·노래연습장 운영이 중단되고 카페는 포장·배달만 할 수 있습니다."),
        article("private-gathering", "covid19.distancing", "5인 이상 사적모임 금지", "사적모임,5인",
                "5인 이상 사적모임이 금지됩니다. 직계가족과 상견례는 예외입니다. 위반하면 과태료 10만원이 "
                "부과됩니다."),
        article("grant-disaster", "covid19.grants", "재난지원금 신청 안내", "재난지원금,지원금",
                "모든 시민에게 1인당 10만원을 지역화폐로 드립니다. 주민센터나 누리집에서 신청합니다."),
        article("grant-smallbiz", "covid19.grants", "소상공인 버팀목자금 안내", "소상공인,지원금",
                "집합금지 업종은 300만원, 영업제한 업종은 200만원을 받습니다. 매출 감소를 증빙합니다."),
        article(
            "vaccine-booking", "covid19.vaccination", "코로나19 백신 접종 예약 안내", "백신,예약,접종",
            "## 예약 방법\n- 누리집이나 1339로 예약합니다.\n- 60세 이상은 AZ(아스트라제네카), 75세 이상은 "
            "화이자 백신을 맞습니다."),
        article("vaccine-side-effects", "covid19.vaccination", "백신 접종 후 이상반응 대처", "이상반응",
                "접종 부위가 붓거나 열이 나면 해열제를 먹고 쉽니다. 호흡곤란이 있으면 119에 신고합니다."),
        article(
            "qr-entry", "covid19.distancing", "전자출입명부(QR코드) 이용 안내", "QR코드,출입명부",
            "네이버나 카카오 앱에서 **QR코드**를 받아 출입할 때 보여 줍니다. 휴대전화가 없으면 수기명부나 "
            "안심콜을 씁니다."),
        article("self-quarantine", "covid19.quarantine", "자가격리자 생활수칙", "자가격리,격리",
                "자가격리자에게는 생필품 꾸러미를 드립니다. 격리 해제 전에 PCR 검사를 받습니다. 외출은 할 수 "
                "없습니다."),
        article("quarantine-grant", "covid19.quarantine", "자가격리 생활지원비 신청", "생활지원비,자가격리",
                "격리가 끝난 뒤 주민센터에 생활지원비를 신청합니다. 가구원 수에 따라 금액이 다릅니다."),
        article("mask-mandatory", "covid19.distancing", "실내외 마스크 착용 의무화", "마스크,과태료",
                "실내와 사람이 많은 실외에서 마스크를 꼭 씁니다. 턱스크는 착용으로 보지 않고 과태료 10만원을 "
                "물립니다."),
        article("tax-property", "tax", "재산세 납부 안내", "재산세,세금",
                "주택분 재산세는 7월과 9월에 절반씩 냅니다. 위택스나 은행 앱으로 낼 수 있습니다."),
        article("tax-car", "tax", "자동차세 연납 신청", "자동차세,연납",
                "1월에 한 해 자동차세를 미리 내면 공제를 받습니다. 3월, 6월, 9월에도 신청할 수 있습니다."),
        article("resident-move-in", "resident", "전입신고 방법 안내", "전입신고,주민등록",
                "이사한 날부터 14일 안에 주민센터나 정부24 온라인으로 전입신고를 합니다."),
        article("bus-route-change", "transport", "시내버스 노선 변경 안내", "버스,노선",
                "150번과 271번 노선이 5월 1일부터 바뀝니다. 정류장 위치는 정류장 안내판을 봅니다."),
        article("bus-late-night", "transport", "심야버스 운행 단축", "심야버스,버스",
                "22시 이후 심야버스 운행을 줄입니다. 막차 시간은 정류장 안내판을 봅니다."),
        article("restaurant-hours", "covid19.distancing", "식당·카페 영업시간 제한", "영업시간,식당,카페",
                "식당과 카페는 21시까지 매장 안에서 먹을 수 있습니다. 그 뒤로는 포장과 배달만 됩니다."),
        article("bulky-waste", "environment", "대형폐기물 배출 신고", "대형폐기물,폐기물",
                "냉장고나 소파 같은 대형폐기물은 구청 누리집에서 신고하고 스티커를 붙여 내놓습니다."),
        article("noise", "housing", "층간소음 상담", "층간소음,이웃",
                "층간소음은 이웃사이센터에 상담을 신청합니다. 직접 찾아가 항의하지 않습니다."),
        article("movements-disclosure", "covid19.movements", "확진자 동선 공개 안내", "확진자,동선",
                "확진자가 다녀간 곳은 시 누리집에 공개합니다. 방문자는 가까운 보건소에서 검사를 받습니다."),
        article("draft-vaccine", "covid19.vaccination", "백신 2차 접종 일정(초안)", "백신",
                "검토 중인 초안입니다.", 1, "draft"),
    };
}

const SearchIndex& fixtureIndex()
{
    static const SearchIndex index = minwon::buildSearchIndex(fixture());
    return index;
}

QStringList idsOf(const QList<SearchIndex::Hit>& hits)
{
    QStringList ids;
    for (const SearchIndex::Hit& hit : hits)
        ids << hit.articleId;
    return ids;
}

QList<SearchIndex::Hit> find(const QString& text)
{
    SearchIndex::Query query;
    query.text = text;
    query.onDate = Today;
    return fixtureIndex().search(query);
}

QStringList textsOf(const QString& text, const QList<SearchIndex::Span>& spans)
{
    QStringList out;
    for (const SearchIndex::Span& span : spans)
        out << text.mid(span.start, span.length);
    return out;
}

QStringList words(const char* list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("The fixture is indexed whole", "[search]")
{
    CHECK(fixtureIndex().size() == 27);
}

TEST_CASE("Queries find the articles they should and only those", "[search]")
{
    struct Row
    {
        const char* query;
        const char* found; ///< all of these, space separated
        const char* notFound; ///< none of these
    };
    const Row rows[] = {
        // one syllable
        {"검", "covid-test-sites covid-temp-test-sites covid-rapid-antigen",
         "tax-car bus-route-change noise"},
        {"세", "tax-property tax-car", "bus-route-change covid-test-cost"},
        {"층", "noise", "tax-property"},
        // two syllables inside longer words
        {"검사", "covid-temp-test-sites covid-rapid-antigen covid-test-sites", "tax-property grant-disaster"},
        {"진료", "covid-test-sites", "covid-temp-test-sites bus-route-change"},
        {"선별", "covid-test-sites covid-temp-test-sites", "covid-rapid-antigen"},
        {"버스", "bus-route-change bus-late-night", "tax-car"},
        {"전입", "resident-move-in", "bus-route-change"},
        {"폐기", "bulky-waste", "noise"},
        // particles
        {"거리두기를", "distancing-level distancing-level-25", "grant-disaster"},
        {"지원금은", "grant-disaster grant-smallbiz", "vaccine-booking"},
        {"자가격리자에게", "self-quarantine", "quarantine-grant covid-test-cost"},
        {"선별진료소에서", "covid-test-sites", "covid-temp-test-sites"},
        {"백신을", "vaccine-booking vaccine-side-effects", "mask-mandatory"},
        {"마스크를", "mask-mandatory covid-test-sites", "tax-car"},
        {"전입신고는", "resident-move-in", "tax-car"},
        {"대형폐기물을", "bulky-waste", "noise"},
        // 초성
        {"ㄱㄹㄷㄱ", "distancing-level distancing-level-25", "grant-disaster covid-test-sites"},
        {"ㅅㅂㅈㄹㅅ", "covid-test-sites", "covid-temp-test-sites"},
        {"ㅈㄷㅊㅅ", "tax-car", "tax-property"},
        {"ㄷㅎㅍㄱㅁ", "bulky-waste", "noise"},
        {"ㄱㄹ두기", "distancing-level", "grant-disaster"},
        {"ㅈㅇㅅㄱ", "resident-move-in", "tax-property"},
        // as typed, before the syllable is complete
        {"선별지", "covid-test-sites", "covid-temp-test-sites"},
        {"거리둑", "distancing-level", "grant-disaster"},
        // Latin, digits, mixed
        {"PCR", "covid-test-sites self-quarantine", "tax-property covid-temp-test-sites"},
        {"pcr", "covid-test-sites self-quarantine", "tax-property"},
        {"ＰＣＲ", "covid-test-sites", "tax-property"},
        {"pc", "covid-test-sites", "tax-property"},
        {"코로나19", "covid-test-results vaccine-booking", "covid-test-sites tax-car"},
        {"2단계", "distancing-level", "distancing-level-25 grant-disaster"},
        {"2.5단계", "distancing-level-25", "distancing-level"},
        {"QR코드", "qr-entry", "tax-property"},
        {"Qr코드를", "qr-entry", "tax-property"},
        {"qr", "qr-entry", "covid-test-sites"},
        {"1339", "covid-test-results vaccine-booking", "tax-car covid-test-sites"},
        {"5인", "private-gathering", "grant-disaster"},
        {"AZ", "vaccine-booking", "vaccine-side-effects"},
        {"az", "vaccine-booking", "vaccine-side-effects"},
        {"１４일", "resident-move-in", "tax-car"},
        // several words: all of them
        {"심야 버스", "bus-late-night", "bus-route-change"},
        {"백신 예약", "vaccine-booking", "vaccine-side-effects"},
        {"자가격리 신청", "quarantine-grant", "self-quarantine"},
        {"보건소 검사", "covid-test-sites covid-rapid-antigen movements-disclosure", "covid-temp-test-sites"},
        {"재난지원금", "grant-disaster", "grant-smallbiz"},
        {"화이자", "vaccine-booking", "vaccine-side-effects"},
        // nothing
        {"ㅋㅋㅋ", "", "covid-test-sites"},
        {"zzzz", "", "covid-test-sites"},
        {"검사 zzzz", "", "covid-test-sites"},
        {"뷁", "", "noise"},
        {"ㅏㅏ", "", "noise"},
    };
    STATIC_REQUIRE(sizeof(rows) / sizeof(rows[0]) >= 30);

    for (const Row& row : rows) {
        const QString query = QString::fromUtf8(row.query);
        const QList<SearchIndex::Hit> hits = find(query);
        const QStringList ids = idsOf(hits);
        INFO("query " << query.toStdString() << " → [" << ids.join(QStringLiteral(", ")).toStdString()
                      << "]");
        for (const QString& id : words(row.found))
            CHECK(ids.contains(id));
        for (const QString& id : words(row.notFound))
            CHECK_FALSE(ids.contains(id));
        if (words(row.found).isEmpty())
            CHECK(hits.isEmpty());
        for (const SearchIndex::Hit& hit : hits) {
            CHECK(hit.inForce);
            CHECK(hit.status == QStringLiteral("published"));
            CHECK(hit.articleId != QStringLiteral("draft-vaccine"));
        }
        QStringList unique = ids;
        CHECK(unique.removeDuplicates() == 0);
    }
}

TEST_CASE("Only the version in force is found", "[search]")
{
    const auto hits = find(QStringLiteral("선별진료소"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().articleId == QStringLiteral("covid-test-sites"));
    CHECK(hits.first().version == 2);
    CHECK(hits.first().snippet.contains(QStringLiteral("21:00")));
    CHECK(idsOf(hits).count(QStringLiteral("covid-test-sites")) == 1);
}

TEST_CASE("Title matches come first in the fixture", "[search]")
{
    // 검사 is in the title of these, only in the body of movements-disclosure
    const QStringList ids = idsOf(find(QStringLiteral("검사")));
    REQUIRE(ids.contains(QStringLiteral("movements-disclosure")));
    const qsizetype bodyOnly = ids.indexOf(QStringLiteral("movements-disclosure"));
    for (const char* titled :
         {"covid-temp-test-sites", "covid-rapid-antigen", "covid-test-results", "covid-test-cost"})
        CHECK(ids.indexOf(QString::fromUtf8(titled)) < bodyOnly);
    // an exact title word (검사 결과) before the word inside a longer one (선별검사소)
    CHECK(ids.indexOf(QStringLiteral("covid-test-results"))
          < ids.indexOf(QStringLiteral("covid-temp-test-sites")));
}

TEST_CASE("Digits typed together with Hangul prefer the adjacent form", "[search]")
{
    const QStringList ids = idsOf(find(QStringLiteral("2단계")));
    REQUIRE_FALSE(ids.isEmpty());
    CHECK(ids.first() == QStringLiteral("distancing-level"));
}

TEST_CASE("Highlights point at the matched text", "[search]")
{
    SECTION("two syllables inside a title word")
    {
        const auto hits = find(QStringLiteral("검사"));
        const auto it = std::find_if(hits.begin(), hits.end(), [](const SearchIndex::Hit& h) {
            return h.articleId == QStringLiteral("covid-temp-test-sites");
        });
        REQUIRE(it != hits.end());
        CHECK(it->title == QStringLiteral("임시 선별검사소 운영 안내"));
        REQUIRE(it->titleMatches.size() == 1);
        CHECK(it->titleMatches.first() == SearchIndex::Span {5, 2});
        CHECK(textsOf(it->snippet, it->snippetMatches).contains(QStringLiteral("검사")));
    }
    SECTION("초성 highlight the syllables")
    {
        const auto hits = find(QStringLiteral("ㄱㄹㄷㄱ"));
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(textsOf(hits.first().title, hits.first().titleMatches)
              == QStringList {QStringLiteral("거리두기")});
    }
    SECTION("a particle is not highlighted, the word is")
    {
        const auto hits = find(QStringLiteral("선별진료소에서"));
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(textsOf(hits.first().title, hits.first().titleMatches)
              == QStringList {QStringLiteral("선별진료소")});
        CHECK(textsOf(hits.first().snippet, hits.first().snippetMatches)
                  .contains(QStringLiteral("선별진료소에서")));
    }
    SECTION("mixed scripts highlight as one span")
    {
        const auto hits = find(QStringLiteral("코로나19"));
        const auto it = std::find_if(hits.begin(), hits.end(), [](const SearchIndex::Hit& h) {
            return h.articleId == QStringLiteral("covid-test-results");
        });
        REQUIRE(it != hits.end());
        CHECK(textsOf(it->title, it->titleMatches) == QStringList {QStringLiteral("코로나19")});
    }
    SECTION("case-folded matches keep the text's case")
    {
        const auto hits = find(QStringLiteral("pcr"));
        REQUIRE_FALSE(hits.isEmpty());
        const auto& hit = hits.first();
        CHECK(hit.articleId == QStringLiteral("covid-test-sites")); // a tags match beats a body match
        CHECK(hit.titleMatches.isEmpty());
        CHECK(textsOf(hit.snippet, hit.snippetMatches) == QStringList {QStringLiteral("PCR")});
    }
    SECTION("several words each highlighted")
    {
        const auto hits = find(QStringLiteral("심야 버스"));
        REQUIRE(hits.size() == 1);
        CHECK(textsOf(hits.first().title, hits.first().titleMatches)
              == QStringList {QStringLiteral("심야버스")});
    }
}

TEST_CASE("Snippets are plain text around the body match", "[search]")
{
    const auto hits = find(QStringLiteral("PCR"));
    const auto it = std::find_if(hits.begin(), hits.end(), [](const SearchIndex::Hit& h) {
        return h.articleId == QStringLiteral("covid-test-sites");
    });
    REQUIRE(it != hits.end());
    const QString& snippet = it->snippet;
    CHECK(snippet.contains(QStringLiteral("PCR 검사")));
    CHECK_FALSE(snippet.contains(QLatin1Char('#')));
    CHECK_FALSE(snippet.contains(QStringLiteral("**")));
    CHECK_FALSE(snippet.contains(QLatin1Char('\n')));
    CHECK(snippet.contains(QStringLiteral("의심 증상이"))); // ** removed, text kept
    CHECK(snippet.size() <= 122);
    for (const SearchIndex::Span& span : it->snippetMatches) {
        CHECK(span.start >= 0);
        CHECK(span.start + span.length <= snippet.size());
    }
}
