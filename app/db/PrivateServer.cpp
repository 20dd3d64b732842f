// SPDX-License-Identifier: Apache-2.0
#include "db/PrivateServer.h"

#include "db/SqlConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace minwon {

namespace {

/// The data directory belongs to the server's user, who could put a link
/// where this (root) process writes or hands over a file: the link goes,
/// and the file is made anew in its place.
void dropSymlink(const QString& path)
{
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
}

constexpr int kSocketPathMax = 100; // sun_path is 108 bytes including ".s.PGSQL.NNNNN"

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM;
}

bool isPostgresProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return processAlive(pid); // no /proc: trust kill()
    const QByteArray name = comm.readAll().trimmed();
    if (name != "postgres" && name != "postmaster")
        return false;
    // A killed postmaster nobody reaped yet (a container's init may never
    // reap) still answers kill(0) and keeps its name: a zombie is dead.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X'))
            return false;
    }
    return true;
}

QStringList readPidFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

} // namespace

PrivateServer::PrivateServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.rootDir.isEmpty())
        m_options.rootDir = defaultRootDir();
    m_options.rootDir = QDir::cleanPath(QDir(m_options.rootDir).absolutePath());

    m_socketDir = m_options.rootDir + QStringLiteral("/run");
    if ((m_socketDir + QStringLiteral("/.s.PGSQL.%1").arg(port())).toUtf8().size() > kSocketPathMax) {
        // A deep home directory would overflow the socket path; fall back to a
        // short private directory named after the cluster.
        const QByteArray hash
            = QCryptographicHash::hash(m_options.rootDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
        m_socketDir = QStringLiteral("/tmp/minwon-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
    }

    if (::geteuid() == 0) {
        QByteArray name = qgetenv("MINWON_PG_USER");
        if (name.isEmpty())
            name = ::getpwnam("postgres") ? QByteArray("postgres") : QByteArray("nobody");
        if (const passwd* pw = ::getpwnam(name.constData())) {
            m_serviceUid = static_cast<int>(pw->pw_uid);
            m_serviceGid = static_cast<int>(pw->pw_gid);
            m_serviceUser = QString::fromLocal8Bit(name);
        }
    }
}

PrivateServer::~PrivateServer() = default;

QString PrivateServer::defaultRootDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/minwon-desk/private-db");
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/minwon-desk/private-db");
}

QString PrivateServer::findBinDir(QString* error, const QString& only)
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("MINWON_PG_BINDIR");
    if (!only.isEmpty())
        candidates << only;
    else if (!fromEnv.isEmpty())
        candidates << fromEnv;
    // Debian keeps the server programs out of PATH, one directory per major version.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions)
        candidates << lib.filePath(v + QStringLiteral("/bin"));
    const QString initdbInPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdbInPath.isEmpty())
        candidates << QFileInfo(initdbInPath).absolutePath();
    if (only.isEmpty())
        candidates << QStringLiteral("/usr/local/pgsql/bin");
    else
        candidates = {only};

    for (const QString& dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/postgres")).isExecutable())
            return dir;
    }
    if (error)
        *error
            = tr("The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. "
                 "Install them with \"apt install postgresql\", or set MINWON_PG_BINDIR to their directory.");
    return {};
}

QString PrivateServer::dataDir() const
{
    return m_options.rootDir + QStringLiteral("/data");
}

QString PrivateServer::socketDir() const
{
    return m_socketDir;
}

QString PrivateServer::logFile() const
{
    return m_options.rootDir + QStringLiteral("/server.log");
}

int PrivateServer::port() const
{
    return m_options.tcpPort > 0 ? m_options.tcpPort : m_options.socketPort;
}

bool PrivateServer::isInitialized() const
{
    return QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
}

qint64 PrivateServer::postmasterPid() const
{
    const QStringList lines = readPidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (lines.isEmpty())
        return 0;
    return lines.first().trimmed().toLongLong();
}

bool PrivateServer::isRunning() const
{
    const qint64 pid = postmasterPid();
    return pid > 0 && processAlive(pid) && isPostgresProcess(pid);
}

bool PrivateServer::runTool(const QString& tool, const QStringList& args, QString* output,
                            int timeoutMs) const
{
    QProcess process;
    process.setProgram(m_binDir + QLatin1Char('/') + tool);
    process.setArguments(args);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_options.rootDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    env.remove(QStringLiteral("PGHOST"));
    env.remove(QStringLiteral("PGPORT"));
    if (m_serviceUid >= 0)
        env.insert(QStringLiteral("HOME"), m_options.rootDir);
    process.setProcessEnvironment(env);
    if (m_serviceUid >= 0) {
        const uid_t uid = static_cast<uid_t>(m_serviceUid);
        const gid_t gid = static_cast<gid_t>(m_serviceGid);
        process.setChildProcessModifier([uid, gid] {
            // Between fork and exec: async-signal-safe calls only.
            if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    process.start();
    if (!process.waitForStarted(10000)) {
        if (output)
            *output = process.errorString();
        return false;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PrivateServer::checkServiceUserCanEnter(const QString& dir, QString* error) const
{
    if (m_serviceUid < 0)
        return true;
    QDir walk(dir);
    while (true) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(walk.absolutePath()).constData(), &st) == 0) {
            const bool canEnter = (st.st_mode & S_IXOTH)
                || (st.st_uid == static_cast<uid_t>(m_serviceUid) && (st.st_mode & S_IXUSR))
                || (st.st_gid == static_cast<gid_t>(m_serviceGid) && (st.st_mode & S_IXGRP));
            if (!canEnter) {
                if (error)
                    *error
                        = tr("The database runs as the system user \"%1\" because this program runs as root, "
                             "but that user cannot enter %2. Choose a data directory outside it "
                             "(for example under /var/lib or /tmp) or run as a normal user.")
                              .arg(m_serviceUser, walk.absolutePath());
                return false;
            }
        }
        if (walk.isRoot() || !walk.cdUp())
            break;
    }
    return true;
}

bool PrivateServer::ensureLayout(QString* error)
{
    QDir root;
    if (!root.mkpath(m_options.rootDir)) {
        if (error)
            *error = tr("Cannot create the directory %1.").arg(m_options.rootDir);
        return false;
    }
    if (m_serviceUid >= 0 && !checkServiceUserCanEnter(m_options.rootDir, error))
        return false;

    for (const QString& dir : {dataDir(), m_socketDir}) {
        if (!root.mkpath(dir)) {
            if (error)
                *error = tr("Cannot create the directory %1.").arg(dir);
            return false;
        }
        const QByteArray path = QFile::encodeName(dir);
        if (m_serviceUid >= 0
            && ::chown(path.constData(), static_cast<uid_t>(m_serviceUid), static_cast<gid_t>(m_serviceGid))
                != 0) {
            if (error)
                *error = tr("Cannot hand the directory %1 to the user %2.").arg(dir, m_serviceUser);
            return false;
        }
        // Private: only the server's owner may enter the data and socket directories.
        ::chmod(path.constData(), 0700);
    }
    if (m_serviceUid >= 0) {
        // The server appends to its log file and must be able to create it.
        dropSymlink(logFile());
        QFile log(logFile());
        if (log.open(QIODevice::Append))
            log.close();
        if (::lchown(QFile::encodeName(logFile()).constData(), static_cast<uid_t>(m_serviceUid),
                     static_cast<gid_t>(m_serviceGid))
            != 0) {
            if (error)
                *error = tr("Cannot hand the file %1 to the user %2.").arg(logFile(), m_serviceUser);
            return false;
        }
    }
    return true;
}

bool PrivateServer::initdb(QString* error)
{
    emit progress(tr("Creating the private database (first start)…"));
    QString output;
    QStringList args {QStringLiteral("-D"),
                      dataDir(),
                      QStringLiteral("-U"),
                      m_options.superuser,
                      QStringLiteral("--encoding=UTF8"),
                      QStringLiteral("--locale=C.UTF-8"),
                      QStringLiteral("--auth-local=trust"),
                      QStringLiteral("--auth-host=scram-sha-256"),
                      QStringLiteral("--no-instructions")};
    if (!m_options.durable)
        args << QStringLiteral("--no-sync");
    if (!runTool(QStringLiteral("initdb"), args, &output, 180000)) {
        if (error)
            *error = tr("Creating the database cluster failed:\n%1").arg(output.trimmed().right(1500));
        return false;
    }
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1.").arg(conf.fileName());
        return false;
    }
    conf.write("\n# Written by MinwonDesk: the settings of the private server live in minwon.conf\n"
               "include_if_exists = 'minwon.conf'\n");
    return true;
}

bool PrivateServer::writeConfig(QString* error)
{
    auto quote = [](QString value) {
        return QLatin1Char('\'') + value.replace(QLatin1String("'"), QLatin1String("''")) + QLatin1Char('\'');
    };
    QStringList lines;
    lines << QStringLiteral("# Rewritten by MinwonDesk at every start; edit the program options instead.");
    lines << QStringLiteral("unix_socket_directories = %1").arg(quote(m_socketDir));
    lines << QStringLiteral("unix_socket_permissions = 0700");
    lines << QStringLiteral("listen_addresses = %1")
                 .arg(m_options.tcpPort > 0 ? QStringLiteral("'127.0.0.1'") : QStringLiteral("''"));
    lines << QStringLiteral("port = %1").arg(port());
    lines << QStringLiteral("max_connections = %1").arg(m_options.maxConnections);
    lines << QStringLiteral("shared_buffers = 128MB");
    lines << QStringLiteral("timezone = 'Asia/Seoul'");
    lines << QStringLiteral("log_timezone = 'Asia/Seoul'");
    lines << QStringLiteral("lc_messages = 'C.UTF-8'");
    if (!m_options.durable) {
        lines << QStringLiteral("fsync = off") << QStringLiteral("synchronous_commit = off")
              << QStringLiteral("full_page_writes = off");
    }
    lines << m_options.extraConfig;

    dropSymlink(dataDir() + QStringLiteral("/minwon.conf"));
    QFile conf(dataDir() + QStringLiteral("/minwon.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1.").arg(conf.fileName());
        return false;
    }
    conf.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    conf.close();

    if (!m_options.extraHba.isEmpty()) {
        dropSymlink(dataDir() + QStringLiteral("/pg_hba.conf"));
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly | QIODevice::Text)) {
            if (error)
                *error = tr("Cannot read %1.").arg(hba.fileName());
            return false;
        }
        QString text = QString::fromUtf8(hba.readAll());
        hba.close();
        const QString marker = QStringLiteral("# minwon-extra-begin\n");
        const QString endMarker = QStringLiteral("# minwon-extra-end\n");
        const qsizetype begin = text.indexOf(marker);
        if (begin >= 0) {
            const qsizetype end = text.indexOf(endMarker, begin);
            text.remove(begin, (end < 0 ? text.size() : end + endMarker.size()) - begin);
        }
        text.prepend(marker + m_options.extraHba.join(QLatin1Char('\n')) + QLatin1Char('\n') + endMarker);
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            if (error)
                *error = tr("Cannot write %1.").arg(hba.fileName());
            return false;
        }
        hba.write(text.toUtf8());
    }
    if (m_serviceUid >= 0) {
        for (const QString& file : {conf.fileName(), dataDir() + QStringLiteral("/pg_hba.conf")}) {
            if (::lchown(QFile::encodeName(file).constData(), static_cast<uid_t>(m_serviceUid),
                         static_cast<gid_t>(m_serviceGid))
                != 0) {
                if (error)
                    *error = tr("Cannot hand the file %1 to the user %2.").arg(file, m_serviceUser);
                return false;
            }
        }
    }
    return true;
}

void PrivateServer::clearStaleLock()
{
    const QString pidFile = dataDir() + QStringLiteral("/postmaster.pid");
    if (!QFileInfo::exists(pidFile))
        return;
    const qint64 pid = postmasterPid();
    if (pid > 0 && processAlive(pid) && isPostgresProcess(pid))
        return;
    // The server died without cleaning up (kill -9, power cut). PostgreSQL
    // recovers from its WAL at the next start; the lock files only need to go
    // when their process is gone or the number now belongs to someone else.
    emit progress(tr("Recovering the private database after an unclean stop…"));
    QFile::remove(pidFile);
    QDir socket(m_socketDir);
    const QStringList locks
        = socket.entryList({QStringLiteral(".s.PGSQL.*.lock")}, QDir::Files | QDir::Hidden);
    for (const QString& lock : locks)
        socket.remove(lock);
    const QStringList sockets = socket.entryList({QStringLiteral(".s.PGSQL.*")}, QDir::System | QDir::Hidden);
    for (const QString& s : sockets)
        socket.remove(s);
}

PrivateServer::StartResult PrivateServer::start(QString* error)
{
    m_binDir = findBinDir(error, m_options.binDir);
    if (m_binDir.isEmpty())
        return StartResult::Failed;
    if (::geteuid() == 0 && m_serviceUid < 0) {
        if (error)
            *error = tr(
                "PostgreSQL cannot run as root and no unprivileged user (postgres or nobody) was found.");
        return StartResult::Failed;
    }
    if (!ensureLayout(error))
        return StartResult::Failed;
    // A desk and the simulator (or two desks) starting at the same moment
    // take turns: the second finds the server running.
    QLockFile startLock(m_options.rootDir + QStringLiteral("/start.lock"));
    startLock.setStaleLockTime(0);
    if (!startLock.tryLock(180000)) {
        if (error)
            *error = tr("Another program is starting the private database and does not finish.");
        return StartResult::Failed;
    }

    if (!isInitialized()) {
        if (!QDir(dataDir()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (error)
                *error = tr("The directory %1 is not empty and holds no database. Move its contents away "
                            "or choose another directory.")
                             .arg(dataDir());
            return StartResult::Failed;
        }
        if (!initdb(error))
            return StartResult::Failed;
    } else {
        QFile versionFile(dataDir() + QStringLiteral("/PG_VERSION"));
        versionFile.open(QIODevice::ReadOnly);
        const int dataVersion = versionFile.readAll().trimmed().toInt();
        const int binVersion = QFileInfo(QFileInfo(m_binDir).absolutePath()).fileName().toInt();
        if (binVersion > 0 && dataVersion > 0 && dataVersion != binVersion) {
            if (error)
                *error = tr("The private database was made by PostgreSQL %1 but the installed server is %2. "
                            "Install PostgreSQL %1 or upgrade the cluster with pg_upgrade.")
                             .arg(dataVersion)
                             .arg(binVersion);
            return StartResult::Failed;
        }
    }

    if (isRunning()) {
        // Reuse the running server; its socket may be elsewhere if it was started
        // with other settings, and the lock file says where.
        const QStringList lines = readPidFile(dataDir() + QStringLiteral("/postmaster.pid"));
        if (lines.size() > 4 && !lines.at(4).trimmed().isEmpty())
            m_socketDir = lines.at(4).trimmed().split(QLatin1Char(',')).first();
        if (lines.size() > 3 && lines.at(3).trimmed().toInt() > 0 && m_options.tcpPort <= 0)
            m_options.socketPort = lines.at(3).trimmed().toInt();
        return StartResult::AlreadyRunning;
    }

    clearStaleLock();
    if (!writeConfig(error))
        return StartResult::Failed;

    emit progress(tr("Starting the private database…"));
    QString output;
    const QStringList args {QStringLiteral("start"),
                            QStringLiteral("-D"),
                            dataDir(),
                            QStringLiteral("-l"),
                            logFile(),
                            QStringLiteral("-w"),
                            QStringLiteral("-t"),
                            QStringLiteral("120"),
                            QStringLiteral("-s")};
    // After kill -9 the old backends may hold the shared memory for a moment.
    QDeadlineTimer deadline(20000);
    while (true) {
        if (runTool(QStringLiteral("pg_ctl"), args, &output, 130000))
            break;
        const QString tail = logTail(6);
        const bool busy = tail.contains(QLatin1String("shared memory block is still in use"))
            || tail.contains(QLatin1String("lock file")) || output.contains(QLatin1String("another server"));
        if (!busy || deadline.hasExpired()) {
            if (error)
                *error = tr("The private database did not start:\n%1\n%2").arg(output.trimmed(), tail);
            return StartResult::Failed;
        }
        clearStaleLock();
        QThread::msleep(300);
    }
    m_startedHere = true;
    return StartResult::Started;
}

bool PrivateServer::stop(QString* error)
{
    if (m_binDir.isEmpty())
        m_binDir = findBinDir(error, m_options.binDir);
    if (m_binDir.isEmpty())
        return false;
    if (!isRunning()) {
        m_startedHere = false;
        return true;
    }
    QString output;
    const bool ok = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                             QStringLiteral("60"), QStringLiteral("-s")},
                            &output, 70000);
    if (!ok && error)
        *error = tr("Stopping the private database failed: %1").arg(output.trimmed());
    if (ok)
        m_startedHere = false;
    return ok;
}

ConnectionConfig PrivateServer::connectionConfig(const QString& database) const
{
    ConnectionConfig config;
    config.mode = ConnectionConfig::Mode::Private;
    config.hosts = {m_socketDir};
    config.port = port();
    config.database = database;
    config.user = m_options.superuser;
    config.sslMode = QStringLiteral("disable");
    return config;
}

bool PrivateServer::ensureDatabase(const QString& name, QString* error, const QString& templateDb)
{
    SqlConnection conn(connectionConfig(QStringLiteral("postgres")), {}, QStringLiteral("ensure-db"));
    if (!conn.open(error))
        return false;
    QSqlQuery query(conn.db());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.next())
        return true;
    QString sql
        = QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' LOCALE 'C.UTF-8'").arg(quoteIdentifier(name));
    sql += QStringLiteral(" TEMPLATE %1")
               .arg(templateDb.isEmpty() ? QStringLiteral("template0") : quoteIdentifier(templateDb));
    if (!query.exec(sql)) {
        if (error)
            *error = tr("Cannot create the database %1: %2").arg(name, query.lastError().databaseText());
        return false;
    }
    return true;
}

bool PrivateServer::dropDatabase(const QString& name, QString* error)
{
    SqlConnection conn(connectionConfig(QStringLiteral("postgres")), {}, QStringLiteral("drop-db"));
    if (!conn.open(error))
        return false;
    QSqlQuery query(conn.db());
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)))) {
        if (error)
            *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

bool PrivateServer::createStandbyOf(const PrivateServer& primary, QString* error)
{
    m_binDir = findBinDir(error, m_options.binDir);
    if (m_binDir.isEmpty() || !ensureLayout(error))
        return false;
    if (isInitialized()) {
        if (error)
            *error = tr("%1 already holds a database.").arg(dataDir());
        return false;
    }
    QString output;
    const QStringList args {QStringLiteral("-h"),     QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"),     QString::number(primary.port()),
                            QStringLiteral("-U"),     primary.options().superuser,
                            QStringLiteral("-D"),     dataDir(),
                            QStringLiteral("-R"),     QStringLiteral("-X"),
                            QStringLiteral("stream"), QStringLiteral("-c"),
                            QStringLiteral("fast")};
    if (!runTool(QStringLiteral("pg_basebackup"), args, &output, 300000)) {
        if (error)
            *error = tr("Copying the primary failed: %1").arg(output.trimmed());
        return false;
    }
    return true;
}

bool PrivateServer::promote(QString* error)
{
    if (m_binDir.isEmpty())
        m_binDir = findBinDir(error, m_options.binDir);
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("promote"), QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60")},
                 &output, 70000)) {
        if (error)
            *error = tr("Promoting the standby failed: %1").arg(output.trimmed());
        return false;
    }
    return true;
}

bool PrivateServer::signalAll(int signal) const
{
    const qint64 postmaster = postmasterPid();
    if (postmaster <= 0)
        return false;
    // The postmaster and every process it started (backends, writers, walsender…).
    QList<qint64> pids {postmaster};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            pids << pid;
    }
    bool ok = true;
    for (qint64 pid : pids) {
        // A backend that ended since the list was made is not a failure.
        if (::kill(pid_t(pid), signal) != 0 && errno != ESRCH)
            ok = false;
    }
    return ok;
}

QString PrivateServer::logTail(int lines) const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 64 * 1024)
        log.seek(log.size() - 64 * 1024);
    QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace minwon
