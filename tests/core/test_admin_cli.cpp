// SPDX-License-Identifier: Apache-2.0
#include "admin/AdminCli.h"
#include "db/PrivateServer.h"
#include "support/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run admin(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    minwon::AdminCli cli(out, err);
    r.code = cli.run(args);
    out.flush();
    err.flush();
    return r;
}

} // namespace

TEST_CASE("minwon-admin drives the private database end to end", "[db][admin]")
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/minwon-admin-XXXXXX"));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const QString root = dir.path();
    qputenv("MINWON_SETTINGS", QFile::encodeName(dir.filePath(QStringLiteral("settings.conf"))));

    Run r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("server"), QStringLiteral("status")});
    CHECK(r.code == 3);
    CHECK(r.out.startsWith(QStringLiteral("stopped")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("migrate"), QStringLiteral("--status")});
    CHECK(r.code == 1); // an empty database is not up to date
    CHECK(r.out.contains(QStringLiteral("schema version 0")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("migrate")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("applying 0001 core")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("migrate")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("up to date")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("seed-demo"), QStringLiteral("--days"),
               QStringLiteral("1"), QStringLiteral("--per-day"), QStringLiteral("60")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Demo data loaded")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("seed-demo")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("already loaded")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("info")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("people\t61\n")));

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("seed-demo"), QStringLiteral("--days"),
               QStringLiteral("many")});
    CHECK(r.code == 2);

    r = admin({QStringLiteral("--data-dir"), root, QStringLiteral("server"), QStringLiteral("stop")});
    CHECK(r.code == 0);
    minwon::PrivateServer::Options options;
    options.rootDir = root;
    CHECK_FALSE(minwon::PrivateServer(options).isRunning());
    qunsetenv("MINWON_SETTINGS");
}

TEST_CASE("minwon-admin explains bad command lines", "[admin]")
{
    Run r = admin({QStringLiteral("frobnicate")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    r = admin({QStringLiteral("--port")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--port")));
    r = admin({});
    CHECK(r.code == 2);
    CHECK(r.out.contains(QStringLiteral("seed-demo")));
}
