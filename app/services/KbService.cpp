// SPDX-License-Identifier: Apache-2.0
#include "services/KbService.h"

#include "db/DbSession.h"
#include "db/SqlArray.h"
#include "local/LocalStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace minwon {

namespace {

const QString kSnapshotKey = QStringLiteral("kb.snapshot.v1");

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

QJsonObject toJson(const KbEntry& e)
{
    return QJsonObject {{QStringLiteral("a"), e.articleId},
                        {QStringLiteral("v"), e.version},
                        {QStringLiteral("t"), e.title},
                        {QStringLiteral("b"), e.body},
                        {QStringLiteral("c"), e.category},
                        {QStringLiteral("g"), QJsonArray::fromStringList(e.tags)},
                        {QStringLiteral("s"), e.sourceRef},
                        {QStringLiteral("f"), e.effectiveFrom.toString(Qt::ISODate)},
                        {QStringLiteral("u"), e.effectiveUntil.toString(Qt::ISODate)},
                        {QStringLiteral("st"), e.status},
                        {QStringLiteral("x"), e.isCorrection},
                        {QStringLiteral("n"), e.changeNote}};
}

KbEntry fromJson(const QJsonObject& o)
{
    KbEntry e;
    e.articleId = o.value(QStringLiteral("a")).toString();
    e.version = o.value(QStringLiteral("v")).toInt();
    e.title = o.value(QStringLiteral("t")).toString();
    e.body = o.value(QStringLiteral("b")).toString();
    e.category = o.value(QStringLiteral("c")).toString();
    for (const QJsonValue& tag : o.value(QStringLiteral("g")).toArray())
        e.tags << tag.toString();
    e.sourceRef = o.value(QStringLiteral("s")).toString();
    e.effectiveFrom = QDate::fromString(o.value(QStringLiteral("f")).toString(), Qt::ISODate);
    e.effectiveUntil = QDate::fromString(o.value(QStringLiteral("u")).toString(), Qt::ISODate);
    e.status = o.value(QStringLiteral("st")).toString();
    e.isCorrection = o.value(QStringLiteral("x")).toBool();
    e.changeNote = o.value(QStringLiteral("n")).toString();
    return e;
}

struct Built
{
    QList<KbEntry> entries;
    SearchIndex index;
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
{
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

KbService::~KbService() = default;

void KbService::setSnapshotPath(const QString& path)
{
    m_snapshotPath = path;
}

void KbService::install(const QList<KbEntry>& entries, const SearchIndex& index, bool fromServer)
{
    if (!fromServer && m_haveServerData)
        return; // a late snapshot never replaces fresher data
    m_entries = entries;
    m_index = index;
    m_byKey.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_byKey.insert(
            m_entries.at(i).articleId + QLatin1Char(':') + QString::number(m_entries.at(i).version), int(i));
    m_ready = true;
    if (fromServer) {
        m_haveServerData = true;
        saveSnapshot();
    }
    emit reloaded();
}

void KbService::loadSnapshot()
{
    if (m_snapshotPath.isEmpty())
        return;
    QPointer<KbService> self(this);
    const QString path = m_snapshotPath;
    QThread* thread = QThread::create([self, path] {
        LocalStore store(path);
        if (!store.open())
            return;
        const QByteArray packed = store.blob(kSnapshotKey);
        if (packed.isEmpty())
            return;
        auto built = std::make_shared<Built>();
        for (const QJsonValue& v : QJsonDocument::fromJson(qUncompress(packed)).array())
            built->entries.append(fromJson(v.toObject()));
        built->index = buildFor(built->entries);
        QMetaObject::invokeMethod(
            qApp,
            [self, built] {
                if (self)
                    self->install(built->entries, built->index, false);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void KbService::saveSnapshot()
{
    if (m_snapshotPath.isEmpty())
        return;
    const QList<KbEntry> entries = m_entries;
    const QString path = m_snapshotPath;
    QThread* thread = QThread::create([entries, path] {
        QJsonArray array;
        for (const KbEntry& e : entries)
            array.append(toJson(e));
        LocalStore store(path);
        if (store.open())
            store.putBlob(kSnapshotKey, qCompress(QJsonDocument(array).toJson(QJsonDocument::Compact), 3));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
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
    m_session->run(
        [](QSqlDatabase& db) {
            Built built;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(kSelect
                        + QStringLiteral("WHERE status IN ('published', 'superseded', 'expired') "
                                         "ORDER BY article_id, version_no")))
                return DbResult::failure(q.lastError());
            while (q.next())
                built.entries.append(readEntry(q));
            // Built on the database thread: 20,000 versions take about a second.
            built.index = buildFor(built.entries);
            return DbResult::success(QVariant::fromValue(std::make_shared<Built>(std::move(built))));
        },
        [this, generation](const DbResult& result) {
            if (!result.ok || generation != m_generation)
                return;
            const auto built = result.value.value<std::shared_ptr<Built>>();
            install(built->entries, built->index, true);
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
            QString title;
            // Replace this article's versions in place: the index is updated
            // row by row, not rebuilt.
            for (const KbEntry& e : result.value.value<QList<KbEntry>>()) {
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
                } else if (m_index.contains(e.articleId, e.version)) {
                    m_index.remove(e.articleId, e.version);
                }
                if (e.version == version)
                    title = e.title;
            }
            emit reloaded();
            emit articleChanged(articleId, version, status, title);
            saveSnapshot();
        },
        this);
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
