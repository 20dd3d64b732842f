// SPDX-License-Identifier: Apache-2.0
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "db/SqlScript.h"
#include "support/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using minwon::PrivateServer;
using minwon::SqlConnection;

namespace {

PrivateServer::Options throwaway(const QString& dir)
{
    PrivateServer::Options o;
    o.rootDir = dir;
    o.durable = false;
    return o;
}

QString scalar(const minwon::ConnectionConfig& config, const QString& sql)
{
    SqlConnection conn(config, {}, QStringLiteral("ps-test"));
    QString error;
    if (!conn.open(&error))
        return QStringLiteral("ERROR: ") + error;
    QSqlQuery q(conn.db());
    for (const auto& statement : minwon::splitSqlScript(sql)) {
        if (!q.exec(statement.text))
            return QStringLiteral("ERROR: ") + q.lastError().text();
    }
    if (!q.next())
        return QStringLiteral("ERROR: no row");
    return q.value(0).toString();
}

// /tmp: reachable by the unprivileged server user when the tests run as root.
QString tempRoot()
{
    return QDir::tempPath() + QStringLiteral("/minwon-ps-XXXXXX");
}

} // namespace

TEST_CASE("The private server starts, is reused, stops and keeps its data", "[db][server]")
{
    QTemporaryDir dir(tempRoot());
    REQUIRE(dir.isValid());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QString error;
    {
        PrivateServer server(throwaway(dir.path()));
        CHECK_FALSE(server.isInitialized());
        REQUIRE(server.start(&error) == PrivateServer::StartResult::Started);
        CHECK(server.isInitialized());
        CHECK(server.isRunning());
        CHECK(server.startedHere());
        REQUIRE(server.ensureDatabase(QStringLiteral("keep"), &error));

        const auto config = server.connectionConfig(QStringLiteral("keep"));
        // UTF-8 with the C.UTF-8 locale: pg_trgm sees Hangul.
        CHECK(scalar(config, QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = 'keep'"))
              == QStringLiteral("C.UTF-8"));
        CHECK(scalar(config,
                     QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                                    "WHERE datname = 'keep'"))
              == QStringLiteral("UTF8"));
        CHECK(scalar(config,
                     QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                                    "SELECT array_length(show_trgm('선별검사소'), 1)::text"))
                  .toInt()
              > 0);
        // No TCP port unless asked.
        CHECK(scalar(config, QStringLiteral("SHOW listen_addresses")).isEmpty());
        CHECK(scalar(config,
                     QStringLiteral("SELECT 'ok'::text FROM (SELECT 1) s WHERE "
                                    "current_setting('unix_socket_directories') = '%1'")
                         .arg(server.socketDir()))
              == QStringLiteral("ok"));
        CHECK(scalar(config,
                     QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('저장됨'); "
                                    "SELECT 'done'"))
              == QStringLiteral("done"));

        if (::geteuid() == 0) {
            // PostgreSQL refuses root: the server runs as an unprivileged user.
            struct stat st
            {
            };
            REQUIRE(
                ::stat(QStringLiteral("/proc/%1").arg(server.postmasterPid()).toLocal8Bit().constData(), &st)
                == 0);
            CHECK(st.st_uid != 0);
        }

        // A second desk on the same directory reuses the running server.
        PrivateServer second(throwaway(dir.path()));
        CHECK(second.start(&error) == PrivateServer::StartResult::AlreadyRunning);
        CHECK_FALSE(second.startedHere());
        CHECK(second.socketDir() == server.socketDir());

        REQUIRE(server.stop(&error));
        CHECK_FALSE(server.isRunning());
        CHECK_FALSE(QFile::exists(server.dataDir() + QStringLiteral("/postmaster.pid")));
    }
    {
        // Next run: same cluster, same data, no initdb.
        PrivateServer again(throwaway(dir.path()));
        CHECK(again.isInitialized());
        REQUIRE(again.start(&error) == PrivateServer::StartResult::Started);
        CHECK(scalar(again.connectionConfig(QStringLiteral("keep")), QStringLiteral("SELECT v FROM kept"))
              == QStringLiteral("저장됨"));
        REQUIRE(again.stop(&error));
    }
}

TEST_CASE("The private server recovers after kill -9", "[db][server]")
{
    QTemporaryDir dir(tempRoot());
    REQUIRE(dir.isValid());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QString error;
    PrivateServer server(throwaway(dir.path()));
    REQUIRE(server.start(&error) == PrivateServer::StartResult::Started);
    REQUIRE(server.ensureDatabase(QStringLiteral("crash"), &error));
    const auto config = server.connectionConfig(QStringLiteral("crash"));
    REQUIRE(scalar(config, QStringLiteral("CREATE TABLE t (v int); INSERT INTO t VALUES (42); SELECT 'x'"))
            == QStringLiteral("x"));
    REQUIRE(scalar(config, QStringLiteral("CHECKPOINT; SELECT 'x'")) == QStringLiteral("x"));

    const qint64 pid = server.postmasterPid();
    REQUIRE(pid > 0);
    REQUIRE(::kill(pid_t(pid), SIGKILL) == 0);
    for (int i = 0; i < 100 && server.isRunning(); ++i)
        QThread::msleep(50);
    CHECK_FALSE(server.isRunning());
    // The lock file is left behind: a stale postmaster.pid.
    CHECK(QFile::exists(server.dataDir() + QStringLiteral("/postmaster.pid")));

    PrivateServer next(throwaway(dir.path()));
    REQUIRE(next.start(&error) == PrivateServer::StartResult::Started);
    CHECK(next.postmasterPid() != pid);
    CHECK(scalar(next.connectionConfig(QStringLiteral("crash")), QStringLiteral("SELECT v FROM t"))
          == QStringLiteral("42"));
    REQUIRE(next.stop(&error));
}

TEST_CASE("A stale lock file naming a live foreign process is cleared", "[db][server]")
{
    QTemporaryDir dir(tempRoot());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QString error;
    {
        PrivateServer server(throwaway(dir.path()));
        REQUIRE(server.start(&error) == PrivateServer::StartResult::Started);
        REQUIRE(server.stop(&error));
    }
    // After a reboot the old number may belong to an unrelated program: here, us.
    QFile pidFile(dir.path() + QStringLiteral("/data/postmaster.pid"));
    REQUIRE(pidFile.open(QIODevice::WriteOnly));
    pidFile.write(QByteArray::number(qint64(::getpid())) + "\n" + QFile::encodeName(dir.path()) + "/data\n");
    pidFile.close();
    PrivateServer server(throwaway(dir.path()));
    CHECK_FALSE(server.isRunning());
    REQUIRE(server.start(&error) == PrivateServer::StartResult::Started);
    CHECK(server.isRunning());
    REQUIRE(server.stop(&error));
}

TEST_CASE("Missing PostgreSQL programs give a clear message", "[server]")
{
    QTemporaryDir dir(tempRoot());
    auto options = throwaway(dir.path());
    options.binDir = dir.path() + QStringLiteral("/no-such-bin");
    PrivateServer server(options);
    QString error;
    CHECK(server.start(&error) == PrivateServer::StartResult::Failed);
    CHECK(error.contains(QStringLiteral("initdb")));
    CHECK(error.contains(QStringLiteral("apt install postgresql")));
}

TEST_CASE("A non-empty directory without a cluster is not touched", "[server]")
{
    QTemporaryDir dir(tempRoot());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QDir().mkpath(dir.path() + QStringLiteral("/data"));
    QFile stray(dir.path() + QStringLiteral("/data/notes.txt"));
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write("important");
    stray.close();
    PrivateServer server(throwaway(dir.path()));
    QString error;
    CHECK(server.start(&error) == PrivateServer::StartResult::Failed);
    CHECK(error.contains(QStringLiteral("not empty")));
    CHECK(QFile::exists(dir.path() + QStringLiteral("/data/notes.txt")));
}
