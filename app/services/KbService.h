// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

namespace minwon {

class DbSession;

/// One version of a guidance article as a desk holds it in memory.
struct KbEntry
{
    QString articleId;
    int version = 0;
    QString title;
    QString body;
    QString category;
    QStringList tags;
    QString sourceRef;
    QDate effectiveFrom;
    QDate effectiveUntil;
    QString status;

    bool inForceOn(const QDate& day) const
    {
        return effectiveFrom <= day && (!effectiveUntil.isValid() || effectiveUntil >= day);
    }
};

/// The guidance a desk can search: published (and recently expired or
/// superseded) versions kept in memory and refreshed on change, so that
/// search never waits on the network.
class KbService : public QObject
{
    Q_OBJECT
public:
    explicit KbService(DbSession* session, QObject* parent = nullptr);

    void reload();
    const QList<KbEntry>& entries() const { return m_entries; }
    const KbEntry* entry(const QString& articleId, int version) const;

    /// Every word of `query` must appear in the title, tags or body; title
    /// matches and guidance in force on `day` first. Replaced by the Korean
    /// index of the knowledge-base issue.
    QList<const KbEntry*> search(const QString& query, const QDate& day, int limit = 50) const;

signals:
    void reloaded();
    void articleChanged(const QString& articleId, int version, const QString& status);

private:
    DbSession* m_session;
    QList<KbEntry> m_entries;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::KbEntry)
