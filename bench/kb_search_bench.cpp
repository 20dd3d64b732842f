// SPDX-License-Identifier: Apache-2.0
// Knowledge-base search benchmark: builds a SearchIndex over a generated
// corpus (20,000 article versions by default) and times 200 mixed queries
// over several rounds. Prints a table; --json FILE also writes the numbers.
//
//     kb_search_bench [--articles N] [--rounds R] [--seed S] [--json FILE]

#include "BenchStats.h"
#include "generate/KbCorpus.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using minwon::SearchDocument;
using minwon::SearchIndex;

namespace {

using minwon::bench::loadAverage;
using minwon::bench::threadCpuNs;

// Resident set size in bytes, from /proc/self/status (0 where unavailable).
qint64 residentBytes(const char* field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

struct Stats
{
    qsizetype samples = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

// Microseconds; nearest-rank percentiles.
Stats statsOf(std::vector<qint64> ns)
{
    Stats s;
    if (ns.empty())
        return s;
    std::sort(ns.begin(), ns.end());
    const auto rank = [&](double p) {
        const auto index = static_cast<size_t>(std::ceil(p * static_cast<double>(ns.size()))) - 1;
        return static_cast<double>(ns[std::min(index, ns.size() - 1)]) / 1000.0;
    };
    s.samples = static_cast<qsizetype>(ns.size());
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    s.p99 = rank(0.99);
    s.max = static_cast<double>(ns.back()) / 1000.0;
    double sum = 0;
    for (const qint64 v : ns)
        sum += static_cast<double>(v);
    s.mean = sum / static_cast<double>(ns.size()) / 1000.0;
    return s;
}

QJsonObject toJson(const Stats& s)
{
    return QJsonObject {{QStringLiteral("samples"), s.samples}, {QStringLiteral("p50_us"), s.p50},
                        {QStringLiteral("p95_us"), s.p95},      {QStringLiteral("p99_us"), s.p99},
                        {QStringLiteral("max_us"), s.max},      {QStringLiteral("mean_us"), s.mean}};
}

void printRow(const QString& name, const Stats& s, double hits)
{
    std::printf("  %-14s %6lld %9.1f %9.1f %9.1f %9.1f %9.1f\n", qPrintable(name),
                static_cast<long long>(s.samples), s.p50, s.p95, s.p99, s.max, hits);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kb_search_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge-base search benchmark"));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Article versions."),
                                            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds over the queries."), QStringLiteral("R"),
                                          QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Corpus seed."),
                                        QStringLiteral("S"), QStringLiteral("20210501"));
    const QCommandLineOption topOption(QStringLiteral("top"),
                                       QStringLiteral("Also list the N slowest queries."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption queryOption(QStringLiteral("query"),
                                         QStringLiteral("Time only this query (may be repeated)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the numbers to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({articlesOption, roundsOption, seedOption, topOption, queryOption, jsonOption});
    parser.process(app);

    minwon::corpus::KbCorpusOptions options;
    options.articles = std::max(1, parser.value(articlesOption).toInt());
    options.seed = parser.value(seedOption).toULongLong();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QDate day(2021, 5, 1);

    QElapsedTimer timer;
    timer.start();
    const QList<SearchDocument> docs = minwon::corpus::generateKbCorpus(options);
    const double generateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qint64 bodyChars = 0;
    QSet<QString> articleIds;
    for (const SearchDocument& doc : docs) {
        bodyChars += doc.body.size();
        articleIds.insert(doc.articleId);
    }

    const qint64 rssBefore = residentBytes();
    timer.restart();
    SearchIndex index = minwon::buildSearchIndex(docs);
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const qint64 rssAfter = residentBytes();
    const size_t indexBytes = index.memoryUsage();

    // The desk keeps the built index on disk and reads it at the next start
    // instead of building it again: written once, read three times (from
    // the page cache, as at a desk's restart), median.
    QTemporaryDir fileDir;
    const QString indexPath = fileDir.filePath(QStringLiteral("bench.search-index"));
    timer.restart();
    if (!minwon::search::saveIndexFile(index, QByteArrayLiteral("bench"), indexPath)) {
        std::fprintf(stderr, "cannot write the index file\n");
        return 1;
    }
    const double fileWriteMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const qint64 fileBytes = QFileInfo(indexPath).size();
    std::vector<qint64> fileReads;
    for (int i = 0; i < 3; ++i) {
        SearchIndex read;
        timer.restart();
        if (!minwon::search::loadIndexFile(indexPath, QByteArrayLiteral("bench"), &read)
            || read.size() != index.size()) {
            std::fprintf(stderr, "cannot read the index file back\n");
            return 1;
        }
        fileReads.push_back(timer.nsecsElapsed());
    }
    std::sort(fileReads.begin(), fileReads.end());
    const double fileReadMs = static_cast<double>(fileReads[1]) / 1e6;

    QList<minwon::corpus::BenchQuery> queries = minwon::corpus::benchQueries();
    if (parser.isSet(queryOption)) {
        queries.clear();
        for (const QString& text : parser.values(queryOption))
            queries.append({text, QStringLiteral("given")});
    }
    SearchIndex::Query query;
    query.onDate = day;
    query.limit = 50;
    for (const auto& q : queries) { // warm-up, not timed
        query.text = q.text;
        index.search(query);
    }

    std::vector<qint64> all;
    std::vector<qint64> allCpu;
    const double loadBefore = loadAverage();
    QMap<QString, std::vector<qint64>> byKind;
    QMap<QString, qint64> hitsByKind;
    std::vector<std::vector<qint64>> byQuery(static_cast<size_t>(queries.size()));
    std::vector<qsizetype> hitsByQuery(static_cast<size_t>(queries.size()));
    qint64 totalHits = 0;
    QString slowest;
    qint64 slowestNs = 0;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype qi = 0; qi < queries.size(); ++qi) {
            const auto& q = queries[qi];
            query.text = q.text;
            const qint64 cpuStart = threadCpuNs();
            timer.restart();
            const QList<SearchIndex::Hit> hits = index.search(query);
            const qint64 ns = timer.nsecsElapsed();
            allCpu.push_back(threadCpuNs() - cpuStart);
            all.push_back(ns);
            byKind[q.kind].push_back(ns);
            byQuery[static_cast<size_t>(qi)].push_back(ns);
            hitsByQuery[static_cast<size_t>(qi)] = hits.size();
            if (round == 0) {
                hitsByKind[q.kind] += hits.size();
                totalHits += hits.size();
            }
            if (ns > slowestNs) {
                slowestNs = ns;
                slowest = q.text;
            }
        }
    }

    // Editors publishing: replace 100 versions one at a time.
    std::vector<qint64> upserts;
    for (int i = 0; i < 100 && i < docs.size(); ++i) {
        SearchDocument changed = docs[(i * 197) % docs.size()];
        changed.body += QStringLiteral("\n- 변경: 운영 시간이 바뀌었습니다.");
        timer.restart();
        index.upsert(changed);
        upserts.push_back(timer.nsecsElapsed());
    }
    const Stats upsertStats = statsOf(upserts);

    const Stats overall = statsOf(all);
    const Stats overallCpu = statsOf(allCpu);
    const double loadAfter = loadAverage();
    std::printf("kb_search_bench: %lld versions of %lld articles, bodies %.0f chars on average "
                "(corpus generated in %.0f ms)\n",
                static_cast<long long>(docs.size()), static_cast<long long>(articleIds.size()),
                static_cast<double>(bodyChars) / static_cast<double>(docs.size()), generateMs);
    std::printf("  index build     %9.1f ms\n", buildMs);
    std::printf("  memoryUsage()   %9.1f MiB\n", mib(static_cast<qint64>(indexBytes)));
    std::printf("  index file      %9.1f MiB, written in %.1f ms, read back in %.1f ms (median of 3)\n",
                mib(fileBytes), fileWriteMs, fileReadMs);
    std::printf("  process RSS     %9.1f MiB before build, %.1f MiB after (+%.1f MiB), peak %.1f MiB\n",
                mib(rssBefore), mib(rssAfter), mib(rssAfter - rssBefore), mib(residentBytes("VmHWM:")));
    std::printf("  upsert (replace one version): p50 %.1f µs, p99 %.1f µs, max %.1f µs\n", upsertStats.p50,
                upsertStats.p99, upsertStats.max);
    std::printf("  queries: %lld × %d rounds, limit 50, in force on %s; slowest \"%s\" %.1f µs\n",
                static_cast<long long>(queries.size()), rounds, qPrintable(day.toString(Qt::ISODate)),
                qPrintable(slowest), static_cast<double>(slowestNs) / 1000.0);
    std::printf("  %-14s %6s %9s %9s %9s %9s %9s\n", "kind", "n", "p50 µs", "p95 µs", "p99 µs", "max µs",
                "avg hits");
    QMap<QString, int> queriesByKind;
    for (const auto& q : queries)
        ++queriesByKind[q.kind];
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const Stats s = statsOf(it.value());
        const double hits = static_cast<double>(hitsByKind.value(it.key())) / queriesByKind.value(it.key());
        printRow(it.key(), s, hits);
        QJsonObject o = toJson(s);
        o.insert(QStringLiteral("queries"), queriesByKind.value(it.key()));
        o.insert(QStringLiteral("avg_hits"), hits);
        kinds.insert(it.key(), o);
    }
    const double averageHits = static_cast<double>(totalHits) / static_cast<double>(queries.size());
    printRow(QStringLiteral("all"), overall, averageHits);
    printRow(QStringLiteral("all, CPU time"), overallCpu, averageHits);
    std::printf("  (wall-clock unless marked; load average %.2f before the queries, %.2f after, %d CPUs)\n",
                loadBefore, loadAfter, QThread::idealThreadCount());

    const int top = parser.value(topOption).toInt();
    if (top > 0) {
        std::vector<std::pair<double, qsizetype>> medians;
        for (size_t i = 0; i < byQuery.size(); ++i)
            medians.emplace_back(statsOf(byQuery[i]).p50, static_cast<qsizetype>(i));
        std::sort(medians.rbegin(), medians.rend());
        std::printf("  slowest queries by median:\n");
        for (size_t i = 0; i < medians.size() && i < static_cast<size_t>(top); ++i) {
            const auto& q = queries[medians[i].second];
            std::printf("    %9.1f µs  %-14s %3lld hits  %s\n", medians[i].first, qPrintable(q.kind),
                        static_cast<long long>(hitsByQuery[static_cast<size_t>(medians[i].second)]),
                        qPrintable(q.text));
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject root {
            {QStringLiteral("articles"), static_cast<qint64>(docs.size())},
            {QStringLiteral("distinct_article_ids"), static_cast<qint64>(articleIds.size())},
            {QStringLiteral("avg_body_chars"),
             static_cast<double>(bodyChars) / static_cast<double>(docs.size())},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("build_ms"), buildMs},
            {QStringLiteral("memory_usage_bytes"), static_cast<qint64>(indexBytes)},
            {QStringLiteral("index_file_bytes"), fileBytes},
            {QStringLiteral("index_file_write_ms"), fileWriteMs},
            {QStringLiteral("index_file_read_ms"), fileReadMs},
            {QStringLiteral("rss_before_bytes"), rssBefore},
            {QStringLiteral("rss_after_bytes"), rssAfter},
            {QStringLiteral("rss_peak_bytes"), residentBytes("VmHWM:")},
            {QStringLiteral("query"), toJson(overall)},
            {QStringLiteral("query_thread_cpu"), toJson(overallCpu)},
            {QStringLiteral("load_average_before"), loadBefore},
            {QStringLiteral("load_average_after"), loadAfter},
            {QStringLiteral("cpu_count"), QThread::idealThreadCount()},
            {QStringLiteral("query_by_kind"), kinds},
            {QStringLiteral("upsert"), toJson(upsertStats)},
            {QStringLiteral("slowest_query"), slowest},
        };
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        file.write(QJsonDocument(root).toJson());
    }
    return 0;
}
