// SPDX-License-Identifier: Apache-2.0
#include "services/KbService.h"

#include "db/DbSession.h"
#include "db/SqlArray.h"
#include "local/LocalStore.h"
#include "search/SearchIndexFile.h"
#include "util/Fingerprint.h"
#include "util/ProcessStats.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QIODevice>
#include <QPointer>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <new>
#include <thread>
#include <utility>

namespace minwon {

namespace {

// Two parts: the versions in force (read and indexed first after a start)
// and the others.
const QString kSnapshotCurrentKey = QStringLiteral("kb.snapshot.v2.current");
const QString kSnapshotOtherKey = QStringLiteral("kb.snapshot.v2.other");

const QString kSelect
    = QStringLiteral("SELECT article_id, version_no, title, body, category_code, tags, coalesce(source_ref, "
                     "''), effective_from, "
                     " effective_until, status, is_correction, coalesce(change_note, '') FROM kb_versions ");

KbEntry readEntry(const QSqlQuery& q)
{
    KbEntry e;
    e.articleId = q.value(0).toString();
    e.version = q.value(1).toInt();
    e.title = q.value(2).toString();
    e.body = q.value(3).toString();
    e.category = q.value(4).toString();
    e.tags = parsePgArray(q.value(5).toString());
    e.sourceRef = q.value(6).toString();
    e.effectiveFrom = q.value(7).toDate();
    e.effectiveUntil = q.value(8).toDate();
    e.status = q.value(9).toString();
    e.isCorrection = q.value(10).toBool();
    e.changeNote = q.value(11).toString();
    return e;
}

// The snapshot: a versioned binary stream, compressed lightly. (Version 1
// was JSON; parsing 50,000 versions of it took seconds and a gigabyte.)
constexpr quint32 kSnapshotMagic = 0x4d4b4232; // "MKB2"

QByteArray packSnapshot(const QList<KbEntry>& entries)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kSnapshotMagic << quint32(entries.size());
    for (const KbEntry& e : entries)
        out << e.articleId << qint32(e.version) << e.title << e.body << e.category << e.tags << e.sourceRef
            << e.effectiveFrom << e.effectiveUntil << e.status << e.isCorrection << e.changeNote;
    return qCompress(raw, 1);
}

/// False for a snapshot of another format or a damaged one (it is then
/// simply rebuilt from the server).
bool unpackSnapshot(const QByteArray& packed, QList<KbEntry>* entries)
{
    if (packed.isEmpty())
        return false;
    const QByteArray raw = qUncompress(packed);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 count = 0;
    in >> magic >> count;
    if (magic != kSnapshotMagic || count > 10000000)
        return false;
    entries->reserve(qsizetype(count));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        KbEntry e;
        qint32 version = 0;
        in >> e.articleId >> version >> e.title >> e.body >> e.category >> e.tags >> e.sourceRef
            >> e.effectiveFrom >> e.effectiveUntil >> e.status >> e.isCorrection >> e.changeNote;
        e.version = version;
        entries->append(std::move(e));
    }
    return in.status() == QDataStream::Ok && entries->size() == qsizetype(count);
}

/// What ties the index file to the snapshot it was built from: the
/// fingerprints of the two packed parts as read, so a snapshot written
/// halfway (the program killed between the parts) never meets an index it
/// does not match.
QByteArray snapshotTag(const QByteArray& current, const QByteArray& other)
{
    return QByteArrayLiteral("kb2:") + QByteArray::number(util::fingerprint(current), 16) + ':'
        + QByteArray::number(current.size()) + ':' + QByteArray::number(util::fingerprint(other), 16) + ':'
        + QByteArray::number(other.size());
}

/// Two queues of one thread each, off the GUI and database threads.
/// Index builds (from the snapshot, from the server) run one at a time: two
/// at once on a two-core desk would each take twice as long. Snapshot
/// writes run one at a time and in order.
struct Pools
{
    QThreadPool build;
    QThreadPool save;
    Pools()
    {
        build.setMaxThreadCount(1);
        save.setMaxThreadCount(1);
    }
};

Pools& pools()
{
    static Pools one;
    return one;
}

QThreadPool* buildPool()
{
    return &pools().build;
}

QThreadPool* savePool()
{
    return &pools().save;
}

/// Work for the build pool, at a lower priority than the window's thread.
void startBuild(std::function<void()> work)
{
    buildPool()->start([work = std::move(work)] {
        process::lowerThreadPriority();
        work();
    });
}

struct Built
{
    QList<KbEntry> entries;
    SearchIndex index;
    QHash<QString, int> byKey;
};

SearchIndex buildFor(const QList<KbEntry>& entries)
{
    QList<SearchDocument> docs;
    docs.reserve(entries.size());
    for (const KbEntry& e : entries)
        docs.append(e.toSearchDocument());
    return buildSearchIndex(docs);
}

} // namespace

SearchDocument KbEntry::toSearchDocument() const
{
    return {articleId, version, title, tags, body, category, effectiveFrom, effectiveUntil, status};
}

KbService::KbService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduleTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(3000);
    connect(m_saveTimer, &QTimer::timeout, this, &KbService::saveSnapshot);
    // Versions approved for a later in-force date are published by whichever
    // desk asks first once the day has come (see kb_publish_due()).
    m_scheduleTimer->setInterval(60 * 1000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &KbService::publishDue);
    qRegisterMetaType<minwon::KbEntry>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject& payload) {
                if (table == QLatin1String("kb_versions"))
                    refreshArticle(id, payload.value(QStringLiteral("v")).toInt(),
                                   payload.value(QStringLiteral("status")).toString());
            });
    // Subscribed again before this fires: reload, then apply what follows.
    connect(m_session, &DbSession::reconnected, this, &KbService::reload);
}

KbService::~KbService()
{
    // A change of the last seconds is written before the desk goes, and no
    // write outlives this object.
    if (m_saveTimer->isActive())
        saveSnapshot();
    savePool()->waitForDone();
}

void KbService::setSnapshotPath(const QString& path)
{
    m_snapshotPath = path;
}

QHash<QString, int> KbService::keysOf(const QList<KbEntry>& entries)
{
    QHash<QString, int> byKey;
    byKey.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        byKey.insert(entries.at(i).articleId + QLatin1Char(':') + QString::number(entries.at(i).version),
                     int(i));
    return byKey;
}

void KbService::install(const QList<KbEntry>& entries, const SearchIndex& index,
                        const QHash<QString, int>& byKey, bool fromServer, bool partial)
{
    if (!fromServer && m_haveServerData)
        return; // a late snapshot never replaces fresher data
    m_partial = partial;
    // Everything was built off this thread: here only shared data is swapped,
    // and the old index (hundreds of megabytes for 50,000 versions) is freed
    // off this thread too.
    auto old = std::make_shared<Built>(Built {std::move(m_entries), std::move(m_index), std::move(m_byKey)});
    startBuild([old = std::move(old)]() mutable { old.reset(); });
    m_entries = entries;
    m_index = index;
    m_byKey = byKey;
    m_ready = true;
    if (fromServer) {
        // Changes fetched before this load are in it already, or older than it.
        m_deferredRefresh.clear();
        m_indexFromFile = false;
        m_haveServerData = true;
        saveSnapshot();
    }
    emit reloaded();
}

QString KbService::indexPathFor(const QString& snapshotPath)
{
    return snapshotPath + QStringLiteral(".search-index");
}

void KbService::loadSnapshot()
{
    if (m_snapshotPath.isEmpty())
        return;
    QPointer<KbService> self(this);
    const QString path = m_snapshotPath;
    m_snapshotLoading = true;
    // Whatever happens, the server's copy may load after this.
    auto done = [self] {
        QMetaObject::invokeMethod(
            qApp,
            [self] {
                if (KbService* service = self.data())
                    service->snapshotDone();
            },
            Qt::QueuedConnection);
    };
    startBuild([self, path, done] {
        LocalStore store(path);
        if (!store.open())
            return done();
        const QByteArray currentBlob = store.blob(kSnapshotCurrentKey);
        const QByteArray otherBlob = store.blob(kSnapshotOtherKey);
        const QByteArray tag = snapshotTag(currentBlob, otherBlob);
        auto deliver
            = [self](const QList<KbEntry>& entries, const SearchIndex& index, bool partial, bool fromFile) {
                  auto built = std::make_shared<Built>();
                  built->entries = entries;
                  built->index = index;
                  built->byKey = keysOf(built->entries);
                  QMetaObject::invokeMethod(
                      qApp,
                      [self, built, partial, fromFile] {
                          KbService* service = self.data();
                          if (service == nullptr || service->m_haveServerData)
                              return; // a late snapshot never replaces fresher data
                          service->m_indexFromFile = fromFile;
                          service->install(built->entries, built->index, built->byKey, false, partial);
                      },
                      Qt::QueuedConnection);
              };
        // The versions are unpacked on a second thread while this one reads
        // the index saved with them (both take a few hundred milliseconds
        // for 50,000 versions; a build would take seconds).
        QList<KbEntry> current;
        QList<KbEntry> other;
        bool unpacked = false;
        std::thread unpacker([&] {
            process::lowerThreadPriority();
            unpacked = unpackSnapshot(currentBlob, &current)
                && (otherBlob.isEmpty() || unpackSnapshot(otherBlob, &other));
        });
        SearchIndex saved;
        QString why;
        const QString indexPath = indexPathFor(path);
        bool haveIndex = false;
        if (!currentBlob.isEmpty() && QFile::exists(indexPath)) {
            try {
                haveIndex = search::loadIndexFile(indexPath, tag, &saved, &why);
            } catch (const std::bad_alloc&) {
                why = QStringLiteral("out of memory");
            }
            if (!haveIndex) {
                // Rewritten after the build below; a damaged one must not
                // be met again at every start.
                qInfo("Guidance index file not used (%s): building the index", qUtf8Printable(why));
                QFile::remove(indexPath);
            }
        }
        unpacker.join();
        if (!unpacked)
            return done();
        if (haveIndex && saved.size() == current.size() + other.size()) {
            deliver(current + other, saved, false, true);
            return done();
        }
        const bool staged = !current.isEmpty() && !other.isEmpty();
        if (staged) {
            deliver(current, buildFor(current), true, false);
            // Searchable now: the server's copy may come while the rest is indexed.
            done();
        }
        const QList<KbEntry> all = current + other;
        const SearchIndex index = buildFor(all);
        // Kept for the next start (a desk that starts without the server
        // has nothing else to save it from); not yet shared with the window.
        search::saveIndexFile(index, tag, indexPathFor(path));
        deliver(all, index, false, false);
        if (!staged)
            done();
    });
}

void KbService::saveSnapshot()
{
    // Only a whole copy from the server is worth keeping.
    if (m_snapshotPath.isEmpty() || !m_haveServerData || m_partial)
        return;
    m_saveTimer->stop();
    QList<KbEntry> entries = m_entries;
    SearchIndex index = m_index; // shared, read there; nothing here changes it meanwhile
    const QString path = m_snapshotPath;
    ++m_savesInFlight;
    QPointer<KbService> self(this);
    savePool()->start([self, entries, index, path]() mutable {
        process::lowerThreadPriority();
        LocalStore store(path);
        if (store.open()) {
            QList<KbEntry> current;
            QList<KbEntry> other;
            for (const KbEntry& e : std::as_const(entries))
                (e.status == QLatin1String("published") ? current : other).append(e);
            const QByteArray currentBlob = packSnapshot(current);
            const QByteArray otherBlob = packSnapshot(other);
            const QByteArray tag = snapshotTag(currentBlob, otherBlob);
            // Unchanged since the last save (a desk signing in again): nothing to write.
            const bool same = search::indexFileTag(indexPathFor(path)) == tag
                && snapshotTag(store.blob(kSnapshotCurrentKey), store.blob(kSnapshotOtherKey)) == tag;
            if (!same) {
                // The index first: a snapshot without its index is rebuilt at
                // the next start, never paired with the wrong one.
                search::saveIndexFile(index, tag, indexPathFor(path));
                store.putBlob(kSnapshotCurrentKey, currentBlob);
                store.putBlob(kSnapshotOtherKey, otherBlob);
            }
        }
        // Let go of the shared copies before the window hears of it: a change
        // applied there next must not find them still shared (and copy them).
        index = SearchIndex();
        entries.clear();
        QMetaObject::invokeMethod(
            qApp,
            [self] {
                if (KbService* service = self.data())
                    service->snapshotWritten();
            },
            Qt::QueuedConnection);
    });
}

void KbService::snapshotWritten()
{
    --m_savesInFlight;
    if (m_savesInFlight == 0) {
        // Changes that came while the index was being written.
        const auto deferred = std::exchange(m_deferredRefresh, {});
        for (const DeferredRefresh& r : deferred)
            applyRefresh(r.articleId, r.version, r.status, r.versions);
    }
    emit snapshotSaved();
}

bool KbService::loadSearchable(QSqlDatabase& db, QList<KbEntry>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect
                + QStringLiteral("WHERE status IN ('published', 'superseded', 'expired') "
                                 "ORDER BY article_id, version_no"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(readEntry(q));
    return true;
}

SearchIndex KbService::buildIndex(const QList<KbEntry>& entries)
{
    return buildFor(entries);
}

void KbService::publishDue()
{
    m_session->run([](QSqlDatabase& db) {
        QSqlQuery q(db);
        // Changes come back as notifications; nothing to do with the count.
        if (!q.exec(QStringLiteral("SELECT kb_publish_due()")))
            return DbResult::failure(q.lastError());
        return DbResult::success();
    });
}

void KbService::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_scheduleTimer->isActive())
        m_scheduleTimer->start();
    publishDue();
    // Started in the same breath as loadSnapshot() (a desk signing in), the
    // server's copy waits until the cached guidance is searchable: on a
    // two-core desk the two would halve each other's speed.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_snapshotLoading) {
            m_reloadAfterSnapshot = true;
            return;
        }
        loadPage(generation, std::make_shared<QList<KbEntry>>());
    });
}

void KbService::snapshotDone()
{
    m_snapshotLoading = false;
    if (m_reloadAfterSnapshot) {
        m_reloadAfterSnapshot = false;
        loadPage(m_generation, std::make_shared<QList<KbEntry>>());
    }
}

void KbService::loadPage(quint64 generation, std::shared_ptr<QList<KbEntry>> entries)
{
    // Keyset pages in the order of the primary key; each page is one job.
    const QString afterArticle = entries->isEmpty() ? QString() : entries->constLast().articleId;
    const int afterVersion = entries->isEmpty() ? 0 : entries->constLast().version;
    m_session->run(
        [afterArticle, afterVersion, pageRows = m_pageRows](QSqlDatabase& db) {
            QList<KbEntry> page;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(kSelect
                      + QStringLiteral("WHERE status IN ('published', 'superseded', 'expired') "
                                       "AND (article_id, version_no) > (?, ?) "
                                       "ORDER BY article_id, version_no LIMIT %1")
                            .arg(pageRows));
            q.addBindValue(afterArticle.isNull() ? QStringLiteral("") : afterArticle);
            q.addBindValue(afterVersion);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            while (q.next())
                page.append(readEntry(q));
            return DbResult::success(QVariant::fromValue(page));
        },
        [this, generation, entries](const DbResult& result) {
            if (!result.ok || generation != m_generation)
                return;
            const auto page = result.value.value<QList<KbEntry>>();
            entries->append(page);
            if (page.size() == m_pageRows) {
                loadPage(generation, entries);
                return;
            }
            // Everything is here: index it off the GUI thread, then install.
            QPointer<KbService> self(this);
            startBuild([self, generation, entries] {
                auto built = std::make_shared<Built>();
                built->entries = *entries;
                built->index = buildFor(built->entries);
                built->byKey = keysOf(built->entries);
                QMetaObject::invokeMethod(
                    qApp,
                    [self, generation, built] {
                        KbService* service = self.data();
                        if (service != nullptr && generation == service->m_generation)
                            service->install(built->entries, built->index, built->byKey, true, false);
                    },
                    Qt::QueuedConnection);
            });
        },
        this);
}

void KbService::refreshArticle(const QString& articleId, int version, const QString& status)
{
    m_session->run(
        [articleId](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(kSelect + QStringLiteral("WHERE article_id = ? ORDER BY version_no"));
            q.addBindValue(articleId);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            QList<KbEntry> versions;
            while (q.next())
                versions.append(readEntry(q));
            return DbResult::success(QVariant::fromValue(versions));
        },
        [this, articleId, version, status](const DbResult& result) {
            if (!result.ok)
                return;
            const auto versions = result.value.value<QList<KbEntry>>();
            // The index is being written to disk from this very copy: changing
            // it now would copy all of it on this thread. The change waits
            // the moment the write takes.
            if (m_savesInFlight > 0) {
                m_deferredRefresh.append({articleId, version, status, versions});
                return;
            }
            applyRefresh(articleId, version, status, versions);
        },
        this);
}

void KbService::applyRefresh(const QString& articleId, int version, const QString& status,
                             const QList<KbEntry>& versions)
{
    QString title;
    // Replace this article's versions in place: the index is updated row by
    // row, not rebuilt.
    for (const KbEntry& e : versions) {
        const bool searchable = e.status == QLatin1String("published")
            || e.status == QLatin1String("superseded") || e.status == QLatin1String("expired");
        const QString key = e.articleId + QLatin1Char(':') + QString::number(e.version);
        const int at = m_byKey.value(key, -1);
        if (searchable) {
            if (at >= 0)
                m_entries[at] = e;
            else {
                m_byKey.insert(key, int(m_entries.size()));
                m_entries.append(e);
            }
            m_index.upsert(e.toSearchDocument());
        } else {
            // Withdrawn: out of the index and of the versions kept (the
            // snapshot and its index file must hold the same versions).
            if (m_index.contains(e.articleId, e.version))
                m_index.remove(e.articleId, e.version);
            if (at >= 0) {
                const qsizetype lastAt = m_entries.size() - 1;
                if (at != lastAt) {
                    const KbEntry& last = m_entries.at(lastAt);
                    m_byKey.insert(last.articleId + QLatin1Char(':') + QString::number(last.version), at);
                    m_entries[at] = last;
                }
                m_entries.removeLast();
                m_byKey.remove(key);
            }
        }
        if (e.version == version)
            title = e.title;
    }
    emit reloaded();
    emit articleChanged(articleId, version, status, title);
    // Several changes in a row (an editor publishing a batch) are written once.
    m_saveTimer->start();
}

const KbEntry* KbService::entry(const QString& articleId, int version) const
{
    const int at = m_byKey.value(articleId + QLatin1Char(':') + QString::number(version), -1);
    return at >= 0 ? &m_entries.at(at) : nullptr;
}

const KbEntry* KbService::current(const QString& articleId) const
{
    const KbEntry* best = nullptr;
    for (const KbEntry& e : m_entries)
        if (e.articleId == articleId && e.status == QLatin1String("published")
            && (!best || e.version > best->version))
            best = &e;
    return best;
}

QList<SearchIndex::Hit> KbService::search(const QString& text, const QDate& day, bool includeInactive,
                                          int limit) const
{
    SearchIndex::Query query;
    query.text = text;
    query.onDate = day;
    query.includeInactive = includeInactive;
    query.limit = limit;
    return m_index.search(query);
}

} // namespace minwon
