// SPDX-License-Identifier: Apache-2.0
#include "db/ConnectionConfig.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using minwon::ConnectionConfig;

TEST_CASE("Shared-server options become libpq keywords", "[settings]")
{
    ConnectionConfig c;
    c.mode = ConnectionConfig::Mode::Shared;
    c.hosts = {QStringLiteral("db-room1"), QStringLiteral("db-room2")};
    c.port = 5433;
    c.user = QStringLiteral("counselor01");
    c.sslMode = QStringLiteral("verify-full");
    c.sslRootCert = QStringLiteral("/etc/minwon/root ca.crt");
    c.applicationName = QStringLiteral("desk 12");
    const QString options = c.connectOptions();
    CHECK(options.contains(QStringLiteral("host=db-room1,db-room2")));
    CHECK(options.contains(QStringLiteral("port=5433")));
    CHECK(options.contains(QStringLiteral("sslmode=verify-full")));
    CHECK(options.contains(QStringLiteral("sslrootcert='/etc/minwon/root ca.crt'")));
    CHECK(options.contains(QStringLiteral("application_name='desk 12'")));
    CHECK(options.contains(QStringLiteral("target_session_attrs=read-write")));
    CHECK(options.contains(QStringLiteral("keepalives=1")));
    c.sslRootCert = QCoreApplication::applicationFilePath(); // any existing file
    CHECK(c.validate().isEmpty());
}

TEST_CASE("Connection settings are validated in words", "[settings]")
{
    ConnectionConfig c;
    c.mode = ConnectionConfig::Mode::Shared;
    CHECK(c.validate().contains(QStringLiteral("host")));
    c.hosts = {QStringLiteral("db")};
    c.user = QStringLiteral("x");
    c.port = 0;
    CHECK(c.validate().contains(QStringLiteral("port")));
    c.port = 5432;
    c.sslMode = QStringLiteral("sometimes");
    CHECK(c.validate().contains(QStringLiteral("sometimes")));
    c.sslMode = QStringLiteral("verify-full");
    c.sslRootCert = QStringLiteral("/nonexistent/ca.crt");
    CHECK(c.validate().contains(QStringLiteral("/nonexistent/ca.crt")));
}

TEST_CASE("Settings round-trip and never store a password", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.conf"));
    ConnectionConfig c;
    c.mode = ConnectionConfig::Mode::Shared;
    c.hosts = {QStringLiteral("10.0.1.5"), QStringLiteral("10.0.2.5")};
    c.port = 6543;
    c.database = QStringLiteral("minwon_prod");
    c.user = QStringLiteral("supervisor1");
    c.sslMode = QStringLiteral("require");
    c.applicationName = QStringLiteral("desk-r1-07");
    {
        // An old version once wrote a password: the next save removes it.
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("connection/password"), QStringLiteral("secret"));
    }
    {
        minwon::DeskSettings settings(file);
        settings.setConnection(c);
        settings.setLanguage(QStringLiteral("ko"));
        settings.setFontPointSize(14);
        settings.sync();
    }
    minwon::DeskSettings again(file);
    CHECK(again.connection() == c);
    CHECK(again.hasSharedServer());
    CHECK(again.language() == QStringLiteral("ko"));
    CHECK(again.fontPointSize() == 14);
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    CHECK_FALSE(text.contains("password"));
    CHECK_FALSE(text.contains("secret"));
}

TEST_CASE("Damaged settings fall back to safe values", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.conf"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("connection/mode"), QStringLiteral("shared"));
        raw.setValue(QStringLiteral("connection/port"), QStringLiteral("eighty"));
        raw.setValue(QStringLiteral("connection/sslmode"), QStringLiteral("maybe"));
        raw.setValue(QStringLiteral("connection/connect_timeout"), -4);
        raw.setValue(QStringLiteral("ui/font_points"), 400);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    }
    minwon::DeskSettings settings(file);
    const ConnectionConfig c = settings.connection();
    CHECK(c.port == 5432);
    CHECK(c.sslMode == QStringLiteral("prefer"));
    CHECK(c.connectTimeoutSeconds == 5);
    CHECK(settings.fontPointSize() == 0);
    CHECK(settings.language().isEmpty());
    CHECK_FALSE(settings.hasSharedServer()); // shared, but no host: not usable
}
