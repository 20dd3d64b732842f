// SPDX-License-Identifier: Apache-2.0
// The offline outbox: saves kept on the desk are replayed in order, exactly
// once, and a replay over a colleague's newer change is handed to the person
// instead of overwriting it.
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "local/LocalStore.h"
#include "services/CaseService.h"
#include "services/CaseWriter.h"
#include "services/OutboxService.h"
#include "support/CatchQt.h"
#include "support/ResilienceRig.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace minwon;
using minwon::rig::waitFor;
using minwon::test::TestDatabase;

namespace {

struct OutboxDesk
{
    OutboxDesk(const TestDatabase& db, const QString& login, const QString& storePath)
        : session(db.configAs(login), {})
        , cases(&session)
        , store(storePath)
        , outbox(&session, &store)
    {
        REQUIRE(store.open());
        session.start();
        REQUIRE(waitFor([this] { return session.state() == DbSession::State::Online; }, 10000));
    }
    /// Replays and waits for the end; returns (sent, remaining).
    std::pair<int, int> replay()
    {
        int sent = -1, remaining = -1;
        const auto c = QObject::connect(&outbox, &OutboxService::replayFinished, [&](int s, int r) {
            sent = s;
            remaining = r;
        });
        outbox.replay();
        REQUIRE(waitFor([&] { return sent >= 0; }, 10000));
        QObject::disconnect(c);
        return {sent, remaining};
    }
    DbSession session;
    CaseService cases;
    LocalStore store;
    OutboxService outbox;
};

QVariant one(const TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    SqlConnection c(db.config(), {}, QStringLiteral("outbox-check"));
    REQUIRE(c.open());
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

CaseRecord newCase(const QString& summary)
{
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01055551234"));
    r.category = QStringLiteral("tax");
    r.subcategory = QStringLiteral("tax.local");
    r.summary = summary;
    return r;
}

QString idOf(const CaseRecord& r)
{
    return r.id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("A save that landed just before the line broke is recognised on replay, not stored twice",
          "[db][outbox]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    OutboxDesk desk(db, QStringLiteral("counselor01"), dir.filePath(QStringLiteral("desk.sqlite")));
    const CaseRecord r = newCase(QStringLiteral("지방세 납부 기한 문의"));
    const QUuid op = QUuid::createUuid();
    bool saved = false;
    desk.cases.save(r, op, [&](CaseService::SaveStatus s, int, const QString&) {
        saved = s == CaseService::SaveStatus::Saved;
    });
    REQUIRE(waitFor([&] { return saved; }, 10000));
    // The answer never reached the desk, so it kept the save with the same operation id.
    REQUIRE(desk.outbox.enqueueCase(r, op));
    CHECK(desk.outbox.pendingCount() == 1);

    const auto [sent, remaining] = desk.replay();
    CHECK(sent == 1);
    CHECK(remaining == 0);
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"), {idOf(r)}).toInt() == 1);
    // Not applied a second time: still the first version.
    CHECK(one(db, QStringLiteral("SELECT version FROM cases WHERE id = ?::uuid"), {idOf(r)}).toInt() == 1);
}

TEST_CASE("Kept saves replay in order, and a later save of a case replaces its earlier one", "[db][outbox]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    OutboxDesk desk(db, QStringLiteral("counselor02"), dir.filePath(QStringLiteral("desk.sqlite")));
    CaseRecord a = newCase(QStringLiteral("첫 메모"));
    const CaseRecord b = newCase(QStringLiteral("다른 민원"));
    REQUIRE(desk.outbox.enqueueCase(a, QUuid::createUuid()));
    REQUIRE(desk.outbox.enqueueCase(b, QUuid::createUuid()));
    a.summary = QStringLiteral("고쳐 쓴 메모");
    REQUIRE(desk.outbox.enqueueCase(a, QUuid::createUuid()));
    CHECK(desk.outbox.pendingCount() == 2);

    QList<std::pair<int, int>> progress;
    QObject::connect(&desk.outbox, &OutboxService::replayProgress, [&](int done, int total) {
        progress.append({done, total});
    });
    const auto [sent, remaining] = desk.replay();
    CHECK(sent == 2);
    CHECK(remaining == 0);
    CHECK(progress == QList<std::pair<int, int>> {{0, 2}, {1, 2}, {2, 2}});
    CHECK(one(db, QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {idOf(a)}).toString()
          == QStringLiteral("고쳐 쓴 메모"));
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM cases WHERE id IN (?::uuid, ?::uuid)"),
              {idOf(a), idOf(b)})
              .toInt()
          == 2);
    // Kept on this computer in that order: the first case before the second.
    CHECK(one(db,
              QStringLiteral("SELECT (SELECT created_at FROM cases WHERE id = ?::uuid) <= "
                             "(SELECT created_at FROM cases WHERE id = ?::uuid)"),
              {idOf(a), idOf(b)})
              .toBool());
}

TEST_CASE("A replay over a colleague's newer change goes to the person, never over it", "[db][outbox]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    OutboxDesk desk(db, QStringLiteral("counselor03"), dir.filePath(QStringLiteral("desk.sqlite")));
    CaseRecord r = newCase(QStringLiteral("원래 메모"));
    {
        SqlConnection c(db.configAs(QStringLiteral("counselor03")), {}, QStringLiteral("first"));
        REQUIRE(c.open());
        QSqlDatabase d = c.db();
        const CaseWriteResult w = writeCase(d, r);
        REQUIRE(w.status == CaseWriteResult::Status::Saved);
        r.version = w.version;
        // Meanwhile, on another desk, the same case moves on.
        CaseRecord theirs = r;
        theirs.summary = QStringLiteral("다른 자리에서 고친 메모");
        REQUIRE(writeCase(d, theirs).status == CaseWriteResult::Status::Saved);
    }
    // This desk's edit, made on version 1 while offline.
    r.summary = QStringLiteral("이 자리에서 고친 메모");
    REQUIRE(desk.outbox.enqueueCase(r, QUuid::createUuid()));

    QList<CaseRecord> conflicted;
    QObject::connect(&desk.outbox, &OutboxService::conflicted,
                     [&](const CaseRecord& mine) { conflicted.append(mine); });
    const auto [sent, remaining] = desk.replay();
    CHECK(sent == 0);
    CHECK(remaining == 0);
    REQUIRE(conflicted.size() == 1);
    CHECK(conflicted.first().summary == QStringLiteral("이 자리에서 고친 메모"));
    CHECK(one(db, QStringLiteral("SELECT summary FROM cases WHERE id = ?::uuid"), {idOf(r)}).toString()
          == QStringLiteral("다른 자리에서 고친 메모"));
}

TEST_CASE("A save the database refuses for good is handed back after a few tries", "[db][outbox]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    OutboxDesk desk(db, QStringLiteral("counselor04"), dir.filePath(QStringLiteral("desk.sqlite")));
    CaseRecord r = newCase(QStringLiteral("없는 분류"));
    r.category = QStringLiteral("no_such_category");
    r.subcategory = QStringLiteral("no_such_category.x");
    REQUIRE(desk.outbox.enqueueCase(r, QUuid::createUuid()));

    QList<std::pair<CaseRecord, QString>> rejected;
    QObject::connect(&desk.outbox, &OutboxService::rejected, [&](const CaseRecord& mine, const QString& why) {
        rejected.append({mine, why});
    });
    for (int attempt = 0; attempt < 3 && rejected.isEmpty(); ++attempt)
        desk.replay();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().first.id == r.id);
    CHECK_FALSE(rejected.first().second.isEmpty());
    CHECK(desk.outbox.pendingCount() == 0);
    CHECK(one(db, QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"), {idOf(r)}).toInt() == 0);
}
