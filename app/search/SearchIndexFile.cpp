// SPDX-License-Identifier: Apache-2.0
#include "search/SearchIndexFile.h"

#include "search/Hangul.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexData.h"
#include "util/Fingerprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace minwon {

struct SearchIndexFileAccess
{
    static const SearchIndexData& data(const SearchIndex& index) { return *index.m_data; }
    static void adopt(SearchIndex* index, SearchIndexData* data) { index->m_data = data; }
};

namespace search {

namespace {

struct IndexFileTr
{
    Q_DECLARE_TR_FUNCTIONS(IndexFile)
};

constexpr quint32 kMagic = 0x4d535831; // "MSX1"
constexpr quint32 kEndMagic = 0x31585345; // "ESX1"
/// Raise with any change to SearchIndexData or to how texts are folded and
/// cut into terms; the program's version is checked as well.
constexpr quint32 kFormat = 2;
constexpr quint32 kByteOrder = 0x01020304;
constexpr quint32 kNullString = 0xffffffffU;

QByteArray programVersion()
{
    return QByteArrayLiteral(MINWON_VERSION);
}

static_assert(std::is_trivially_copyable_v<SearchIndexData::SlotInfo>);

class Writer
{
public:
    explicit Writer(QIODevice* device)
        : m_device(device)
    {
    }
    bool ok() const { return m_ok; }

    void bytes(const void* data, qint64 size)
    {
        if (m_ok && size > 0) {
            m_ok = m_device->write(static_cast<const char*>(data), size) == size;
            if (m_sum != nullptr)
                m_sum->add(QByteArrayView(static_cast<const char*>(data), size));
            m_written += size;
        }
    }
    /// From here on, what is written counts into `sum`.
    void sumInto(util::Fingerprinter* sum)
    {
        m_sum = sum;
        m_written = 0;
    }
    qint64 written() const { return m_written; }
    template <typename T> void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    void blob(const QByteArray& b)
    {
        value(quint32(b.size()));
        bytes(b.constData(), b.size());
    }
    void string(const QString& s)
    {
        if (s.isNull()) {
            value(kNullString);
            return;
        }
        value(quint32(s.size()));
        bytes(s.constData(), s.size() * qint64(sizeof(QChar)));
    }
    template <typename T> void vector(const std::vector<T>& v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        value(quint64(v.size()));
        bytes(v.data(), qint64(v.size() * sizeof(T)));
    }
    template <typename T> void vectors(const std::vector<std::vector<T>>& lists)
    {
        value(quint64(lists.size()));
        for (const auto& list : lists)
            vector(list);
    }

private:
    QIODevice* m_device;
    bool m_ok = true;
    util::Fingerprinter* m_sum = nullptr;
    qint64 m_written = 0;
};

/// Reads from memory; any read past the end, or a count larger than what is
/// left, fails the whole read (a damaged file never allocates gigabytes).
class Reader
{
public:
    Reader(const char* data, qsizetype size)
        : m_at(data)
        , m_end(data + size)
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    void fail() { m_ok = false; }
    const char* at() const { return m_at; }
    size_t remaining() const { return size_t(m_end - m_at); }

    bool bytes(void* out, size_t size)
    {
        if (!m_ok || size > size_t(m_end - m_at)) {
            m_ok = false;
            return false;
        }
        if (size > 0)
            std::memcpy(out, m_at, size);
        m_at += size;
        return true;
    }
    template <typename T> T value()
    {
        T v {};
        bytes(&v, sizeof v);
        return v;
    }
    QByteArray blob()
    {
        const auto n = value<quint32>();
        if (!m_ok || n > size_t(m_end - m_at)) {
            m_ok = false;
            return {};
        }
        QByteArray b(m_at, qsizetype(n));
        m_at += n;
        return b;
    }
    QString string()
    {
        const auto n = value<quint32>();
        if (n == kNullString || !m_ok)
            return {};
        if (size_t(n) * sizeof(QChar) > size_t(m_end - m_at)) {
            m_ok = false;
            return {};
        }
        QString s(qsizetype(n), Qt::Uninitialized);
        bytes(s.data(), size_t(n) * sizeof(QChar));
        return s;
    }
    template <typename T> bool vector(std::vector<T>* out)
    {
        const auto n = value<quint64>();
        if (!m_ok || n > size_t(m_end - m_at) / sizeof(T)) {
            m_ok = false;
            return false;
        }
        out->resize(size_t(n));
        return bytes(out->data(), size_t(n) * sizeof(T));
    }
    template <typename T> bool vectors(std::vector<std::vector<T>>* out)
    {
        const auto n = value<quint64>();
        // every list takes at least its 8-byte count
        if (!m_ok || n > size_t(m_end - m_at) / sizeof(quint64)) {
            m_ok = false;
            return false;
        }
        out->resize(size_t(n));
        for (auto& list : *out) {
            if (!vector(&list))
                return false;
        }
        return true;
    }
    /// A count of items that each take at least `minBytes`.
    quint64 count(size_t minBytes)
    {
        const auto n = value<quint64>();
        if (!m_ok || n > size_t(m_end - m_at) / minBytes) {
            m_ok = false;
            return 0;
        }
        return n;
    }

private:
    const char* m_at;
    const char* m_end;
    bool m_ok = true;
};

void writeHeader(Writer& w, const QByteArray& tag)
{
    w.value(kMagic);
    w.value(kFormat);
    w.value(kByteOrder);
    w.blob(programVersion());
    w.blob(tag);
}

/// The header's tag, or a reason it is not ours.
bool readHeader(Reader& r, QByteArray* tag, QString* why)
{
    if (r.value<quint32>() != kMagic || !r.ok()) {
        *why = IndexFileTr::tr("not a search index file");
        return false;
    }
    if (r.value<quint32>() != kFormat || r.value<quint32>() != kByteOrder || r.blob() != programVersion()
        || !r.ok()) {
        *why = IndexFileTr::tr("written by another version of the program");
        return false;
    }
    *tag = r.blob();
    if (!r.ok()) {
        *why = IndexFileTr::tr("the file is cut short");
        return false;
    }
    return true;
}

template <typename List> bool idsBelow(const List& ids, size_t limit)
{
    for (const auto id : ids) {
        if (size_t(id) >= limit)
            return false;
    }
    return true;
}

/// What search() relies on, checked once: every id in range, every list in order.
bool consistent(const SearchIndexData& d)
{
    const size_t terms = d.termFlags.size();
    const size_t slotCount = d.docs.size();
    if (d.termStart.size() != terms + 1 || d.postings.size() != terms || d.termStart.front() != 0
        || d.termStart.back() != d.termChars.size() || d.slotInfo.size() != slotCount
        || slotCount > posting::MaxSlots)
        return false;
    for (size_t t = 0; t < terms; ++t) {
        if (d.termStart[t] > d.termStart[t + 1])
            return false;
    }
    for (const auto& list : d.postings) {
        for (size_t i = 0; i < list.size(); ++i) {
            if (posting::slot(list[i]) >= slotCount || (i > 0 && list[i - 1] >= list[i]))
                return false;
        }
    }
    for (const auto& [key, list] : d.bigramTerms) {
        if (!idsBelow(list, terms))
            return false;
    }
    for (const auto& [key, list] : d.syllableTerms) {
        if (!idsBelow(list, terms))
            return false;
    }
    if (d.initialPairTerms.size() != size_t(hangul::InitialCount * hangul::InitialCount)
        || d.firstInitialTerms.size() != size_t(hangul::InitialCount))
        return false;
    for (const auto& list : d.initialPairTerms) {
        if (!idsBelow(list, terms))
            return false;
    }
    for (const auto& list : d.firstInitialTerms) {
        if (!idsBelow(list, terms))
            return false;
    }
    int alive = 0;
    for (const IndexedDoc& doc : d.docs)
        alive += doc.alive ? 1 : 0;
    if (alive != d.aliveCount || d.browseOrder.size() != size_t(alive) || d.tieOrder.size() != size_t(alive)
        || d.freeSlots.size() != slotCount - size_t(alive))
        return false;
    // Each live slot once in either order, each dead one once among the free.
    std::vector<std::uint8_t> seen(slotCount, 0);
    const auto mark = [&](const std::vector<std::uint32_t>& list, std::uint8_t bit, bool wantAlive) {
        for (const std::uint32_t slot : list) {
            if (slot >= slotCount || d.docs[slot].alive != wantAlive || (seen[slot] & bit) != 0)
                return false;
            seen[slot] |= bit;
        }
        return true;
    };
    if (!mark(d.browseOrder, 1, true) || !mark(d.tieOrder, 2, true) || !mark(d.freeSlots, 4, false))
        return false;
    for (size_t i = 0; i < d.tieOrder.size(); ++i) {
        if (d.slotInfo[d.tieOrder[i]].tieRank != i)
            return false;
    }
    return idsBelow(d.wordsByText, terms);
}

} // namespace

bool writeIndex(const SearchIndex& index, const QByteArray& tag, QIODevice* device, QString* error)
{
    const SearchIndexData& d = SearchIndexFileAccess::data(index);
    Writer w(device);
    writeHeader(w, tag);
    // The body, summed: the trailer holds its length and fingerprint, and a
    // reader checks both before it reads a single count from it.
    util::Fingerprinter sum;
    w.sumInto(&sum);

    w.value(quint64(d.docs.size()));
    for (const IndexedDoc& doc : d.docs) {
        w.string(doc.articleId);
        w.value(qint32(doc.version));
        w.string(doc.title);
        w.value(quint32(doc.tags.size()));
        for (const QString& t : doc.tags)
            w.string(t);
        w.string(doc.plainBody);
        w.string(doc.category);
        w.string(doc.status);
        w.value(quint8(doc.alive ? 1 : 0));
    }
    w.vector(d.slotInfo);
    w.vector(d.freeSlots);
    w.value(qint32(d.aliveCount));
    w.vector(d.browseOrder);
    w.vector(d.tieOrder);

    w.vector(d.termChars);
    w.vector(d.termStart);
    w.vector(d.termFlags);
    w.vectors(d.postings);
    w.value(quint64(d.bigramTerms.size()));
    for (const auto& [key, list] : d.bigramTerms) {
        w.value(quint32(key));
        w.vector(list);
    }
    w.value(quint64(d.syllableTerms.size()));
    for (const auto& [key, list] : d.syllableTerms) {
        w.value(quint16(key));
        w.vector(list);
    }
    w.vector(d.wordsByText);
    w.vectors(d.initialPairTerms);
    w.vectors(d.firstInitialTerms);
    const quint64 bodyBytes = quint64(w.written());
    const quint64 bodySum = sum.result();
    w.sumInto(nullptr);
    w.value(kEndMagic);
    w.value(bodyBytes);
    w.value(bodySum);
    if (!w.ok() && error)
        *error = device->errorString();
    return w.ok();
}

QByteArray peekTag(const char* data, qsizetype size)
{
    Reader r(data, size);
    QByteArray tag;
    QString why;
    return readHeader(r, &tag, &why) ? tag : QByteArray();
}

bool readIndex(const char* data, qsizetype size, const QByteArray& tag, SearchIndex* index, QString* error)
{
    QString why;
    const auto refuse = [&](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    Reader r(data, size);
    QByteArray found;
    if (!readHeader(r, &found, &why))
        return refuse(why);
    if (found != tag)
        return refuse(IndexFileTr::tr("made from other versions of the guidance"));

    // The trailer: the body's length and fingerprint, checked before the
    // body is read, so that a damaged file is refused before it allocates.
    constexpr size_t trailerBytes = sizeof(quint32) + 2 * sizeof(quint64);
    if (r.remaining() < trailerBytes)
        return refuse(IndexFileTr::tr("the file is cut short"));
    const char* body = r.at();
    const size_t bodyBytes = r.remaining() - trailerBytes;
    Reader trailer(body + bodyBytes, qsizetype(trailerBytes));
    const auto endMagic = trailer.value<quint32>();
    const auto storedBytes = trailer.value<quint64>();
    const auto storedSum = trailer.value<quint64>();
    if (endMagic != kEndMagic || storedBytes != bodyBytes)
        return refuse(IndexFileTr::tr("the file is cut short"));
    util::Fingerprinter sum;
    sum.add(QByteArrayView(body, qsizetype(bodyBytes)));
    if (sum.result() != storedSum)
        return refuse(IndexFileTr::tr("the file is damaged"));
    r = Reader(body, qsizetype(bodyBytes));

    auto d = std::make_unique<SearchIndexData>();
    // Each version takes at least its nine fixed fields.
    const quint64 docCount = r.count(6 * sizeof(quint32) + sizeof(qint32) + sizeof(quint8));
    d->docs.resize(size_t(docCount));
    for (IndexedDoc& doc : d->docs) {
        doc.articleId = r.string();
        doc.version = r.value<qint32>();
        doc.title = r.string();
        const auto tags = r.value<quint32>();
        if (!r.ok() || tags > r.remaining() / sizeof(quint32))
            return refuse(IndexFileTr::tr("the file is damaged"));
        doc.tags.reserve(qsizetype(tags));
        for (quint32 i = 0; i < tags && r.ok(); ++i)
            doc.tags.append(r.string());
        doc.plainBody = r.string();
        doc.category = r.string();
        doc.status = r.string();
        doc.alive = r.value<quint8>() != 0;
        if (!r.ok())
            return refuse(IndexFileTr::tr("the file is damaged"));
    }
    r.vector(&d->slotInfo);
    r.vector(&d->freeSlots);
    d->aliveCount = r.value<qint32>();
    r.vector(&d->browseOrder);
    r.vector(&d->tieOrder);

    r.vector(&d->termChars);
    r.vector(&d->termStart);
    r.vector(&d->termFlags);
    r.vectors(&d->postings);
    const quint64 bigrams = r.count(sizeof(quint32) + sizeof(quint64));
    d->bigramTerms.reserve(size_t(bigrams));
    for (quint64 i = 0; i < bigrams && r.ok(); ++i) {
        const auto key = r.value<quint32>();
        r.vector(&d->bigramTerms[key]);
    }
    const quint64 syllables = r.count(sizeof(quint16) + sizeof(quint64));
    d->syllableTerms.reserve(size_t(syllables));
    for (quint64 i = 0; i < syllables && r.ok(); ++i) {
        const auto key = r.value<quint16>();
        r.vector(&d->syllableTerms[char16_t(key)]);
    }
    r.vector(&d->wordsByText);
    r.vectors(&d->initialPairTerms);
    r.vectors(&d->firstInitialTerms);
    if (!r.ok() || !r.atEnd() || !consistent(*d))
        return refuse(IndexFileTr::tr("the file is damaged"));

    // What is not stored is derived: the dictionary's lookup and the keys.
    d->termIds.reserve(d->termFlags.size());
    for (std::uint32_t t = 0; t < std::uint32_t(d->termFlags.size()); ++t)
        d->termIds.emplace(d->termText(t).toString(), t);
    d->slotByKey.reserve(qsizetype(d->aliveCount));
    for (std::uint32_t slot = 0; slot < std::uint32_t(d->docs.size()); ++slot) {
        const IndexedDoc& doc = d->docs[slot];
        if (doc.alive)
            d->slotByKey.insert({doc.articleId, doc.version}, slot);
    }
    if (d->termIds.size() != d->termFlags.size() || d->slotByKey.size() != d->aliveCount)
        return refuse(IndexFileTr::tr("the file is damaged"));
    d->bulk = false;
    SearchIndexFileAccess::adopt(index, d.release());
    return true;
}

bool saveIndexFile(const SearchIndex& index, const QByteArray& tag, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!writeIndex(index, tag, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool loadIndexFile(const QString& path, const QByteArray& tag, SearchIndex* index, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    if (uchar* mapped = file.map(0, size)) {
        const bool ok = readIndex(reinterpret_cast<const char*>(mapped), qsizetype(size), tag, index, error);
        file.unmap(mapped);
        return ok;
    }
    const QByteArray all = file.readAll();
    return readIndex(all.constData(), all.size(), tag, index, error);
}

QByteArray indexFileTag(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(4096);
    return peekTag(head.constData(), head.size());
}

} // namespace search
} // namespace minwon
