// SPDX-License-Identifier: Apache-2.0
#include "connection/ConnectionDialog.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>

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
