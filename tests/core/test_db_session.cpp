// SPDX-License-Identifier: Apache-2.0
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using minwon::DbResult;
using minwon::DbSession;
using minwon::test::TestDatabase;

namespace {
bool waitFor(const std::function<bool()>& condition, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}
} // namespace

TEST_CASE("A session runs jobs off the calling thread and hears other desks' changes", "[db][session]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    DbSession session(tdb.configAs(QStringLiteral("counselor02")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));

    Qt::HANDLE jobThread = nullptr;
    QString who;
    bool done = false;
    session.run(
        [&jobThread](QSqlDatabase& db) {
            jobThread = QThread::currentThreadId();
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
                return DbResult::failure(q.lastError());
            return DbResult::success(q.value(0));
        },
        [&](const DbResult& result) {
            who = result.value.toString();
            done = true;
            CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
        });
    REQUIRE(waitFor([&] { return done; }));
    CHECK(who == QStringLiteral("counselor02"));
    CHECK(jobThread != QThread::currentThreadId());

    // Another desk (another connection) inserts a contact; this one is told.
    QStringList seen;
    QObject::connect(&session, &DbSession::changed,
                     [&](const QString& table, const QString& op, const QString& id, const QJsonObject&) {
                         if (table == QLatin1String("contacts"))
                             seen << op + QLatin1Char(':') + id;
                     });
    {
        minwon::SqlConnection other(tdb.configAs(QStringLiteral("counselor03")), {},
                                    QStringLiteral("other-desk"));
        REQUIRE(other.open());
        QSqlQuery q(other.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts (id, channel, sender) VALUES "
                                      "('6f1c2a34-0000-4000-8000-000000000001', 'sms', '01055556666')")));
    }
    REQUIRE(waitFor([&] { return !seen.isEmpty(); }));
    CHECK(seen.first() == QStringLiteral("I:6f1c2a34-0000-4000-8000-000000000001"));
}

TEST_CASE("A session to a server that is not there says so in words", "[db][session]")
{
    minwon::ConnectionConfig config;
    config.mode = minwon::ConnectionConfig::Mode::Shared;
    config.hosts = {QStringLiteral("127.0.0.1")};
    config.port = 1; // nothing listens here
    config.user = QStringLiteral("nobody");
    config.connectTimeoutSeconds = 2;
    DbSession session(config, {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Offline; }));
    CHECK(session.stateMessage().contains(QStringLiteral("cannot be reached")));
}
