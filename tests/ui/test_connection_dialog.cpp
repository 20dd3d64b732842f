// SPDX-License-Identifier: Apache-2.0
#include "connection/ConnectionDialog.h"
#include "db/PrivateServer.h"
#include "db/SqlConnection.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <sys/stat.h>

using minwon::ConnectionConfig;
using minwon::ConnectionDialog;
using minwon::test::TestDatabase;

namespace {
QString runTest(ConnectionDialog& dialog)
{
    bool finished = false;
    QString message;
    QObject::connect(&dialog, &ConnectionDialog::testFinished, [&](bool, const QString& m) {
        finished = true;
        message = m;
    });
    dialog.testConnection();
    QElapsedTimer timer;
    timer.start();
    while (!finished && timer.elapsed() < 15000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return message;
}
} // namespace

TEST_CASE("The connection dialog round-trips its settings", "[ui]")
{
    ConnectionDialog dialog;
    ConnectionConfig c;
    c.mode = ConnectionConfig::Mode::Shared;
    c.hosts = {QStringLiteral("db-room1"), QStringLiteral("db-room2")};
    c.port = 6432;
    c.database = QStringLiteral("minwon");
    c.user = QStringLiteral("counselor01");
    c.sslMode = QStringLiteral("verify-full");
    c.sslRootCert = QStringLiteral("/etc/ssl/city-root.crt");
    c.applicationName = QStringLiteral("desk-07");
    dialog.setConfig(c);
    CHECK(dialog.config() == c);
}

TEST_CASE("The connection dialog says in words what failed", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    const ConnectionConfig good = tdb.configAs(QStringLiteral("counselor05"));
    ConnectionDialog dialog;

    SECTION("nothing listens on the port")
    {
        ConnectionConfig c = good;
        c.mode = ConnectionConfig::Mode::Shared;
        c.hosts = {QStringLiteral("127.0.0.1")};
        c.port = 1;
        dialog.setConfig(c);
        CHECK(runTest(dialog).contains(QStringLiteral("cannot be reached")));
    }
    SECTION("the database does not exist")
    {
        ConnectionConfig c = good;
        c.mode = ConnectionConfig::Mode::Shared;
        c.database = QStringLiteral("no_such_db");
        dialog.setConfig(c);
        CHECK(runTest(dialog).contains(QStringLiteral("does not exist")));
    }
    SECTION("the login is not a registered person")
    {
        ConnectionConfig c = good;
        c.mode = ConnectionConfig::Mode::Shared;
        c.user = QStringLiteral("minwon"); // the cluster's superuser, not a person
        dialog.setConfig(c);
        CHECK(runTest(dialog).contains(QStringLiteral("no person")));
    }
    SECTION("a counselor signs in")
    {
        ConnectionConfig c = good;
        c.mode = ConnectionConfig::Mode::Shared;
        dialog.setConfig(c);
        const QString message = runTest(dialog);
        CHECK(message.startsWith(QStringLiteral("Connected as")));
        CHECK(message.contains(QStringLiteral("Counselor")));
    }
    SECTION("a missing host is caught before any network")
    {
        ConnectionConfig c = good;
        c.mode = ConnectionConfig::Mode::Shared;
        c.hosts.clear();
        dialog.setConfig(c);
        CHECK(runTest(dialog).contains(QStringLiteral("host")));
    }
}

TEST_CASE("Wrong password, refused TLS and a too-new schema are told apart", "[ui][db][net]")
{
    // A server of its own with a TCP port, password authentication and no TLS.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/minwon-tcp-XXXXXX"));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    minwon::PrivateServer::Options options;
    options.rootDir = dir.path();
    options.tcpPort = port;
    options.durable = false;
    minwon::PrivateServer server(options);
    QString error;
    REQUIRE(server.start(&error) == minwon::PrivateServer::StartResult::Started);
    {
        minwon::SqlConnection admin(server.connectionConfig(QStringLiteral("postgres")), {},
                                    QStringLiteral("pw"));
        REQUIRE(admin.open());
        QSqlQuery q(admin.db());
        REQUIRE(q.exec(QStringLiteral("CREATE ROLE desk_user LOGIN PASSWORD 'right-password'")));
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE future OWNER desk_user")));
    }
    {
        // A database upgraded by a newer MinwonDesk.
        auto config = server.connectionConfig(QStringLiteral("future"));
        minwon::SqlConnection conn(config, {}, QStringLiteral("future"));
        REQUIRE(conn.open());
        QSqlQuery q(conn.db());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version int PRIMARY KEY, name text, "
                                      "applied_at timestamptz DEFAULT now(), applied_by text)")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')")));
        REQUIRE(q.exec(QStringLiteral("GRANT SELECT ON schema_migrations TO desk_user")));
    }
    ConnectionConfig c;
    c.mode = ConnectionConfig::Mode::Shared;
    c.hosts = {QStringLiteral("127.0.0.1")};
    c.port = port;
    c.database = QStringLiteral("future");
    c.user = QStringLiteral("desk_user");
    c.sslMode = QStringLiteral("disable");
    ConnectionDialog dialog;

    bool ok = false;
    CHECK(minwon::describeConnectionTest(c, QStringLiteral("wrong-password"), &ok)
              .contains(QStringLiteral("refused the user name or password")));
    CHECK_FALSE(ok);

    ConnectionConfig tls = c;
    tls.sslMode = QStringLiteral("require");
    const QString tlsMessage = minwon::describeConnectionTest(tls, QStringLiteral("right-password"), &ok);
    CHECK(tlsMessage.contains(QStringLiteral("TLS")));
    CHECK_FALSE(ok);

    const QString newer = minwon::describeConnectionTest(c, QStringLiteral("right-password"), &ok);
    CHECK(newer.contains(QStringLiteral("newer")));
    CHECK_FALSE(ok);

    REQUIRE(server.stop(&error));
}
