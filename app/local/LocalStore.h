// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace minwon {

/// The desk's own small database (SQLite through Qt SQL) for what must
/// survive a crash or an outage: drafts of the open form, the outbox of
/// writes made while the server was unreachable, and the snapshot of the
/// guidance the search index is built from. One file per person and server,
/// WAL journal; each write is committed before the call returns, so kill -9
/// loses at most what was typed after the last save.
///
/// Use it from one thread (the connection belongs to the thread that opened it).
class LocalStore
{
public:
    explicit LocalStore(const QString& path);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    /// ~/.local/share/MinwonDesk/minwon-desk/desk-<login>-<server hash>.sqlite
    static QString defaultPath(const QString& login, const QString& serverKey);

    bool open(QString* error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Drafts of the complaint form --------------------------------------------
    struct Draft
    {
        QUuid caseId;
        QJsonObject data;
        QDateTime savedAt;
    };
    bool saveDraft(const QUuid& caseId, const QJsonObject& data);
    bool removeDraft(const QUuid& caseId);
    QList<Draft> drafts();

    // Outbox of writes waiting for the server -----------------------------------
    struct OutboxEntry
    {
        qint64 seq = 0;
        QUuid opId;
        QString kind;
        QJsonObject payload;
        QDateTime createdAt;
        int attempts = 0;
        QString lastError;
        QString key;
    };
    /// Appends in order (or replaces the pending entry with the same key);
    /// returns the sequence number, 0 on failure.
    qint64 enqueue(const QString& kind, const QString& key, const QJsonObject& payload, const QUuid& opId);
    QList<OutboxEntry> pending(int limit = 1000);
    int pendingCount();
    /// Dropped only once the server confirmed the write.
    bool markDone(qint64 seq);
    bool markFailed(qint64 seq, const QString& error);

    // Key-value cache (the guidance snapshot and similar) -------------------------
    bool putBlob(const QString& key, const QByteArray& value);
    QByteArray blob(const QString& key);

private:
    bool exec(const QString& sql);

    QString m_path;
    QString m_connection;
    QString m_lastError;
};

} // namespace minwon
