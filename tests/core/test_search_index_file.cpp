// SPDX-License-Identifier: Apache-2.0
// A built search index written to disk and read back answers exactly as the
// one that was built; anything else in the file is refused whole.

#include "generate/KbCorpus.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexFile.h"
#include "support/CatchQt.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using minwon::SearchDocument;
using minwon::SearchIndex;

namespace {

QList<SearchDocument> corpus(int versions)
{
    minwon::corpus::KbCorpusOptions options;
    options.articles = versions;
    options.minBody = 100;
    options.maxBody = 500;
    return minwon::corpus::generateKbCorpus(options);
}

/// Everything a hit shows, as text, so two result lists compare whole.
QStringList shown(const QList<SearchIndex::Hit>& hits)
{
    QStringList out;
    for (const SearchIndex::Hit& h : hits) {
        QString spans;
        for (const SearchIndex::Span& s : h.titleMatches)
            spans += QStringLiteral("t%1+%2 ").arg(s.start).arg(s.length);
        for (const SearchIndex::Span& s : h.snippetMatches)
            spans += QStringLiteral("s%1+%2 ").arg(s.start).arg(s.length);
        out << QStringLiteral("%1#%2 %3 %4 %5|%6|%7|%8|%9")
                   .arg(h.articleId)
                   .arg(h.version)
                   .arg(h.score, 0, 'f', 4)
                   .arg(h.inForce)
                   .arg(h.status, h.category, h.title, h.snippet, spans);
    }
    return out;
}

QStringList answers(const SearchIndex& index, const QList<QString>& queries)
{
    QStringList out;
    for (const QString& text : queries) {
        for (const bool inactive : {false, true}) {
            SearchIndex::Query q;
            q.text = text;
            q.onDate = QDate(2021, 5, 1);
            q.includeInactive = inactive;
            out << text << shown(index.search(q));
        }
    }
    return out;
}

QList<QString> queryTexts()
{
    QList<QString> out {QString(),
                        QStringLiteral("검사"),
                        QStringLiteral("ㅅㅂㅈㄹㅅ"),
                        QStringLiteral("qr"),
                        QStringLiteral("코로나19"),
                        QStringLiteral("pc")};
    const auto bench = minwon::corpus::benchQueries();
    for (qsizetype i = 0; i < bench.size(); i += 4)
        out << bench.at(i).text;
    return out;
}

QByteArray written(const SearchIndex& index, const QByteArray& tag)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QString error;
    REQUIRE(minwon::search::writeIndex(index, tag, &buffer, &error));
    return bytes;
}

} // namespace

TEST_CASE("An index read back from its file answers as the one built", "[search][cache]")
{
    const QList<SearchDocument> docs = corpus(600);
    SearchIndex built = minwon::buildSearchIndex(docs);
    // Changed after the build too: replaced and removed versions leave free slots.
    for (qsizetype i = 0; i < 40; ++i) {
        SearchDocument d = docs.at(i * 7);
        d.title += QStringLiteral(" 개정");
        built.upsert(d);
    }
    for (qsizetype i = 0; i < 25; ++i)
        built.remove(docs.at(i * 11 + 3).articleId, docs.at(i * 11 + 3).version);

    const QByteArray tag = QByteArrayLiteral("versions-1");
    const QByteArray bytes = written(built, tag);
    CHECK(minwon::search::peekTag(bytes.constData(), bytes.size()) == tag);

    SearchIndex read;
    QString error;
    const bool ok = minwon::search::readIndex(bytes.constData(), bytes.size(), tag, &read, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(read.size() == built.size());
    const QList<QString> queries = queryTexts();
    const QStringList expected = answers(built, queries);
    CHECK(expected.size() > 100);
    CHECK(answers(read, queries) == expected);
    CHECK(read.contains(docs.at(0).articleId, docs.at(0).version)
          == built.contains(docs.at(0).articleId, docs.at(0).version));

    // It stays an index: changed after reading, it answers as the built one changed alike.
    SearchDocument added;
    added.articleId = QStringLiteral("new-rule");
    added.version = 1;
    added.title = QStringLiteral("드라이브스루 선별진료소 운영 시간");
    added.body = QStringLiteral("토요일 09:00–13:00, PCR 검사");
    added.category = QStringLiteral("covid19.testing");
    added.status = QStringLiteral("published");
    added.effectiveFrom = QDate(2021, 4, 1);
    for (SearchIndex* index : {&built, &read}) {
        index->upsert(added);
        index->remove(docs.at(100).articleId, docs.at(100).version);
    }
    CHECK(
        answers(read, {QStringLiteral("드라이브스루"), QStringLiteral("스루"), QStringLiteral("검사")})
        == answers(built, {QStringLiteral("드라이브스루"), QStringLiteral("스루"), QStringLiteral("검사")}));
    CHECK_FALSE(read.search({QStringLiteral("드라이브스루"), QDate(2021, 5, 1), false, 5}).isEmpty());
}

TEST_CASE("An index file of other versions, another format or damaged is refused whole", "[search][cache]")
{
    const SearchIndex built = minwon::buildSearchIndex(corpus(120));
    const QByteArray tag = QByteArrayLiteral("versions-2");
    const QByteArray bytes = written(built, tag);
    const auto refused = [&](const QByteArray& file, const QByteArray& wanted) {
        SearchIndex index;
        index.upsert(SearchDocument {QStringLiteral("kept"),
                                     1,
                                     QStringLiteral("그대로"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     {},
                                     QStringLiteral("published")});
        QString error;
        const bool ok = minwon::search::readIndex(file.constData(), file.size(), wanted, &index, &error);
        // Refused: the index is untouched and the reason given.
        return !ok && index.size() == 1 && index.contains(QStringLiteral("kept"), 1) && !error.isEmpty();
    };

    CHECK(refused(bytes, QByteArrayLiteral("versions-3")));
    CHECK(refused(QByteArray(), tag));
    CHECK(refused(QByteArrayLiteral("not an index at all"), tag));
    QByteArray otherFormat = bytes;
    otherFormat[4] = char(otherFormat[4] + 1);
    CHECK(refused(otherFormat, tag));

    // Cut anywhere, it is refused.
    for (qsizetype cut = 0; cut < bytes.size(); cut += qMax<qsizetype>(1, bytes.size() / 97)) {
        INFO(cut);
        CHECK(refused(bytes.left(cut), tag));
    }
    CHECK(refused(bytes.left(bytes.size() - 1), tag));
    QByteArray longer = bytes + QByteArrayLiteral("x");
    CHECK(refused(longer, tag));

    // A byte changed anywhere, even inside a text: refused (the body's
    // fingerprint is checked before anything in it is read).
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) {
        QByteArray damaged = bytes;
        const auto at = qsizetype(rng.bounded(quint32(damaged.size())));
        damaged[at] = char(damaged[at] ^ char(1 + rng.bounded(255)));
        INFO("byte " << at);
        CHECK(refused(damaged, tag));
    }
}

TEST_CASE("The index file is written whole or not at all", "[search][cache]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite.search-index"));
    const SearchIndex built = minwon::buildSearchIndex(corpus(80));
    QString error;
    REQUIRE(minwon::search::saveIndexFile(built, QByteArrayLiteral("a"), path, &error));
    CHECK(minwon::search::indexFileTag(path) == QByteArrayLiteral("a"));
    SearchIndex read;
    REQUIRE(minwon::search::loadIndexFile(path, QByteArrayLiteral("a"), &read, &error));
    CHECK(read.size() == built.size());
    CHECK(shown(read.search({QStringLiteral("검사"), QDate(2021, 5, 1), true, 50}))
          == shown(built.search({QStringLiteral("검사"), QDate(2021, 5, 1), true, 50})));

    // Replaced by a newer one: the old is gone, no temporary file is left.
    REQUIRE(minwon::search::saveIndexFile(read, QByteArrayLiteral("b"), path, &error));
    CHECK(minwon::search::indexFileTag(path) == QByteArrayLiteral("b"));
    CHECK_FALSE(minwon::search::loadIndexFile(path, QByteArrayLiteral("a"), &read, &error));
    CHECK(QDir(dir.path()).entryList(QDir::Files)
          == QStringList {QStringLiteral("desk.sqlite.search-index")});
    CHECK_FALSE(minwon::search::loadIndexFile(dir.filePath(QStringLiteral("missing")), "b", &read, &error));
    CHECK(minwon::search::indexFileTag(dir.filePath(QStringLiteral("missing"))).isEmpty());
}
