// SPDX-License-Identifier: Apache-2.0
// The desk's in-memory search next to what PostgreSQL offers, in the same run,
// on the same generated corpus (20,000 article versions) and the same 200
// queries: (1) the app's SearchIndex, (2) ILIKE '%word%' for every word,
// served by a pg_trgm GIN index where a word has three characters or more,
// (3) pg_trgm word similarity (word <% text) ordered by similarity. Each
// query asks for what is in force on one day, 50 hits. Timing of the SQL
// variants includes the round trip over the local socket, as a desk would
// pay it (on a LAN it would be more). Also counts, per query kind, how many
// versions each finds without a limit, and how often SQL finds nothing where
// the app finds something.
//
//     kb_pg_bench [--articles N] [--rounds R] [--json FILE]

#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "generate/KbCorpus.h"
#include "search/SearchIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using minwon::SearchDocument;
using minwon::SearchIndex;

namespace {

struct Stats
{
    double p50 = 0;
    double p99 = 0;
    double mean = 0;
};

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
    s.p50 = rank(0.50);
    s.p99 = rank(0.99);
    double sum = 0;
    for (const qint64 v : ns)
        sum += static_cast<double>(v);
    s.mean = sum / static_cast<double>(ns.size()) / 1000.0;
    return s;
}

QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kInForce
    = QStringLiteral("status = 'published' AND (effective_from IS NULL OR effective_from <= ?::date) "
                     "AND (effective_until IS NULL OR effective_until >= ?::date)");

/// ILIKE: every word somewhere in title, tags or body.
QSqlQuery ilikeQuery(QSqlDatabase db, const QString& text, const QDate& day, int limit)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT article_id, version_no FROM kb_bench WHERE ") + kInForce;
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" AND doc ILIKE ?");
    sql += QStringLiteral(" ORDER BY (title ILIKE ?) DESC, article_id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(day);
    q.addBindValue(day);
    for (const QString& w : words)
        q.addBindValue(likePattern(w));
    q.addBindValue(likePattern(words.value(0)));
    return q;
}

/// pg_trgm word similarity: the query close to some stretch of the text.
QSqlQuery trgmQuery(QSqlDatabase db, const QString& text, const QDate& day, int limit)
{
    QString sql = QStringLiteral("SELECT article_id, version_no FROM kb_bench WHERE ") + kInForce
        + QStringLiteral(" AND ? <% doc ORDER BY ? <<-> doc, article_id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(text);
    q.addBindValue(text);
    return q;
}

QSet<QString> run(QSqlQuery q, qint64* ns)
{
    QElapsedTimer timer;
    timer.start();
    QSet<QString> found;
    if (!q.exec()) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(q.lastError().text()));
        return found;
    }
    while (q.next())
        found.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    if (ns)
        *ns = timer.nsecsElapsed();
    return found;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("In-app search versus pg_trgm and ILIKE"));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Article versions."),
                                            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds over the queries."), QStringLiteral("R"),
                                          QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the numbers to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({articlesOption, roundsOption, jsonOption});
    parser.process(app);
    minwon::corpus::KbCorpusOptions options;
    options.articles = std::max(1, parser.value(articlesOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QDate day(2021, 5, 1);

    const QList<SearchDocument> docs = minwon::corpus::generateKbCorpus(options);
    QElapsedTimer timer;
    timer.start();
    const SearchIndex index = minwon::buildSearchIndex(docs);
    const double appBuildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/minwon-kbpg-XXXXXX"));
    // Run as root, the server runs as another user that must enter the directory.
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup);
    minwon::PrivateServer::Options serverOptions;
    serverOptions.rootDir = dir.path();
    serverOptions.durable = false;
    minwon::PrivateServer server(serverOptions);
    QString error;
    if (server.start(&error) == minwon::PrivateServer::StartResult::Failed
        || !server.ensureDatabase(QStringLiteral("kbbench"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    minwon::SqlConnection conn(server.connectionConfig(QStringLiteral("kbbench")), {},
                               QStringLiteral("kbbench"));
    if (!conn.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = conn.db();
    QSqlQuery q(db);
    const QStringList setup {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral(
            "CREATE TABLE kb_bench (article_id text, version_no int, title text, tags text, body text, "
            "effective_from date, effective_until date, status text, "
            "doc text GENERATED ALWAYS AS (title || ' ' || tags || ' ' || body) STORED, "
            "PRIMARY KEY (article_id, version_no))")};
    for (const QString& sql : setup)
        if (!q.exec(sql)) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    timer.restart();
    db.transaction();
    q.prepare(
        QStringLiteral("INSERT INTO kb_bench (article_id, version_no, title, tags, body, effective_from, "
                       "effective_until, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SearchDocument& d : docs) {
        q.addBindValue(d.articleId);
        q.addBindValue(d.version);
        q.addBindValue(d.title);
        q.addBindValue(d.tags.join(QLatin1Char(' ')));
        q.addBindValue(d.body);
        q.addBindValue(d.effectiveFrom.isValid() ? QVariant(d.effectiveFrom)
                                                 : QVariant(QMetaType::fromType<QDate>()));
        q.addBindValue(d.effectiveUntil.isValid() ? QVariant(d.effectiveUntil)
                                                  : QVariant(QMetaType::fromType<QDate>()));
        q.addBindValue(d.status);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    db.commit();
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    q.exec(QStringLiteral("CREATE INDEX kb_bench_trgm ON kb_bench USING gin (doc gin_trgm_ops)"));
    q.exec(QStringLiteral("VACUUM ANALYZE kb_bench"));
    const double trgmBuildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qint64 tableBytes = 0;
    qint64 trgmBytes = 0;
    if (q.exec(QStringLiteral("SELECT pg_table_size('kb_bench'), pg_relation_size('kb_bench_trgm')"))
        && q.next()) {
        tableBytes = q.value(0).toLongLong();
        trgmBytes = q.value(1).toLongLong();
    }

    const QList<minwon::corpus::BenchQuery> queries = minwon::corpus::benchQueries();
    struct Kind
    {
        std::vector<qint64> app;
        std::vector<qint64> ilike;
        std::vector<qint64> trgm;
        qint64 appHits = 0;
        qint64 ilikeHits = 0;
        qint64 trgmHits = 0;
        int queries = 0;
        int ilikeMissed = 0; ///< the app finds something, ILIKE nothing
        int trgmMissed = 0;
        qint64 appOnly = 0; ///< versions the app finds that ILIKE does not
        qint64 ilikeOnly = 0;
    };
    QMap<QString, Kind> kinds;
    Kind all;
    SearchIndex::Query query;
    query.onDate = day;
    // Recall, without limits: which in-force versions each one finds.
    for (const auto& bq : queries) {
        query.text = bq.text;
        query.limit = 0;
        QSet<QString> appFound;
        for (const SearchIndex::Hit& h : index.search(query))
            appFound.insert(h.articleId + QLatin1Char(':') + QString::number(h.version));
        const QSet<QString> ilike = run(ilikeQuery(db, bq.text, day, 0), nullptr);
        const QSet<QString> trgm = run(trgmQuery(db, bq.text, day, 0), nullptr);
        for (Kind* k : {&kinds[bq.kind], &all}) {
            ++k->queries;
            k->appHits += appFound.size();
            k->ilikeHits += ilike.size();
            k->trgmHits += trgm.size();
            if (!appFound.isEmpty() && ilike.isEmpty())
                ++k->ilikeMissed;
            if (!appFound.isEmpty() && trgm.isEmpty())
                ++k->trgmMissed;
            k->appOnly += (appFound - ilike).size();
            k->ilikeOnly += (ilike - appFound).size();
        }
    }
    // Latency, 50 hits, as a desk asks while the counselor types.
    query.limit = 50;
    for (int round = 0; round < rounds; ++round) {
        for (const auto& bq : queries) {
            query.text = bq.text;
            timer.restart();
            index.search(query);
            const qint64 appNs = timer.nsecsElapsed();
            qint64 ilikeNs = 0;
            qint64 trgmNs = 0;
            run(ilikeQuery(db, bq.text, day, 50), &ilikeNs);
            run(trgmQuery(db, bq.text, day, 50), &trgmNs);
            for (Kind* k : {&kinds[bq.kind], &all}) {
                k->app.push_back(appNs);
                k->ilike.push_back(ilikeNs);
                k->trgm.push_back(trgmNs);
            }
        }
    }

    std::printf("kb_pg_bench: %lld versions, %lld queries x %d rounds, in force on %s, 50 hits\n",
                static_cast<long long>(docs.size()), static_cast<long long>(queries.size()), rounds,
                qPrintable(day.toString(Qt::ISODate)));
    std::printf("  app index build %.0f ms | PostgreSQL: load %.0f ms, pg_trgm GIN build + analyze %.0f ms, "
                "table %.1f MiB, trigram index %.1f MiB\n",
                appBuildMs, loadMs, trgmBuildMs, static_cast<double>(tableBytes) / 1048576.0,
                static_cast<double>(trgmBytes) / 1048576.0);
    std::printf("  %-12s %4s | %8s %8s | %8s %8s | %8s %8s | %7s %7s %7s | %6s %6s\n", "kind", "n", "app p50",
                "app p99", "ILIKE50", "ILIKE99", "trgm p50", "trgm p99", "app hit", "ILIKE", "trgm", "IL 0",
                "tg 0");
    QJsonObject json;
    auto row = [&](const QString& name, const Kind& k) {
        const Stats a = statsOf(k.app);
        const Stats i = statsOf(k.ilike);
        const Stats t = statsOf(k.trgm);
        std::printf("  %-12s %4d | %8.1f %8.1f | %8.1f %8.1f | %8.1f %8.1f | %7.1f %7.1f %7.1f | %6d %6d\n",
                    qPrintable(name), k.queries, a.p50, a.p99, i.p50, i.p99, t.p50, t.p99,
                    double(k.appHits) / k.queries, double(k.ilikeHits) / k.queries,
                    double(k.trgmHits) / k.queries, k.ilikeMissed, k.trgmMissed);
        json.insert(name,
                    QJsonObject {{QStringLiteral("queries"), k.queries},
                                 {QStringLiteral("app_p50_us"), a.p50},
                                 {QStringLiteral("app_p99_us"), a.p99},
                                 {QStringLiteral("ilike_p50_us"), i.p50},
                                 {QStringLiteral("ilike_p99_us"), i.p99},
                                 {QStringLiteral("trgm_p50_us"), t.p50},
                                 {QStringLiteral("trgm_p99_us"), t.p99},
                                 {QStringLiteral("app_hits_avg"), double(k.appHits) / k.queries},
                                 {QStringLiteral("ilike_hits_avg"), double(k.ilikeHits) / k.queries},
                                 {QStringLiteral("trgm_hits_avg"), double(k.trgmHits) / k.queries},
                                 {QStringLiteral("ilike_found_nothing"), k.ilikeMissed},
                                 {QStringLiteral("trgm_found_nothing"), k.trgmMissed},
                                 {QStringLiteral("app_only_versions"), k.appOnly},
                                 {QStringLiteral("ilike_only_versions"), k.ilikeOnly}});
    };
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        row(it.key(), it.value());
    row(QStringLiteral("all"), all);
    std::printf("  (µs per query, wall clock; hit = versions found without a limit, averaged; "
                "\"IL 0\"/\"tg 0\" = queries where the app finds something and that SQL nothing)\n");
    std::printf("  versions found only by the app: %lld, only by ILIKE: %lld\n",
                static_cast<long long>(all.appOnly), static_cast<long long>(all.ilikeOnly));
    if (parser.isSet(jsonOption)) {
        QJsonObject root {{QStringLiteral("articles"), static_cast<qint64>(docs.size())},
                          {QStringLiteral("rounds"), rounds},
                          {QStringLiteral("app_build_ms"), appBuildMs},
                          {QStringLiteral("pg_load_ms"), loadMs},
                          {QStringLiteral("trgm_build_ms"), trgmBuildMs},
                          {QStringLiteral("pg_table_bytes"), tableBytes},
                          {QStringLiteral("trgm_index_bytes"), trgmBytes},
                          {QStringLiteral("by_kind"), json}};
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(root).toJson());
    }
    server.stop();
    return 0;
}
