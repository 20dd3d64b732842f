// SPDX-License-Identifier: Apache-2.0
// minwon-admin report: the scheduled daily report, CSV and PDF.
#include "admin/AdminCli.h"
#include "core/test_reports_fixture.h"
#include "db/SqlConnection.h"
#include "db/SqlScript.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using minwon::test::TestDatabase;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run admin(const TestDatabase& db, QStringList args)
{
    const minwon::ConnectionConfig c = db.config();
    args = QStringList {QStringLiteral("--host"),    c.hosts.join(QLatin1Char(',')),
                        QStringLiteral("--port"),    QString::number(c.port),
                        QStringLiteral("--db"),      c.database,
                        QStringLiteral("--user"),    c.user,
                        QStringLiteral("--sslmode"), QStringLiteral("disable")}
        + args;
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    minwon::AdminCli cli(out, err);
    r.code = cli.run(args);
    out.flush();
    err.flush();
    return r;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("minwon-admin report writes the day's CSV and PDF, and the PDF's text holds the figures",
          "[db][reports][admin]")
{
    TestDatabase db(TestDatabase::Kind::Migrated);
    {
        minwon::SqlConnection owner(db.config(), {}, QStringLiteral("owner"));
        REQUIRE(owner.open());
        QSqlQuery q(owner.db());
        for (const minwon::SqlStatement& s :
             minwon::splitSqlScript(QString::fromUtf8(minwon::test::kFixture)))
            REQUIRE(q.exec(s.text));
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
    const QString csv = dir.filePath(QStringLiteral("daily.csv"));

    Run r = admin(db, {QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2021-04-16")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("71.4 %")));

    r = admin(db,
              {QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2021-04-16"),
               QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("2021-04-16,2021-04-16,Counselor,김상담,3,3,0")));

    const QString text = pdfText(pdf);
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(QStringLiteral("Fri 16 Apr 2021")));
    // Headline: 8 contacts, service level 5 ÷ 7, ASA 312 s, AHT 326 s, abandoned 2 ÷ 8, FCR 4 ÷ 6.
    for (const char* figure : {"71.4 %", "5:12", "5:26", "25.0 %", "66.7 %"})
        CHECK(text.contains(QLatin1String(figure)));
    // Hangul in the embedded font, extractable.
    CHECK(text.contains(QStringLiteral("김상담")));
    CHECK(text.contains(QStringLiteral("이상담")));
    // The tables: the phone line (7 contacts, 5 answered, 2 abandoned, 66.7 %) and the hour of 23.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Phone\\s+7\\s+5\\s+2\\s+66\\.7 %\\s+20 s"))));
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("23:00\\s+1\\s+1\\s+0\\s+100\\.0 %\\s+30:00\\s+12:00"))));

    // A month, and a bad date.
    r = admin(db,
              {QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2021-04-01"),
               QStringLiteral("--to"), QStringLiteral("2021-04-30"), QStringLiteral("--csv"), csv});
    CHECK(r.code == 0);
    r = admin(db, {QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("16.4.2021")});
    CHECK(r.code == 2);
    r = admin(db, {QStringLiteral("report")});
    CHECK(r.code == 2);
    r = admin(db, {QStringLiteral("report"), QStringLiteral("--rebuild-rollup")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("holds")));
}
