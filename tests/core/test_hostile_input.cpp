// SPDX-License-Identifier: Apache-2.0
// Hostile input through the case form's save path and the admin tool:
// quotes, SQL, right-to-left marks and replacement characters are stored
// exactly; NUL characters and oversized texts are refused with a clear
// error and leave nothing half-written.
#include "admin/AdminCli.h"
#include "db/DbError.h"
#include "db/SqlConnection.h"
#include "domain/CaseRecord.h"
#include "kb/ArticleFile.h"
#include "kb/KbRepository.h"
#include "services/CaseWriter.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

CaseRecord baseCase()
{
    CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01012341234"));
    r.category = QStringLiteral("covid19");
    r.subcategory = QStringLiteral("covid19.testing");
    r.summary = QStringLiteral("문의");
    r.answer = QStringLiteral("안내");
    r.wrapupCode = QStringLiteral("answered");
    return r;
}

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
    AdminCli cli(out, err);
    r.code = cli.run(args);
    out.flush();
    err.flush();
    return r;
}

} // namespace

TEST_CASE("The case save path stores hostile text exactly or refuses it whole", "[db][hostile]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    SqlConnection desk(db.configAs(QStringLiteral("counselor01")), {}, QStringLiteral("hostile-desk"));
    REQUIRE(desk.open());
    QSqlDatabase d = desk.db();
    SqlConnection owner(db.config(), {}, QStringLiteral("hostile-owner"));
    REQUIRE(owner.open());
    const int casesBefore = scalar(owner.db(), QStringLiteral("SELECT count(*) FROM cases")).toInt();

    // Faithful: quotes, SQL, backslashes, bidi controls, a replacement
    // character (what broken UTF-8 becomes in a QString) and an emoji.
    CaseRecord nasty = baseCase();
    nasty.citizenName = QStringLiteral("O'Brien \"") + QChar(0x202E) + QStringLiteral("kcah");
    nasty.address = QStringLiteral("한빛시'); DROP TABLE cases; --");
    nasty.summary = QStringLiteral("'; DROP TABLE cases; -- \\ \\x00 %s %n ") + QChar(0x200F) + QChar(0x2067)
        + QStringLiteral("עברית") + QChar(0x2069) + QChar(0xFFFD) + QStringLiteral(" 😀");
    nasty.answer = QString::fromUtf8("\xff\xfe broken \xc0\xaf utf-8");
    REQUIRE(writeCase(d, nasty).status == CaseWriteResult::Status::Saved);
    QSqlQuery q(owner.db());
    q.prepare(QStringLiteral("SELECT citizen_name, address, summary, answer FROM cases WHERE id = ?::uuid"));
    q.addBindValue(nasty.id.toString(QUuid::WithoutBraces));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == nasty.citizenName);
    CHECK(q.value(1).toString() == nasty.address);
    CHECK(q.value(2).toString() == nasty.summary);
    CHECK(q.value(3).toString() == nasty.answer);

    // A NUL character: refused before the database, nothing written.
    CaseRecord nul = baseCase();
    nul.summary = QStringLiteral("앞") + QChar(u'\0') + QStringLiteral("뒤");
    CaseWriteResult r = writeCase(d, nul);
    CHECK(r.status == CaseWriteResult::Status::Failed);
    CHECK(DbError::classify(r.error) == DbError::Kind::Invalid);
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"),
                 {nul.id.toString(QUuid::WithoutBraces)})
              .toInt()
          == 0);

    // One megabyte in each free-text field: the database's limits refuse it,
    // and the report and forwards of the same save are not left behind.
    const QString mega(1024 * 1024, QChar(0xD55C)); // 한
    for (int field = 0; field < 4; ++field) {
        CaseRecord big = baseCase();
        big.state = QStringLiteral("completed");
        big.report = ViolationReport {QUuid::createUuid(),
                                      QStringLiteral("other"),
                                      QStringLiteral("한빛시 동구"),
                                      {},
                                      QDateTime::currentDateTime(),
                                      QStringLiteral("설명"),
                                      {}};
        big.forwards = {{QUuid::createUuid(), QStringLiteral("enf_east"), QStringLiteral("action"), {}}};
        (field == 0       ? big.summary
             : field == 1 ? big.answer
             : field == 2 ? big.citizenName
                          : big.report->description)
            = mega;
        INFO(field);
        r = writeCase(d, big);
        CHECK(r.status == CaseWriteResult::Status::Failed);
        const DbError::Kind kind = DbError::classify(r.error);
        CHECK((kind == DbError::Kind::Invalid || kind == DbError::Kind::TooLong));
        CHECK_FALSE(DbError::describe(r.error).isEmpty());
        CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = ?::uuid"),
                     {big.id.toString(QUuid::WithoutBraces)})
                  .toInt()
              == 0);
        CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM violation_reports WHERE id = ?::uuid"),
                     {big.report->id.toString(QUuid::WithoutBraces)})
                  .toInt()
              == 0);
    }
    // The same connection still works afterwards (no transaction left open).
    CaseRecord after = baseCase();
    CHECK(writeCase(d, after).status == CaseWriteResult::Status::Saved);
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == casesBefore + 2);
}

TEST_CASE("The admin tool refuses hostile user names and stores hostile display names exactly",
          "[db][hostile][admin]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    const ConnectionConfig c = db.config();
    const QStringList where {QStringLiteral("--host"),    c.hosts.first(),
                             QStringLiteral("--port"),    QString::number(c.port),
                             QStringLiteral("--db"),      db.name(),
                             QStringLiteral("--user"),    c.user,
                             QStringLiteral("--sslmode"), QStringLiteral("disable")};
    QTemporaryFile passwordFile;
    REQUIRE(passwordFile.open());
    passwordFile.write("correct horse battery staple\n");
    passwordFile.flush();
    SqlConnection owner(c, {}, QStringLiteral("hostile-admin-owner"));
    REQUIRE(owner.open());
    const int people = scalar(owner.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();

    for (const QString& login :
         {QStringLiteral("x'; DROP TABLE people; --"), QStringLiteral("Robert\"); DROP ROLE minwon_admin;--"),
          QStringLiteral("minwon_admin"), QStringLiteral("pg_read_all_data"), QStringLiteral("a"),
          QString(300, QLatin1Char('a')), QStringLiteral("us") + QChar(0x202E) + QStringLiteral("er")}) {
        INFO(login.toStdString());
        const Run r = admin(where
                            + QStringList {QStringLiteral("user"), QStringLiteral("add"), login,
                                           QStringLiteral("--name"), QStringLiteral("누구"),
                                           QStringLiteral("--role"), QStringLiteral("counselor"),
                                           QStringLiteral("--password-file"), passwordFile.fileName()});
        CHECK(r.code == AdminCli::Usage);
        CHECK(r.err.contains(QStringLiteral("sign-in name")));
    }
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    // An oversized display name: refused by the database, no role left behind.
    const QString bigLogin = QStringLiteral("hostile_big_") + suffix;
    Run r = admin(where
                  + QStringList {QStringLiteral("user"), QStringLiteral("add"), bigLogin,
                                 QStringLiteral("--name"), QString(1024 * 1024, QLatin1Char('N')),
                                 QStringLiteral("--role"), QStringLiteral("counselor"),
                                 QStringLiteral("--password-file"), passwordFile.fileName()});
    CHECK(r.code == AdminCli::Failed);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {bigLogin})
              .toInt()
          == 0);
    // An unknown role, a short password: clear errors.
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("hostile_r_") + suffix, QStringLiteral("--name"),
                             QStringLiteral("누구"), QStringLiteral("--role"), QStringLiteral("root'--"),
                             QStringLiteral("--password-file"), passwordFile.fileName()});
    CHECK(r.code == AdminCli::Usage);
    CHECK(r.err.contains(QStringLiteral("Unknown role")));
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == people);
    CHECK(scalar(owner.db(),
                 QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'hostile\\_%' "
                                "AND rolname LIKE ?"),
                 {QStringLiteral("%") + suffix})
              .toInt()
          == 0);

    // A display name with quotes and bidi marks is stored exactly.
    const QString login = QStringLiteral("hostile_ok_") + suffix;
    const QString name
        = QStringLiteral("O'Neil \"") + QChar(0x202E) + QStringLiteral("); DROP TABLE people;--");
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                             name, QStringLiteral("--role"), QStringLiteral("counselor"),
                             QStringLiteral("--room"), QStringLiteral("1"), QStringLiteral("--password-file"),
                             passwordFile.fileName()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == AdminCli::Ok);
    CHECK(scalar(owner.db(), QStringLiteral("SELECT display_name FROM people WHERE login = ?"), {login})
              .toString()
          == name);
    r = admin(where + QStringList {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(r.code == AdminCli::Ok);
    CHECK(r.out.contains(login + QStringLiteral("\tcounselor\tactive\t1\t\t") + name));
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("set-role"), login,
                             QStringLiteral("supervisor")});
    CHECK(r.code == AdminCli::Ok);
    r = admin(where + QStringList {QStringLiteral("user"), QStringLiteral("disable"), login});
    CHECK(r.code == AdminCli::Ok);
    CHECK_FALSE(
        scalar(owner.db(), QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login})
            .toBool());
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("reset-password"), login,
                             QStringLiteral("--password-file"), passwordFile.fileName()});
    CHECK(r.code == AdminCli::Ok);
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("disable"),
                             QStringLiteral("nobody_") + suffix});
    CHECK(r.code == AdminCli::Failed);
    CHECK(r.err.contains(QStringLiteral("Nobody signs in")));
    // A password is never taken from the command line.
    r = admin(where
              + QStringList {QStringLiteral("user"), QStringLiteral("reset-password"), login,
                             QStringLiteral("--password"), QStringLiteral("secret")});
    CHECK(r.code == AdminCli::Usage);
}

TEST_CASE("A guidance import stores hostile text exactly or refuses the file whole", "[db][hostile][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    SqlConnection editor(db.configAs(QStringLiteral("editor1")), {}, QStringLiteral("hostile-editor"));
    REQUIRE(editor.open());
    QSqlDatabase d = editor.db();
    SqlConnection owner(db.config(), {}, QStringLiteral("hostile-kb-owner"));
    REQUIRE(owner.open());
    const QString id = QStringLiteral("hostile-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto file = [&](const QString& title, const QString& body) {
        return QStringLiteral("---\nid: %1\ntitle: %2\ncategory: covid19.testing\ntags: [검사, 안내]\n"
                              "effective_from: 2021-04-12\n---\n")
                   .arg(id, title)
            + body;
    };
    auto import = [&](const ArticleFile& article, QString* error) {
        REQUIRE(d.transaction());
        KbRepository repository(d);
        if (!repository.insertVersion(article, 1, {}, error)) {
            d.rollback();
            return false;
        }
        return d.commit();
    };

    // Refused by the parser: NUL, broken UTF-8.
    ArticleFile article;
    ArticleFile::ParseError parseError;
    CHECK_FALSE(ArticleFile::parse(
        file(QStringLiteral("제목"), QStringLiteral("앞") + QChar(u'\0') + QStringLiteral("뒤")), &article,
        &parseError));
    CHECK_FALSE(parseError.message.isEmpty());
    CHECK_FALSE(
        ArticleFile::parse(QString::fromUtf8(file(QStringLiteral("제목"), QString()).toUtf8() + "\xff\xfe"),
                           &article, &parseError));
    CHECK_FALSE(parseError.message.isEmpty());

    // Refused by the database: a body of 1 MB (the limit is 200,000 characters); nothing left behind.
    REQUIRE(ArticleFile::parse(file(QStringLiteral("큰 본문"), QString(1024 * 1024, QChar(0xAC00))), &article,
                               &parseError));
    QString error;
    CHECK_FALSE(import(article, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM kb_articles WHERE id = ?"), {id}).toInt()
          == 0);

    // Stored exactly: quotes, SQL, bidi controls.
    const QString title
        = QStringLiteral("O'Reilly '); DROP TABLE kb_versions; -- ") + QChar(0x202E) + QStringLiteral("꾸");
    const QString body = QStringLiteral("본문 \"인용\" \\n '; DELETE FROM cases; --\n") + QChar(0x2067)
        + QStringLiteral("עברית") + QChar(0x2069) + QStringLiteral("\n");
    REQUIRE(ArticleFile::parse(file(title, body), &article, &parseError));
    INFO(error.toStdString());
    REQUIRE(import(article, &error));
    QSqlQuery q(owner.db());
    q.prepare(QStringLiteral("SELECT title, body FROM kb_versions WHERE article_id = ? AND version_no = 1"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == article.title);
    CHECK(q.value(1).toString() == article.body);
    CHECK(article.title.contains(QStringLiteral("DROP TABLE")));
    CHECK(scalar(owner.db(), QStringLiteral("SELECT count(*) FROM kb_versions")).toInt() > 1);
}
