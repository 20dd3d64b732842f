// SPDX-License-Identifier: Apache-2.0
// minwon-admin kb import | export | search: files in and out, bad files
// reported by file and line with nothing half-written, and the desk's search
// engine on the command line.
#include "admin/AdminCli.h"
#include "db/SqlConnection.h"
#include "search/SearchIndex.h"
#include "services/KbService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace minwon;
using minwon::test::TestDatabase;

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
    const ConnectionConfig c = db.config();
    QStringList all {
        QStringLiteral("--host"), c.hosts.first(), QStringLiteral("--port"), QString::number(c.port),
        QStringLiteral("--db"),   c.database,      QStringLiteral("--user"), c.user};
    all << args;
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    AdminCli cli(out, err);
    r.code = cli.run(all);
    out.flush();
    err.flush();
    return r;
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QVariant scalar(const TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    SqlConnection c(db.config(), {}, QStringLiteral("kbimport-check"));
    REQUIRE(c.open());
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

const QByteArray kGood = QByteArrayLiteral("---\n"
                                           "id: covid-test-sites\n"
                                           "title: 선별진료소 운영 안내\n"
                                           "category: covid19\n"
                                           "tags: [검사, 선별진료소]\n"
                                           "effective_from: 2021-04-12\n"
                                           "effective_until: 2099-05-02\n"
                                           "source: 중앙재난안전대책본부 보도자료 2021-04-09\n"
                                           "---\n"
                                           "## 운영 시간\n\n평일 09:00~18:00, 주말 09:00~13:00.\n");

// Quotes, apostrophes, SQL and HTML in every field: stored as written.
const QByteArray kHostile
    = QByteArrayLiteral("---\n"
                        "id: hostile_1\n"
                        "title: \"\"인용\" 제목'); DROP TABLE kb_versions; --\"\n"
                        "category: covid19\n"
                        "tags: [\"'따옴표'\", <b>굵게</b>]\n"
                        "effective_from: 2021-01-01\n"
                        "source: O'Reilly \"보도자료\"\n"
                        "---\n"
                        "본문에 ' 와 \" 와 \\ 와 <script>alert(1)</script> 와 $$ 가 있습니다.\n");

} // namespace

TEST_CASE("kb import writes new versions, skips unchanged files and keeps hostile text as written",
          "[db][kb][admin]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("covid-test-sites.md")), kGood);
    write(dir.filePath(QStringLiteral("hostile.md")), kHostile);

    Run r = admin(db,
                  {QStringLiteral("kb"), QStringLiteral("import"), dir.path(), QStringLiteral("--publish")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 new articles")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_versions WHERE status = 'published'")).toInt()
          == 2);
    CHECK(
        scalar(db, QStringLiteral("SELECT title FROM kb_versions WHERE article_id = 'hostile_1'")).toString()
        == QStringLiteral("\"인용\" 제목'); DROP TABLE kb_versions; --"));
    CHECK(scalar(db, QStringLiteral("SELECT body FROM kb_versions WHERE article_id = 'hostile_1'")).toString()
          == QStringLiteral("본문에 ' 와 \" 와 \\ 와 <script>alert(1)</script> 와 $$ 가 있습니다."));
    CHECK(scalar(db, QStringLiteral("SELECT tags[1] FROM kb_versions WHERE article_id = 'hostile_1'"))
              .toString()
          == QStringLiteral("'따옴표'"));

    // The same files again: nothing new.
    r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), dir.path(), QStringLiteral("--publish")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("0 new versions")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_versions")).toInt() == 2);

    // A changed file: a new version of the same id; without --publish it waits for an approver.
    QByteArray changed = kGood;
    changed.replace("18:00", "21:00");
    write(dir.filePath(QStringLiteral("covid-test-sites.md")), changed);
    r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), dir.path()});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 new versions")));
    CHECK(scalar(db,
                 QStringLiteral("SELECT status FROM kb_versions WHERE article_id = 'covid-test-sites' AND "
                                "version_no = 2"))
              .toString()
          == QStringLiteral("in_review"));
    CHECK(scalar(db,
                 QStringLiteral("SELECT status FROM kb_versions WHERE article_id = 'covid-test-sites' AND "
                                "version_no = 1"))
              .toString()
          == QStringLiteral("published"));
}

TEST_CASE("kb import names the file and line of every bad file and writes nothing", "[db][kb][admin]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a-good.md")), kGood);
    QByteArray unknownField = kGood;
    unknownField.replace("source:", "sauce:");
    write(dir.filePath(QStringLiteral("b-typo.md")), unknownField);
    QByteArray badCategory = kHostile;
    badCategory.replace("category: covid19", "category: no.such.category");
    write(dir.filePath(QStringLiteral("c-category.md")), badCategory);
    QByteArray nul = kGood;
    nul.replace("id: covid-test-sites", "id: nul-inside");
    nul.replace("평일", QByteArray("평\0일", 4));
    write(dir.filePath(QStringLiteral("d-nul.md")), nul);
    write(dir.filePath(QStringLiteral("e-latin1.md")),
          QByteArrayLiteral("---\nid: x\ntitle: caf\xe9\n---\n"));

    Run r = admin(db,
                  {QStringLiteral("kb"), QStringLiteral("import"), dir.path(), QStringLiteral("--publish")});
    CHECK(r.code == AdminCli::Failed);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(QStringLiteral("b-typo.md:8:")));
    CHECK(r.err.contains(QStringLiteral("sauce")));
    CHECK(r.err.contains(QStringLiteral("d-nul.md:1:")));
    CHECK(r.err.contains(QStringLiteral("e-latin1.md:1:")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_versions")).toInt() == 0);

    // Once the files read well, the category is checked against the database, by line.
    QFile::remove(dir.filePath(QStringLiteral("b-typo.md")));
    QFile::remove(dir.filePath(QStringLiteral("d-nul.md")));
    QFile::remove(dir.filePath(QStringLiteral("e-latin1.md")));
    r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), dir.path(), QStringLiteral("--publish")});
    CHECK(r.code == AdminCli::Failed);
    CHECK(r.err.contains(QStringLiteral("c-category.md:4:")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_versions")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_articles")).toInt() == 0);
}

TEST_CASE("kb import reads .jsonl line by line and refuses hostile or huge records", "[db][kb][admin]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("articles.jsonl"));
    const QByteArray good1 = QByteArrayLiteral(
        R"({"id": "mask-rules", "title": "마스크 착용 의무", "category": "covid19", "tags": ["마스크"], )"
        R"("effective_from": "2021-04-01", "body": "실내에서는 \"항상\" 착용합니다."})");
    const QByteArray good2 = QByteArrayLiteral(
        R"({"id": "vaccine-booking", "title": "백신 예약", "category": "covid19", "effective_from": "2021-04-01", )"
        R"("effective_until": null, "source": "질병관리청", "body": "사전 예약"})");
    write(path, good1 + "\n\n" + good2 + "\n");
    Run r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), path, QStringLiteral("--publish")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(
        scalar(db, QStringLiteral("SELECT body FROM kb_versions WHERE article_id = 'mask-rules'")).toString()
        == QStringLiteral("실내에서는 \"항상\" 착용합니다."));

    const QByteArray huge = QByteArrayLiteral(R"({"id": "huge", "title": "큰 글", "category": "covid19", )"
                                              R"("effective_from": "2021-04-01", "body": ")")
        + QByteArray(250000, 'a') + QByteArrayLiteral("\"}");
    const QByteArray nul
        = QByteArrayLiteral(R"({"id": "nul", "title": "널\u0000문자", "category": "covid19", )"
                            R"("effective_from": "2021-04-01"})");
    const QByteArray broken = QByteArrayLiteral(R"({"id": "broken", "title": )");
    const QByteArray wrongType = QByteArrayLiteral(R"({"id": "typed", "title": "x", "category": "covid19", )"
                                                   R"("effective_from": "2021-04-01", "tags": "검사"})");
    write(path, good1 + "\n" + huge + "\n" + broken + "\n" + nul + "\n" + wrongType + "\n");
    r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), path, QStringLiteral("--publish")});
    CHECK(r.code == AdminCli::Failed);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(QStringLiteral("articles.jsonl:2:")));
    CHECK(r.err.contains(QStringLiteral("articles.jsonl:3:")));
    CHECK(r.err.contains(QStringLiteral("articles.jsonl:4:")));
    CHECK(r.err.contains(QStringLiteral("articles.jsonl:5:")));
    CHECK_FALSE(r.err.contains(QStringLiteral("articles.jsonl:1:")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM kb_versions")).toInt() == 2);

    // A file too large to be a knowledge base is refused before it is read.
    write(path, QByteArray(5 * 1024 * 1024, ' '));
    r = admin(db, {QStringLiteral("kb"), QStringLiteral("import"), path});
    CHECK(r.code == AdminCli::Failed);
    CHECK(r.err.contains(QStringLiteral("articles.jsonl:1:")));
}

TEST_CASE("kb export and import round-trip the demo guidance", "[db][kb][admin]")
{
    TestDatabase demo(TestDatabase::Kind::Demo);
    TestDatabase fresh(TestDatabase::Kind::Migrated);
    QTemporaryDir first;
    QTemporaryDir second;
    Run r = admin(demo, {QStringLiteral("kb"), QStringLiteral("export"), first.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList files = QDir(first.path()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    CHECK(files.size()
          == scalar(demo,
                    QStringLiteral("SELECT count(DISTINCT article_id) FROM kb_versions WHERE status = "
                                   "'published'"))
                 .toInt());
    REQUIRE(files.size() > 20);

    r = admin(fresh,
              {QStringLiteral("kb"), QStringLiteral("import"), first.path(), QStringLiteral("--publish")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = admin(fresh, {QStringLiteral("kb"), QStringLiteral("export"), second.path()});
    REQUIRE(r.code == 0);
    // Versions whose in-force date is still to come are scheduled, not published.
    const QStringList again
        = QDir(second.path()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    CHECK(again.size()
              + scalar(fresh, QStringLiteral("SELECT count(*) FROM kb_versions WHERE status = 'approved'"))
                    .toInt()
          == files.size());
    int compared = 0;
    for (const QString& name : again) {
        QFile a(QDir(first.path()).filePath(name));
        QFile b(QDir(second.path()).filePath(name));
        REQUIRE(a.open(QIODevice::ReadOnly));
        REQUIRE(b.open(QIODevice::ReadOnly));
        QString left = QString::fromUtf8(a.readAll());
        QString right = QString::fromUtf8(b.readAll());
        // Only the version number differs: the fresh database starts at 1.
        static const QRegularExpression version(QStringLiteral("\nversion: \\d+\n"));
        left.replace(version, QStringLiteral("\n"));
        right.replace(version, QStringLiteral("\n"));
        // A correction is a correction of something: the first version cannot be one.
        left.remove(QStringLiteral("correction: true\n"));
        INFO(name.toStdString());
        CHECK(left == right);
        ++compared;
    }
    CHECK(compared == again.size());
}

TEST_CASE("kb search prints the desk's hits, best first, tab-separated", "[db][kb][admin]")
{
    TestDatabase demo(TestDatabase::Kind::Demo);
    const QString today = scalar(demo, QStringLiteral("SELECT current_date::text")).toString();
    Run r = admin(demo,
                  {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("선별진료소"),
                   QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--on"), today});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 1);
    CHECK(lines.size() <= 3);

    // The same engine over the same versions as a desk holds.
    SqlConnection c(demo.config(), {}, QStringLiteral("kbsearch-check"));
    REQUIRE(c.open());
    QSqlDatabase db = c.db();
    QList<KbEntry> entries;
    REQUIRE(KbService::loadSearchable(db, &entries, nullptr));
    SearchIndex::Query query;
    query.text = QStringLiteral("선별진료소");
    query.onDate = QDate::fromString(today, Qt::ISODate);
    query.limit = 3;
    const QList<SearchIndex::Hit> hits = KbService::buildIndex(entries).search(query);
    REQUIRE(hits.size() == lines.size());
    double previous = 1e9;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 4);
        CHECK(fields.at(0) == hits.at(i).articleId);
        CHECK(fields.at(1).toInt() == hits.at(i).version);
        CHECK(fields.at(2) == hits.at(i).title);
        CHECK(fields.at(3).toDouble() <= previous + 1e-9);
        previous = fields.at(3).toDouble();
    }
    // Initial consonants work on the command line too.
    r = admin(demo, {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("ㄱㄹㄷㄱ")});
    CHECK(r.out.count(QLatin1Char('\n')) >= 1);
    r = admin(demo,
              {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--on"),
               QStringLiteral("2021-13-45")});
    CHECK(r.code == AdminCli::Usage);
}
