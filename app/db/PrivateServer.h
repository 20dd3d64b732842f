// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace minwon {

/// A PostgreSQL cluster that belongs to one desk (or one test run), the way
/// KDE's Akonadi runs its own server: initdb under the user's data directory,
/// a unix socket in a private directory, no TCP port unless asked, reused
/// across runs, stopped cleanly and recovered after a crash.
///
/// Every method blocks (initdb takes seconds): call them from a worker thread
/// when a window is on screen.
///
/// When the process runs as root, PostgreSQL refuses to start; the server then
/// runs as an unprivileged system user (`postgres` if it exists, else
/// `nobody`, or MINWON_PG_USER).
class PrivateServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString rootDir; ///< holds data/, run/ and server.log
        int tcpPort = 0; ///< 0: unix socket only
        int socketPort = 5432; ///< names the socket file inside the private directory
        QString superuser = QStringLiteral("minwon");
        bool durable = true; ///< false for throwaway test clusters: fsync off
        int maxConnections = 300;
        QStringList extraConfig; ///< extra postgresql.conf lines
        QStringList extraHba; ///< extra pg_hba.conf lines, placed before the defaults
        QString binDir; ///< the server programs; empty: look for them
    };

    enum class StartResult
    {
        Failed,
        Started,
        AlreadyRunning
    };

    explicit PrivateServer(Options options, QObject* parent = nullptr);
    ~PrivateServer() override;

    /// The default home of the private cluster: the user's data directory, or
    /// /var/lib/minwon-desk when run as root (root's home cannot be entered by
    /// the unprivileged server user).
    static QString defaultRootDir();
    /// Where initdb, pg_ctl and postgres live; empty with a message when missing.
    static QString findBinDir(QString* error = nullptr, const QString& only = {});

    const Options& options() const { return m_options; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    int port() const;

    bool isInitialized() const;
    /// True when a postmaster for this data directory is alive.
    bool isRunning() const;
    qint64 postmasterPid() const;

    /// initdb when needed, clear a stale lock file, start and wait until ready.
    StartResult start(QString* error = nullptr);
    bool stop(QString* error = nullptr);
    /// Whether this object started the server (and should stop it at exit).
    bool startedHere() const { return m_startedHere; }

    /// Connection settings for a database of this cluster, as the superuser.
    ConnectionConfig connectionConfig(const QString& database = QStringLiteral("minwon")) const;
    /// CREATE DATABASE with UTF-8 and the C.UTF-8 locale unless it exists.
    bool ensureDatabase(const QString& name, QString* error = nullptr, const QString& templateDb = {});
    bool dropDatabase(const QString& name, QString* error = nullptr);

    /// The last lines of the server log, for error messages.
    QString logTail(int lines = 15) const;

    /// Makes this (not yet initialised) cluster a streaming standby of
    /// `primary`, which must listen on TCP and allow replication connections
    /// (pg_basebackup -R). Start it afterwards.
    bool createStandbyOf(const PrivateServer& primary, QString* error = nullptr);
    /// Turns a standby into a primary (pg_ctl promote) and waits until it
    /// accepts writes.
    bool promote(QString* error = nullptr);
    /// Sends a signal to the server and all its processes (tests: SIGSTOP, SIGCONT).
    bool signalAll(int signal) const;

signals:
    void progress(const QString& message);

private:
    bool ensureLayout(QString* error);
    bool initdb(QString* error);
    bool writeConfig(QString* error);
    void clearStaleLock();
    bool runTool(const QString& tool, const QStringList& args, QString* output, int timeoutMs) const;
    bool checkServiceUserCanEnter(const QString& dir, QString* error) const;

    Options m_options;
    QString m_binDir;
    QString m_socketDir;
    bool m_startedHere = false;
    // set when running as root: the server runs as this user
    int m_serviceUid = -1;
    int m_serviceGid = -1;
    QString m_serviceUser;
};

} // namespace minwon
