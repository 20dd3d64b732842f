// SPDX-License-Identifier: Apache-2.0
// TLS to a shared server: a server with a certificate made here (its own CA),
// verify-full succeeds for the right host name and is refused, with a clear
// error, for a wrong one. The login uses a SCRAM-SHA-256 verifier made by the
// app, so the password check is real too.
#include "db/DbError.h"
#include "db/PrivateServer.h"
#include "db/ScramVerifier.h"
#include "db/SqlConnection.h"
#include "support/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace minwon;

namespace {

bool openssl(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        WARN(QString::fromLocal8Bit(p.readAll()).toStdString());
        return false;
    }
    return true;
}

// A CA and a server certificate for "localhost" signed by it (EC keys: fast).
bool makeCertificates(const QString& dir, const QString& caName)
{
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost\n");
    ext.close();
    return openssl(dir,
                   QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                       + QStringList {QStringLiteral("-keyout"), caName + QStringLiteral(".key"),
                                      QStringLiteral("-out"), caName + QStringLiteral(".crt"),
                                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=MinwonDesk test CA ") + caName})
        && openssl(dir,
                   QStringList {QStringLiteral("req")} + ec
                       + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                      QStringLiteral("-out"), QStringLiteral("server.csr"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
        && openssl(dir,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), caName + QStringLiteral(".crt"),
                    QStringLiteral("-CAkey"), caName + QStringLiteral(".key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    QStringLiteral("server.ext")});
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

TEST_CASE("verify-full connects to the right host name and refuses a wrong one", "[db][tls]")
{
    // The test makes its certificates with the openssl command.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty());
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/minwon-tls-XXXXXX"));
    REQUIRE(dir.isValid());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const QString certs = dir.filePath(QStringLiteral("certs"));
    QDir().mkpath(certs);
    ::chmod(QFile::encodeName(certs).constData(), 0755);
    REQUIRE(makeCertificates(certs, QStringLiteral("ca")));
    REQUIRE(makeCertificates(dir.path(), QStringLiteral("other-ca"))); // a CA the server does not use
    // PostgreSQL reads its key only when it owns it with no access for others.
    const QString key = certs + QStringLiteral("/server.key");
    ::chmod(QFile::encodeName(key).constData(), 0600);
    if (::geteuid() == 0) {
        const QByteArray user = qEnvironmentVariableIsSet("MINWON_PG_USER") ? qgetenv("MINWON_PG_USER")
                                                                            : QByteArray("postgres");
        const passwd* pw = ::getpwnam(user.constData());
        if (!pw)
            pw = ::getpwnam("nobody");
        REQUIRE(pw);
        REQUIRE(::chown(QFile::encodeName(key).constData(), pw->pw_uid, pw->pw_gid) == 0);
    }

    PrivateServer::Options options;
    options.rootDir = dir.filePath(QStringLiteral("server"));
    options.durable = false;
    options.tcpPort = freePort();
    options.maxConnections = 20;
    options.extraConfig
        = {QStringLiteral("ssl = on"), QStringLiteral("ssl_cert_file = '%1/server.crt'").arg(certs),
           QStringLiteral("ssl_key_file = '%1'").arg(key)};
    // Over TCP only TLS with a password is accepted.
    options.extraHba = {QStringLiteral("hostnossl all all 0.0.0.0/0 reject"),
                        QStringLiteral("hostssl all all 127.0.0.1/32 scram-sha-256")};
    PrivateServer server(options);
    QString error;
    REQUIRE(server.start(&error) != PrivateServer::StartResult::Failed);
    INFO(error.toStdString());

    const QString password = QStringLiteral("비밀번호-correct horse");
    {
        SqlConnection owner(server.connectionConfig(QStringLiteral("postgres")), {},
                            QStringLiteral("tls-owner"));
        REQUIRE(owner.open(&error));
        QSqlQuery q(owner.db());
        REQUIRE(q.exec(
            QStringLiteral("CREATE ROLE tls_desk LOGIN PASSWORD '%1'").arg(ScramVerifier::make(password))));
    }

    ConnectionConfig config;
    config.mode = ConnectionConfig::Mode::Shared;
    config.hosts = {QStringLiteral("localhost")};
    config.port = options.tcpPort;
    config.database = QStringLiteral("postgres");
    config.user = QStringLiteral("tls_desk");
    config.sslMode = QStringLiteral("verify-full");
    config.sslRootCert = certs + QStringLiteral("/ca.crt");
    config.readWrite = false;
    {
        SqlConnection desk(config, password, QStringLiteral("tls-right"));
        INFO(error.toStdString());
        REQUIRE(desk.open(&error));
        QSqlQuery q(desk.db());
        REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool());
    }
    // The right certificate, but the name the desk asked for is not on it.
    {
        ConnectionConfig wrong = config;
        wrong.hosts = {QStringLiteral("127.0.0.1")};
        SqlConnection desk(wrong, password, QStringLiteral("tls-wrong-host"));
        CHECK_FALSE(desk.open(&error));
        CHECK(DbError::classify(desk.lastError()) == DbError::Kind::TlsRefused);
        CHECK(error.contains(QStringLiteral("does not match host name")));
    }
    // A root certificate that did not sign the server's.
    {
        ConnectionConfig stranger = config;
        stranger.sslRootCert = dir.filePath(QStringLiteral("other-ca.crt"));
        SqlConnection desk(stranger, password, QStringLiteral("tls-wrong-ca"));
        CHECK_FALSE(desk.open(&error));
        CHECK(DbError::classify(desk.lastError()) == DbError::Kind::TlsRefused);
    }
    // A wrong password is told apart from a TLS problem.
    {
        SqlConnection desk(config, QStringLiteral("not the password"), QStringLiteral("tls-bad-password"));
        CHECK_FALSE(desk.open(&error));
        CHECK(DbError::classify(desk.lastError()) == DbError::Kind::AuthFailed);
    }
    // Without TLS the server refuses.
    {
        ConnectionConfig plain = config;
        plain.sslMode = QStringLiteral("disable");
        SqlConnection desk(plain, password, QStringLiteral("tls-plain"));
        CHECK_FALSE(desk.open(&error));
    }
    server.stop();
}
