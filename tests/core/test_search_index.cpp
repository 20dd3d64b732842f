// SPDX-License-Identifier: Apache-2.0
// SearchIndex behaviour: ranking, the days a version is in force, inactive
// versions, changes to the index, highlights and snippets.

#include "search/SearchIndex.h"
#include "support/CatchQt.h"

#include <QStringList>

#include <thread>

using minwon::SearchDocument;
using minwon::SearchIndex;

namespace {

SearchDocument doc(const QString& id, const QString& title, const QString& body = QString(), int version = 1,
                   const QString& status = QStringLiteral("published"), QDate from = QDate(2021, 1, 1),
                   QDate until = QDate())
{
    SearchDocument d;
    d.articleId = id;
    d.version = version;
    d.title = title;
    d.body = body;
    d.category = QStringLiteral("covid19");
    d.status = status;
    d.effectiveFrom = from;
    d.effectiveUntil = until;
    return d;
}

QList<SearchIndex::Hit> run(const SearchIndex& index, const QString& text, QDate day = QDate(2021, 5, 1),
                            bool includeInactive = false, int limit = 50)
{
    SearchIndex::Query query;
    query.text = text;
    query.onDate = day;
    query.includeInactive = includeInactive;
    query.limit = limit;
    return index.search(query);
}

QStringList ids(const QList<SearchIndex::Hit>& hits)
{
    QStringList out;
    for (const SearchIndex::Hit& hit : hits)
        out << hit.articleId + QLatin1Char('#') + QString::number(hit.version);
    return out;
}

QStringList texts(const QString& text, const QList<SearchIndex::Span>& spans)
{
    QStringList out;
    for (const SearchIndex::Span& span : spans)
        out << text.mid(span.start, span.length);
    return out;
}

} // namespace

TEST_CASE("Title beats tags beats body", "[search]")
{
    SearchIndex index;
    SearchDocument tagged
        = doc(QStringLiteral("b-tags"), QStringLiteral("접종 일정"), QStringLiteral("일정 안내"));
    tagged.tags = QStringList {QStringLiteral("백신")};
    index.upsert(doc(QStringLiteral("c-body"), QStringLiteral("접종 안내"),
                     QStringLiteral("백신 백신 백신 백신 백신 백신 맞는 곳")));
    index.upsert(tagged);
    index.upsert(
        doc(QStringLiteral("a-title"), QStringLiteral("백신 접종 예약"), QStringLiteral("예약 방법")));
    index.upsert(doc(QStringLiteral("d-none"), QStringLiteral("마스크 착용"), QStringLiteral("마스크")));
    CHECK(
        ids(run(index, QStringLiteral("백신")))
        == QStringList {QStringLiteral("a-title#1"), QStringLiteral("b-tags#1"), QStringLiteral("c-body#1")});
}

TEST_CASE("Whole words rank above parts of words", "[search]")
{
    SearchIndex index;
    index.upsert(doc(QStringLiteral("a-inside"), QStringLiteral("임시선별검사소")));
    index.upsert(doc(QStringLiteral("b-start"), QStringLiteral("검사소 위치")));
    index.upsert(doc(QStringLiteral("c-whole"), QStringLiteral("검사를 받는 곳")));
    CHECK(ids(run(index, QStringLiteral("검사")))
          == QStringList {QStringLiteral("c-whole#1"), QStringLiteral("b-start#1"),
                          QStringLiteral("a-inside#1")});
}

TEST_CASE("Ties go to the shorter title, then by id and newest version", "[search]")
{
    SearchIndex index;
    index.upsert(
        doc(QStringLiteral("a"), QStringLiteral("버스 노선 변경 상세 안내"), QStringLiteral("본문")));
    index.upsert(doc(QStringLiteral("c"), QStringLiteral("버스 노선"), QStringLiteral("본문")));
    index.upsert(doc(QStringLiteral("b"), QStringLiteral("버스 노선"), QStringLiteral("본문"), 1));
    index.upsert(doc(QStringLiteral("b"), QStringLiteral("버스 노선"), QStringLiteral("본문"), 2));
    const QStringList expected {QStringLiteral("b#2"), QStringLiteral("b#1"), QStringLiteral("c#1"),
                                QStringLiteral("a#1")};
    CHECK(ids(run(index, QStringLiteral("버스"))) == expected);
    // deterministic: the same again, and the same from a bulk build
    CHECK(ids(run(index, QStringLiteral("버스"))) == expected);
}

TEST_CASE("Words typed apart rank higher where they are written together", "[search]")
{
    SearchIndex index;
    index.upsert(
        doc(QStringLiteral("a-apart"), QStringLiteral("버스 안내"), QStringLiteral("심야 시간 운행")));
    index.upsert(
        doc(QStringLiteral("b-together"), QStringLiteral("버스 안내"), QStringLiteral("심야버스 운행")));
    CHECK(ids(run(index, QStringLiteral("심야 버스")))
          == QStringList {QStringLiteral("b-together#1"), QStringLiteral("a-apart#1")});
}

TEST_CASE("Rules are found on the days they are in force", "[search]")
{
    SearchIndex index;
    index.upsert(doc(QStringLiteral("ranged"), QStringLiteral("임시 선별검사소"), QString(), 1,
                     QStringLiteral("published"), QDate(2021, 4, 12), QDate(2021, 5, 2)));
    index.upsert(doc(QStringLiteral("open"), QStringLiteral("상설 선별검사소"), QString(), 1,
                     QStringLiteral("published"), QDate(2021, 4, 12), QDate()));
    const auto found = [&](QDate day) { return ids(run(index, QStringLiteral("선별"), day)); };

    CHECK(found(QDate(2021, 4, 11)).isEmpty());
    CHECK(found(QDate(2021, 4, 12)) == QStringList {QStringLiteral("open#1"), QStringLiteral("ranged#1")});
    CHECK(found(QDate(2021, 5, 2)) == QStringList {QStringLiteral("open#1"), QStringLiteral("ranged#1")});
    CHECK(found(QDate(2021, 5, 3)) == QStringList {QStringLiteral("open#1")});
    CHECK(found(QDate(2030, 1, 1)) == QStringList {QStringLiteral("open#1")});
    // no date: today, when the open-ended rule is in force and the other is not
    CHECK(found(QDate()) == QStringList {QStringLiteral("open#1")});
}

TEST_CASE("Inactive versions are hidden unless asked for, then flagged and last", "[search]")
{
    SearchIndex index;
    index.upsert(doc(QStringLiteral("distancing"), QStringLiteral("거리두기 2단계"), QString(), 1,
                     QStringLiteral("superseded"), QDate(2021, 1, 1), QDate(2021, 3, 31)));
    index.upsert(doc(QStringLiteral("distancing"), QStringLiteral("거리두기 1.5단계"), QString(), 2,
                     QStringLiteral("published"), QDate(2021, 4, 1)));
    index.upsert(doc(QStringLiteral("distancing"), QStringLiteral("거리두기 1단계"), QString(), 3,
                     QStringLiteral("published"), QDate(2021, 6, 1)));
    index.upsert(doc(QStringLiteral("old-rule"), QStringLiteral("거리두기 특별방역"), QString(), 1,
                     QStringLiteral("expired"), QDate(2020, 12, 1), QDate(2021, 1, 3)));
    index.upsert(doc(QStringLiteral("draft"), QStringLiteral("거리두기 개편안"), QString(), 1,
                     QStringLiteral("draft"), QDate(2021, 1, 1)));
    index.upsert(doc(QStringLiteral("review"), QStringLiteral("거리두기 검토"), QString(), 1,
                     QStringLiteral("in_review"), QDate(2021, 1, 1)));
    // Body-only match, but in force: it must still come before the inactive title matches.
    index.upsert(doc(QStringLiteral("zz-body"), QStringLiteral("식당 영업시간"),
                     QStringLiteral("거리두기에 따라"), 1, QStringLiteral("published"), QDate(2021, 1, 1)));

    const auto byDefault = run(index, QStringLiteral("거리두기"));
    CHECK(ids(byDefault) == QStringList {QStringLiteral("distancing#2"), QStringLiteral("zz-body#1")});

    const auto all = run(index, QStringLiteral("거리두기"), QDate(2021, 5, 1), true);
    const QStringList allIds = ids(all);
    REQUIRE(allIds.size() == 5);
    CHECK(allIds.mid(0, 2) == QStringList {QStringLiteral("distancing#2"), QStringLiteral("zz-body#1")});
    CHECK(allIds.contains(QStringLiteral("distancing#1")));
    CHECK(allIds.contains(QStringLiteral("distancing#3"))); // not yet in force
    CHECK(allIds.contains(QStringLiteral("old-rule#1")));
    CHECK_FALSE(allIds.contains(QStringLiteral("draft#1")));
    CHECK_FALSE(allIds.contains(QStringLiteral("review#1")));
    for (int i = 0; i < all.size(); ++i) {
        INFO(allIds[i].toStdString());
        CHECK(all[i].inForce == (i < 2));
    }
    const auto superseded = std::find_if(all.begin(), all.end(), [](const SearchIndex::Hit& h) {
        return h.articleId == QStringLiteral("distancing") && h.version == 1;
    });
    REQUIRE(superseded != all.end());
    CHECK(superseded->status == QStringLiteral("superseded"));

    // 1단계 is not 1.5단계: on 1 June only version 3 has it.
    const auto june = ids(run(index, QStringLiteral("1단계"), QDate(2021, 6, 1)));
    CHECK(june == QStringList {QStringLiteral("distancing#3")});
}

TEST_CASE("Upsert replaces a version, remove takes it away", "[search]")
{
    SearchIndex index;
    index.upsert(
        doc(QStringLiteral("grant"), QStringLiteral("재난지원금 신청"), QStringLiteral("주민센터에서 신청")));
    index.upsert(doc(QStringLiteral("tax"), QStringLiteral("재산세 납부"), QStringLiteral("7월과 9월")));
    REQUIRE(index.size() == 2);
    REQUIRE(ids(run(index, QStringLiteral("주민센터"))) == QStringList {QStringLiteral("grant#1")});

    index.upsert(
        doc(QStringLiteral("grant"), QStringLiteral("재난지원금 신청"), QStringLiteral("누리집에서 신청")));
    CHECK(index.size() == 2);
    CHECK(run(index, QStringLiteral("주민센터")).isEmpty());
    CHECK(ids(run(index, QStringLiteral("누리집"))) == QStringList {QStringLiteral("grant#1")});

    index.upsert(
        doc(QStringLiteral("grant"), QStringLiteral("재난지원금 신청 2차"), QStringLiteral("누리집"), 2));
    CHECK(index.size() == 3);
    // equal scores: the shorter title first
    CHECK(ids(run(index, QStringLiteral("누리집")))
          == QStringList {QStringLiteral("grant#1"), QStringLiteral("grant#2")});

    index.remove(QStringLiteral("grant"), 1);
    CHECK(index.size() == 2);
    CHECK_FALSE(index.contains(QStringLiteral("grant"), 1));
    CHECK(ids(run(index, QStringLiteral("누리집"))) == QStringList {QStringLiteral("grant#2")});
    index.remove(QStringLiteral("grant"), 7); // not there: nothing happens
    index.remove(QStringLiteral("nothing"), 1);
    CHECK(index.size() == 2);

    // The freed slot is reused by a new version; postings stay consistent.
    index.upsert(doc(QStringLiteral("bus"), QStringLiteral("버스 노선 안내"), QStringLiteral("누리집 참고")));
    CHECK(ids(run(index, QStringLiteral("누리집")))
          == QStringList {QStringLiteral("bus#1"), QStringLiteral("grant#2")});
    CHECK(ids(run(index, QStringLiteral("재산세"))) == QStringList {QStringLiteral("tax#1")});

    index.clear();
    CHECK(index.size() == 0);
    CHECK(run(index, QStringLiteral("누리집")).isEmpty());
    CHECK(run(index, QString()).isEmpty());
}

TEST_CASE("Copies are independent", "[search]")
{
    SearchIndex original;
    original.upsert(doc(QStringLiteral("a"), QStringLiteral("마스크 착용")));
    SearchIndex copy = original;
    copy.upsert(doc(QStringLiteral("b"), QStringLiteral("마스크 과태료")));
    copy.remove(QStringLiteral("a"), 1);
    CHECK(ids(run(original, QStringLiteral("마스크"))) == QStringList {QStringLiteral("a#1")});
    CHECK(ids(run(copy, QStringLiteral("마스크"))) == QStringList {QStringLiteral("b#1")});
}

TEST_CASE("A bulk build finds what upserts find", "[search]")
{
    QList<SearchDocument> docs;
    docs << doc(QStringLiteral("a"), QStringLiteral("PCR 검사 안내"), QStringLiteral("보건소 선별진료소"));
    docs << doc(QStringLiteral("b"), QStringLiteral("QR코드 출입명부"), QStringLiteral("네이버 카카오 QR"));
    docs << doc(QStringLiteral("c"), QStringLiteral("코로나19 검사 결과"), QStringLiteral("1339 문의"));
    docs << doc(QStringLiteral("c"), QStringLiteral("코로나19 검사 결과 변경"), QStringLiteral("1339 문의"),
                2);
    docs << doc(QStringLiteral("a"), QStringLiteral("PCR 검사 안내"),
                QStringLiteral("보건소 선별진료소 주말"));
    const SearchIndex bulk = minwon::buildSearchIndex(docs);
    SearchIndex single;
    for (const SearchDocument& d : docs)
        single.upsert(d);
    CHECK(bulk.size() == 4);
    CHECK(single.size() == 4);
    for (const char* q : {"검사", "qr", "ㅅㅂㅈㄹㅅ", "코로나19", "13", "주말", "", "pc"}) {
        INFO(q);
        CHECK(ids(run(bulk, QString::fromUtf8(q))) == ids(run(single, QString::fromUtf8(q))));
    }
    CHECK_FALSE(run(bulk, QStringLiteral("주말")).isEmpty());
    CHECK(bulk.memoryUsage() > 0);
}

TEST_CASE("A blank query lists what is in force by category and title", "[search]")
{
    SearchIndex index;
    SearchDocument tax = doc(QStringLiteral("tax"), QStringLiteral("재산세 납부"));
    tax.category = QStringLiteral("tax");
    SearchDocument bus = doc(QStringLiteral("bus"), QStringLiteral("버스 노선"));
    bus.category = QStringLiteral("transport");
    index.upsert(bus);
    index.upsert(tax);
    index.upsert(doc(QStringLiteral("mask"), QStringLiteral("마스크 착용")));
    index.upsert(doc(QStringLiteral("grant"), QStringLiteral("긴급 지원")));
    index.upsert(doc(QStringLiteral("old"), QStringLiteral("가나다 지난 지침"), QString(), 1,
                     QStringLiteral("expired"), QDate(2020, 1, 1), QDate(2020, 12, 31)));
    const QStringList expected {QStringLiteral("grant#1"), QStringLiteral("mask#1"), QStringLiteral("tax#1"),
                                QStringLiteral("bus#1")};
    CHECK(ids(run(index, QString())) == expected);
    CHECK(ids(run(index, QStringLiteral("   "))) == expected);
    CHECK(ids(run(index, QString(), QDate(2021, 5, 1), false, 2)) == expected.mid(0, 2));
    const auto all = run(index, QString(), QDate(2021, 5, 1), true);
    REQUIRE(all.size() == 5);
    CHECK(all.last().articleId == QStringLiteral("old"));
    CHECK_FALSE(all.last().inForce);
}

TEST_CASE("Limits cut the list after ranking", "[search]")
{
    SearchIndex index;
    for (int i = 0; i < 30; ++i)
        index.upsert(doc(QStringLiteral("body-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("안내"),
                         QStringLiteral("백신 접종")));
    index.upsert(doc(QStringLiteral("zz-title"), QStringLiteral("백신 접종 예약")));
    const auto hits = run(index, QStringLiteral("백신"), QDate(2021, 5, 1), false, 5);
    REQUIRE(hits.size() == 5);
    CHECK(hits.first().articleId == QStringLiteral("zz-title"));
    CHECK(run(index, QStringLiteral("백신"), QDate(2021, 5, 1), false, 0).size() == 31);
}

TEST_CASE("Snippets cut long bodies around the first match", "[search]")
{
    QString body = QStringLiteral("# 안내\n");
    for (int i = 0; i < 20; ++i)
        body += QStringLiteral("- 일반 문단 %1 내용입니다.\n").arg(i);
    body += QStringLiteral(
        "**자가격리자**는 `생필품`을 받습니다. [안내 누리집](https://example.invalid) 참고.\n");
    for (int i = 0; i < 20; ++i)
        body += QStringLiteral("뒤쪽 문단 %1 내용입니다.\n").arg(i);
    SearchIndex index;
    index.upsert(doc(QStringLiteral("q"), QStringLiteral("격리 안내"), body));

    const auto hits = run(index, QStringLiteral("생필품"));
    REQUIRE(hits.size() == 1);
    const QString& snippet = hits.first().snippet;
    CHECK(snippet.startsWith(QChar(0x2026)));
    CHECK(snippet.endsWith(QChar(0x2026)));
    CHECK(snippet.size() <= 122);
    CHECK(snippet.size() >= 90);
    CHECK(snippet.contains(QStringLiteral("자가격리자는 생필품을 받습니다. 안내 누리집 참고.")));
    CHECK_FALSE(snippet.contains(QStringLiteral("https")));
    CHECK(texts(snippet, hits.first().snippetMatches) == QStringList {QStringLiteral("생필품")});
    CHECK(hits.first().titleMatches.isEmpty());

    // Title-only match: the snippet is the beginning of the body
    const auto titleOnly = run(index, QStringLiteral("격리 안내"));
    REQUIRE(titleOnly.size() == 1);
    CHECK(titleOnly.first().snippet.startsWith(QStringLiteral("안내 일반 문단 0")));
    CHECK(texts(titleOnly.first().title, titleOnly.first().titleMatches)
          == QStringList {QStringLiteral("격리"), QStringLiteral("안내")});
}

TEST_CASE("Highlights of prefixes, digits and decomposed input", "[search]")
{
    SearchIndex index;
    index.upsert(
        doc(QStringLiteral("a"), QStringLiteral("PCR검사 2.5단계 안내"), QStringLiteral("RT-PCR 결과")));
    auto hits = run(index, QStringLiteral("pc"));
    REQUIRE(hits.size() == 1);
    CHECK(texts(hits.first().title, hits.first().titleMatches) == QStringList {QStringLiteral("PC")});
    CHECK(texts(hits.first().snippet, hits.first().snippetMatches) == QStringList {QStringLiteral("PC")});

    hits = run(index, QStringLiteral("2.5단계"));
    REQUIRE(hits.size() == 1);
    CHECK(texts(hits.first().title, hits.first().titleMatches) == QStringList {QStringLiteral("2.5단계")});
    CHECK(run(index, QStringLiteral("5단계")).isEmpty()); // 5 is not a number of its own here

    // 검사 typed as conjoining jamo (as some input methods send it) is normalised
    const QString decomposed = QString::fromUtf16(u"\u1100\u1165\u11B7\u1109\u1161");
    hits = run(index, decomposed);
    REQUIRE(hits.size() == 1);
    CHECK(texts(hits.first().title, hits.first().titleMatches) == QStringList {QStringLiteral("검사")});
}

TEST_CASE("Titles and bodies given decomposed or full-width are found", "[search]")
{
    SearchIndex index;
    index.upsert(doc(QStringLiteral("a"),
                     QString::fromUtf16(u"\u1109\u1165\u11AB\u1107\u1167\u11AF \uFF30\uFF23\uFF32"),
                     QStringLiteral("본문")));
    const auto hits = run(index, QStringLiteral("선별 pcr"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().title == QString::fromUtf16(u"선별 \uFF30\uFF23\uFF32"));
    CHECK(texts(hits.first().title, hits.first().titleMatches)
          == QStringList {QStringLiteral("선별"), QString::fromUtf16(u"\uFF30\uFF23\uFF32")});
}

TEST_CASE("Searching from several threads at once gives the same answers", "[search]")
{
    QList<SearchDocument> docs;
    for (int i = 0; i < 200; ++i) {
        docs << doc(QStringLiteral("doc-%1").arg(i), QStringLiteral("선별진료소 %1번 안내").arg(i),
                    QStringLiteral("PCR 검사 %1 보건소 거리두기").arg(i * 7));
    }
    const SearchIndex index = minwon::buildSearchIndex(docs);
    const QStringList queries {QStringLiteral("검사"), QStringLiteral("ㅅㅂㅈㄹㅅ"),
                               QStringLiteral("pcr 보건소"), QStringLiteral("14")};
    QList<QStringList> expected;
    for (const QString& q : queries)
        expected << ids(run(index, q));
    bool same[2] = {true, true};
    const auto worker = [&](int n) {
        for (int round = 0; round < 30; ++round) {
            for (int i = 0; i < queries.size(); ++i) {
                if (ids(run(index, queries[i])) != expected[i])
                    same[n] = false;
            }
        }
    };
    std::thread first(worker, 0);
    std::thread second(worker, 1);
    first.join();
    second.join();
    CHECK(same[0]);
    CHECK(same[1]);
    CHECK(expected[0].size() == 50);
}
