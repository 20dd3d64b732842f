// SPDX-License-Identifier: Apache-2.0
// The desk's guidance in memory: built from the server, updated live from
// change notifications, and from the local snapshot when the server is gone.
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "local/LocalStore.h"
#include "search/SearchIndexFile.h"
#include "services/KbService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {
bool waitFor(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

bool finds(const KbService& kb, const QString& query, const QString& articleId)
{
    for (const SearchIndex::Hit& hit : kb.search(query, QDate::currentDate()))
        if (hit.articleId == articleId)
            return true;
    return false;
}

/// The editor's desk writes a new article and submits it; the approver's
/// desk publishes it (migration 0008: no other way).
void publishArticle(TestDatabase& db, const QString& id, const QString& title, const QString& body,
                    int daysAgo)
{
    SqlConnection editor(db.configAs(QStringLiteral("editor1")), {}, QStringLiteral("editor"));
    REQUIRE(editor.open());
    QSqlQuery q(editor.db());
    q.prepare(QStringLiteral("INSERT INTO kb_articles (id) VALUES (?)"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    q.prepare(QStringLiteral("INSERT INTO kb_versions (article_id, version_no, title, body, category_code, "
                             "effective_from, status) VALUES (?, 1, ?, ?, 'covid19.testing', "
                             "current_date - ?::integer, 'in_review')"));
    q.addBindValue(id);
    q.addBindValue(title);
    q.addBindValue(body);
    q.addBindValue(daysAgo);
    REQUIRE(q.exec());
    SqlConnection approver(db.configAs(QStringLiteral("approver1")), {}, QStringLiteral("approver"));
    REQUIRE(approver.open());
    QSqlQuery a(approver.db());
    a.prepare(QStringLiteral(
        "UPDATE kb_versions SET status = 'published' WHERE article_id = ? AND version_no = 1"));
    a.addBindValue(id);
    REQUIRE(a.exec());
}
} // namespace

TEST_CASE("A guidance change published elsewhere reaches the desk's index live", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    KbService kb(&session);
    kb.setSnapshotPath(path);
    int saves = 0;
    QObject::connect(&kb, &KbService::snapshotSaved, [&] { ++saves; });
    kb.reload();
    REQUIRE(waitFor([&] { return kb.isReady(); }));
    CHECK(kb.size() >= 60);
    CHECK_FALSE(kb.search(QStringLiteral("선별진료소"), QDate::currentDate()).isEmpty());
    CHECK_FALSE(finds(kb, QStringLiteral("드라이브스루"), QStringLiteral("covid-drive-thru")));

    QStringList changed;
    QObject::connect(&kb, &KbService::articleChanged,
                     [&](const QString& id, int, const QString& status, const QString&) {
                         changed << id + QLatin1Char(':') + status;
                     });
    publishArticle(db, QStringLiteral("covid-drive-thru"), QStringLiteral("드라이브스루 선별진료소 운영"),
                   QStringLiteral("차에서 내리지 않고 검사를 받습니다."), 2);
    REQUIRE(waitFor(
        [&] { return finds(kb, QStringLiteral("드라이브스루"), QStringLiteral("covid-drive-thru")); }, 3000));
    // The submission and the approval each notify; the approval may come second.
    CHECK(waitFor([&] { return changed.contains(QStringLiteral("covid-drive-thru:published")); }, 3000));
    // Two syllables inside the new title find it too.
    CHECK(finds(kb, QStringLiteral("스루"), QStringLiteral("covid-drive-thru")));

    // The change is written to the snapshot and its index a moment later
    // (several changes in a row once), and the next start finds it from there.
    const int savesBefore = saves;
    REQUIRE(waitFor([&] { return saves > savesBefore; }, 10000));
    KbService next(&session);
    next.setSnapshotPath(path);
    next.loadSnapshot();
    REQUIRE(waitFor([&] { return next.isReady() && !next.isPartial(); }));
    CHECK(next.indexFromFile());
    CHECK(next.size() == kb.size());
    CHECK(finds(next, QStringLiteral("드라이브스루"), QStringLiteral("covid-drive-thru")));
}

TEST_CASE("Search works from the local snapshot while the server is unreachable", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        DbSession session(db.configAs(QStringLiteral("counselor01")), {});
        session.start();
        REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
        KbService kb(&session);
        kb.setSnapshotPath(path);
        kb.reload();
        REQUIRE(waitFor([&] { return kb.isReady(); }));
        // The snapshot is written in the background.
        QThread::msleep(200);
        REQUIRE(waitFor([&] {
            KbService probe(&session);
            probe.setSnapshotPath(path);
            probe.loadSnapshot();
            return waitFor([&] { return probe.isReady(); }, 1000);
        }));
    }
    // A desk started with the server unreachable.
    ConnectionConfig dead = db.configAs(QStringLiteral("counselor01"));
    dead.hosts = {QStringLiteral("127.0.0.1")};
    dead.port = 1;
    dead.mode = ConnectionConfig::Mode::Shared;
    DbSession offline(dead, {});
    offline.start();
    KbService kb(&offline);
    kb.setSnapshotPath(path);
    kb.loadSnapshot();
    REQUIRE(waitFor([&] { return kb.isReady(); }));
    CHECK(kb.size() >= 60);
    const auto hits = kb.search(QStringLiteral("거리두기"), QDate::currentDate());
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(kb.entry(hits.first().articleId, hits.first().version) != nullptr);
    CHECK_FALSE(kb.search(QStringLiteral("ㄱㄹㄷㄱ"), QDate::currentDate()).isEmpty());
}

TEST_CASE("The desk loads every searchable version in pages, and the snapshot keeps them all", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    int expected = 0;
    int published = 0;
    session.runSync([&](QSqlDatabase& sql) {
        QSqlQuery q(sql);
        if (q.exec(QStringLiteral("SELECT count(*) FROM kb_versions WHERE status IN ('published', "
                                  "'superseded', 'expired')"))
            && q.next())
            expected = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM kb_versions WHERE status = 'published'")) && q.next())
            published = q.value(0).toInt();
        return DbResult::success();
    });
    REQUIRE(expected > 20);
    REQUIRE(published > 0);

    KbService kb(&session);
    kb.setSnapshotPath(path);
    // Seven rows a page: the versions come in many jobs, one after another.
    kb.setPageRows(7);
    bool saved = false;
    QObject::connect(&kb, &KbService::snapshotSaved, [&] { saved = true; });
    kb.reload();
    REQUIRE(waitFor([&] { return kb.isReady(); }));
    CHECK(kb.size() == expected);
    CHECK(kb.hasServerData());
    // Every version is findable by its key, the last page's too.
    const auto hits = kb.search(QStringLiteral("거리두기"), QDate::currentDate());
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(kb.entry(hits.last().articleId, hits.last().version) != nullptr);

    // The snapshot written from it holds the same versions, and the built
    // index is kept beside it.
    REQUIRE(waitFor([&] { return saved; }));
    const QString indexPath = KbService::indexPathFor(path);
    REQUIRE(QFileInfo::exists(indexPath));
    const auto answers = [](const KbService& service) {
        QStringList out;
        for (const char* q : {"거리두기", "ㄱㄹㄷㄱ", "검사", "PCR", "19", ""}) {
            for (const auto& hit : service.search(QString::fromUtf8(q), QDate::currentDate(), true, 200))
                out << QStringLiteral("%1 %2#%3 %4 %5")
                           .arg(QString::fromUtf8(q), hit.articleId)
                           .arg(hit.version)
                           .arg(hit.score, 0, 'f', 3)
                           .arg(hit.snippet);
        }
        return out;
    };
    const QStringList fromServer = answers(kb);
    REQUIRE(fromServer.size() > 20);

    const auto start = [&](KbService* cached, QList<std::pair<bool, int>>* installs) {
        QObject::connect(cached, &KbService::reloaded, [cached, installs] {
            installs->append({cached->isPartial(), int(cached->size())});
        });
        cached->setSnapshotPath(path);
        cached->loadSnapshot();
        REQUIRE(waitFor([&] { return cached->isReady() && !cached->isPartial(); }));
        CHECK_FALSE(cached->hasServerData());
        CHECK(cached->size() == expected);
        CHECK(answers(*cached) == fromServer);
        const auto hit = cached->search(QStringLiteral("거리두기"), QDate::currentDate());
        REQUIRE_FALSE(hit.isEmpty());
        CHECK(cached->entry(hit.first().articleId, hit.first().version) != nullptr);
    };

    SECTION("With its index file, the next start reads the index whole instead of building it")
    {
        KbService cached(&session);
        QList<std::pair<bool, int>> installs;
        start(&cached, &installs);
        CHECK(cached.indexFromFile());
        REQUIRE(installs.size() == 1);
        CHECK_FALSE(installs.at(0).first);
    }

    SECTION("Without it, or with one that does not match, the versions in force come first, then all")
    {
        const auto stagedStart = [&] {
            KbService cached(&session);
            QList<std::pair<bool, int>> installs;
            start(&cached, &installs);
            CHECK_FALSE(cached.indexFromFile());
            REQUIRE(installs.size() == 2);
            CHECK(installs.at(0).first);
            CHECK(installs.at(0).second == published);
            CHECK(installs.at(0).second < expected);
            CHECK_FALSE(installs.at(1).first);
        };
        const auto readsFile = [&] {
            KbService again(&session);
            QList<std::pair<bool, int>> installs;
            start(&again, &installs);
            CHECK(again.indexFromFile());
        };
        QFile file(indexPath);
        SECTION("missing")
        {
            REQUIRE(file.remove());
            stagedStart();
        }
        SECTION("cut short")
        {
            REQUIRE(file.resize(file.size() / 2));
            stagedStart();
        }
        SECTION("built from other versions")
        {
            QList<KbEntry> few;
            KbEntry e;
            e.articleId = QStringLiteral("other");
            e.version = 1;
            e.title = QStringLiteral("다른 지침");
            e.status = QStringLiteral("published");
            few << e;
            REQUIRE(minwon::search::saveIndexFile(KbService::buildIndex(few),
                                                  QByteArrayLiteral("kb2:an older snapshot"), indexPath));
            stagedStart();
        }
        // The start that had to build it kept it for the next one.
        readsFile();
    }
}

TEST_CASE("A change arriving while the snapshot is written waits for the write, then shows", "[db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        LocalStore store(path); // the file and its tables
        REQUIRE(store.open());
    }
    // Another connection holds the write lock of the desk's file: the
    // snapshot's write waits for it (the file's busy timeout is 5 s).
    QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kb-lock"));
    lock.setDatabaseName(path);
    REQUIRE(lock.open());
    QSqlQuery hold(lock);
    REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    KbService kb(&session);
    kb.setSnapshotPath(path);
    int saves = 0;
    QObject::connect(&kb, &KbService::snapshotSaved, [&] { ++saves; });
    kb.reload();
    REQUIRE(waitFor([&] { return kb.isReady(); }));
    publishArticle(db, QStringLiteral("covid-home-test"), QStringLiteral("자가검사키트 구매 안내"),
                   QStringLiteral("약국과 편의점에서 살 수 있습니다."), 1);
    // The change is fetched within milliseconds, but the write is still
    // waiting: applying it now would copy the whole index on this thread.
    waitFor([] { return false; }, 1500);
    CHECK(saves == 0);
    CHECK_FALSE(finds(kb, QStringLiteral("자가검사키트"), QStringLiteral("covid-home-test")));

    // The write goes on; the change follows it.
    REQUIRE(hold.exec(QStringLiteral("COMMIT")));
    REQUIRE(waitFor(
        [&] { return finds(kb, QStringLiteral("자가검사키트"), QStringLiteral("covid-home-test")); }));
    CHECK(saves >= 1);
    hold = QSqlQuery();
    lock.close();
    lock = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("kb-lock"));
}
