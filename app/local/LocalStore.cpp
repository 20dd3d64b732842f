// SPDX-License-Identifier: Apache-2.0
#include "local/LocalStore.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace minwon {

namespace {
QAtomicInteger<quint64> s_counter;
}

LocalStore::LocalStore(const QString& path)
    : m_path(path)
    , m_connection(QStringLiteral("minwon-local-%1").arg(s_counter.fetchAndAddRelaxed(1)))
{
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString LocalStore::defaultPath(const QString& login, const QString& serverKey)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/MinwonDesk/minwon-desk");
    const QByteArray hash
        = QCryptographicHash::hash(serverKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return base + QStringLiteral("/desk-%1-%2.sqlite").arg(login, QString::fromLatin1(hash));
}

bool LocalStore::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool LocalStore::open(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        if (error)
            *error = m_lastError;
        return false;
    }
    // WAL with normal sync: a committed write survives the process being
    // killed; only a power cut may lose the last moments.
    {
        QSqlQuery v(db);
        if (v.exec(QStringLiteral("PRAGMA user_version")) && v.next() && v.value(0).toInt() < 2) {
            exec(QStringLiteral("DROP TABLE IF EXISTS outbox"));
            exec(QStringLiteral("PRAGMA user_version = 2"));
        }
    }
    const bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS drafts (case_id TEXT PRIMARY KEY, data TEXT NOT NULL, "
            "saved_at TEXT NOT NULL)"))
        && exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE, payload TEXT NOT "
            "NULL, "
            "created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                               "saved_at TEXT NOT NULL)"));
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool LocalStore::saveDraft(const QUuid& caseId, const QJsonObject& data)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO drafts (case_id, data, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at"));
    q.addBindValue(caseId.toString(QUuid::WithoutBraces));
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool LocalStore::removeDraft(const QUuid& caseId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE case_id = ?"));
    q.addBindValue(caseId.toString(QUuid::WithoutBraces));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QList<LocalStore::Draft> LocalStore::drafts()
{
    QList<Draft> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT case_id, data, saved_at FROM drafts ORDER BY saved_at DESC"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({QUuid::fromString(q.value(0).toString()),
                    QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return out;
}

qint64 LocalStore::enqueue(const QString& kind, const QString& key, const QJsonObject& payload,
                           const QUuid& opId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // One pending write per key (a case): a later save of the same case
    // replaces the earlier one, which then never reaches the server.
    q.prepare(
        QStringLiteral("INSERT INTO outbox (op_id, kind, key, payload, created_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET op_id = excluded.op_id, payload = excluded.payload, "
                       "attempts = 0, last_error = NULL"));
    q.addBindValue(opId.toString(QUuid::WithoutBraces));
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    q.prepare(QStringLiteral("SELECT seq FROM outbox WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<LocalStore::OutboxEntry> LocalStore::pending(int limit)
{
    QList<OutboxEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT seq, op_id, kind, payload, created_at, attempts, coalesce(last_error, ''), key "
        "FROM outbox ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), QUuid::fromString(q.value(1).toString()), q.value(2).toString(),
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                    QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), q.value(5).toInt(),
                    q.value(6).toString(), q.value(7).toString()});
    return out;
}

int LocalStore::pendingCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool LocalStore::markDone(qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool LocalStore::markFailed(qint64 seq, const QString& error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    q.addBindValue(error.left(2000));
    q.addBindValue(seq);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool LocalStore::putBlob(const QString& key, const QByteArray& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO blobs (key, value, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QByteArray LocalStore::blob(const QString& key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM blobs WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace minwon
