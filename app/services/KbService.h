// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "search/SearchIndex.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QTimer;

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
    bool isCorrection = false;
    QString changeNote;

    bool inForceOn(const QDate& day) const
    {
        return effectiveFrom <= day && (!effectiveUntil.isValid() || effectiveUntil >= day);
    }
    SearchDocument toSearchDocument() const;
};

/// The guidance a desk searches while the citizen talks. Every published,
/// superseded and expired version is held in memory with its Korean search
/// index (built off the GUI thread); a snapshot on this computer lets search
/// work from the first second and through a database outage; change
/// notifications update single articles in place.
class KbService : public QObject
{
    Q_OBJECT
public:
    explicit KbService(DbSession* session, QObject* parent = nullptr);
    ~KbService() override;

    /// Where the snapshot is kept (a LocalStore file); empty: none.
    void setSnapshotPath(const QString& path);
    /// Loads the snapshot (if any) in the background; indexReady() follows.
    void loadSnapshot();
    /// Rows per query when loading every version (tests use a few).
    void setPageRows(int rows) { m_pageRows = qMax(1, rows); }
    /// Loads everything from the database and rebuilds the index in the background.
    void reload();

    bool isReady() const { return m_ready; }
    /// False while the index holds only the local snapshot.
    bool hasServerData() const { return m_haveServerData; }
    /// True while only the versions in force are indexed (the first moment
    /// after a start from the snapshot); the old versions follow.
    bool isPartial() const { return m_partial; }
    /// True when the installed index was read from the file saved beside
    /// the snapshot rather than built (the fast start).
    bool indexFromFile() const { return m_indexFromFile; }
    /// The file beside the snapshot that keeps its built index.
    static QString indexPathFor(const QString& snapshotPath);
    int size() const { return int(m_entries.size()); }
    const KbEntry* entry(const QString& articleId, int version) const;
    /// The newest published version of an article, if any.
    const KbEntry* current(const QString& articleId) const;
    const SearchIndex& index() const { return m_index; }

    QList<SearchIndex::Hit> search(const QString& text, const QDate& day, bool includeInactive = false,
                                   int limit = 50) const;

    /// Every searchable version (published, superseded, expired) on `db`:
    /// what a desk holds, and what `minwon-admin kb search` searches.
    static bool loadSearchable(QSqlDatabase& db, QList<KbEntry>* out, QString* error);
    static SearchIndex buildIndex(const QList<KbEntry>& entries);

signals:
    /// The index was (re)built: the search results may have changed.
    void reloaded();
    /// The local snapshot (and the index beside it) was written, or found
    /// already current, after a load from the server or a change.
    void snapshotSaved();
    /// An article changed on the server (published, corrected, expired …).
    void articleChanged(const QString& articleId, int version, const QString& status, const QString& title);

private:
    static QHash<QString, int> keysOf(const QList<KbEntry>& entries);
    void install(const QList<KbEntry>& entries, const SearchIndex& index, const QHash<QString, int>& byKey,
                 bool fromServer, bool partial);
    void loadPage(quint64 generation, std::shared_ptr<QList<KbEntry>> entries);
    void snapshotDone();
    void refreshArticle(const QString& articleId, int version, const QString& status);
    void applyRefresh(const QString& articleId, int version, const QString& status,
                      const QList<KbEntry>& versions);
    void saveSnapshot();
    void snapshotWritten();
    void publishDue();

    DbSession* m_session;
    QString m_snapshotPath;
    QList<KbEntry> m_entries;
    QHash<QString, int> m_byKey; ///< "article:version" -> index in m_entries
    SearchIndex m_index;
    bool m_ready = false;
    bool m_haveServerData = false;
    bool m_partial = false;
    bool m_snapshotLoading = false;
    bool m_reloadAfterSnapshot = false;
    quint64 m_generation = 0;
    /// No single job holds the desk's connection for long: claims and saves go between pages.
    int m_pageRows = 4000;
    QTimer* m_scheduleTimer;
    QTimer* m_saveTimer;
    bool m_indexFromFile = false;
    int m_savesInFlight = 0;
    struct DeferredRefresh
    {
        QString articleId;
        int version = 0;
        QString status;
        QList<KbEntry> versions;
    };
    QList<DeferredRefresh> m_deferredRefresh;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::KbEntry)
