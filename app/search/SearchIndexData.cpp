// SPDX-License-Identifier: Apache-2.0
#include "search/SearchIndexData.h"

#include "search/Hangul.h"
#include "search/SearchText.h"

#include <algorithm>

namespace minwon {

using namespace search;

namespace {

DocStatus statusCode(const QString& status)
{
    static const std::pair<QStringView, DocStatus> names[] = {
        {u"published", DocStatus::Published}, {u"superseded", DocStatus::Superseded},
        {u"expired", DocStatus::Expired},     {u"draft", DocStatus::Draft},
        {u"in_review", DocStatus::InReview},  {u"rejected", DocStatus::Rejected},
    };
    const QString key = status.trimmed().toLower();
    for (const auto& [name, code] : names) {
        if (key == name)
            return code;
    }
    return DocStatus::Unknown;
}

TermKind kindOfRun(RunKind kind)
{
    switch (kind) {
    case RunKind::Hangul:
        return TermKind::Hangul;
    case RunKind::Latin:
        return TermKind::Latin;
    case RunKind::Digit:
        return TermKind::Digit;
    case RunKind::Other:
        break;
    }
    return TermKind::Other;
}

std::uint32_t bigramKey(char16_t a, char16_t b)
{
    return static_cast<std::uint32_t>(a) << 16 | b;
}

template <typename T> size_t vectorBytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

size_t stringBytes(const QString& s)
{
    const auto capacity = static_cast<size_t>(s.capacity());
    return capacity > 0 ? capacity * sizeof(QChar) + 16 : 0;
}

// Rough cost of a node-based hash container.
template <typename Map> size_t hashBytes(const Map& map, size_t nodeSize)
{
    return map.bucket_count() * sizeof(void*) + map.size() * (nodeSize + 16);
}

} // namespace

SearchIndexData::SearchIndexData()
    : initialPairTerms(hangul::InitialCount * hangul::InitialCount)
    , firstInitialTerms(hangul::InitialCount)
{
}

qint32 SearchIndexData::dayNumber(const QDate& date, qint32 ifNull)
{
    if (!date.isValid())
        return ifNull;
    return static_cast<qint32>(std::clamp<qint64>(date.toJulianDay(), std::numeric_limits<qint32>::min() + 1,
                                                  std::numeric_limits<qint32>::max() - 1));
}

void SearchIndexData::clear()
{
    docs.clear();
    freeSlots.clear();
    aliveCount = 0;
    slotByKey.clear();
    browseOrder.clear();
    termChars.clear();
    termStart.assign(1, 0);
    termFlags.clear();
    termIds.clear();
    postings.clear();
    bigramTerms.clear();
    syllableTerms.clear();
    wordsByText.clear();
    for (auto& list : initialPairTerms)
        list.clear();
    for (auto& list : firstInitialTerms)
        list.clear();
    slotInfo.clear();
    tieOrder.clear();
    bulk = false;
}

std::uint32_t SearchIndexData::internTerm(QStringView text, TermKind kind)
{
    const auto found = termIds.find(text);
    if (found != termIds.end())
        return found->second;

    const auto id = static_cast<std::uint32_t>(termCount());
    termChars.insert(termChars.end(), text.utf16(), text.utf16() + text.size());
    termStart.push_back(static_cast<std::uint32_t>(termChars.size()));
    termFlags.push_back(static_cast<std::uint8_t>(kind));
    postings.emplace_back();
    termIds.emplace(text.toString(), id);

    const char16_t* s = text.utf16();
    const qsizetype n = text.size();
    if (kind == TermKind::Hangul || kind == TermKind::Compound) {
        for (qsizetype i = 0; i + 1 < n; ++i) {
            std::vector<std::uint32_t>& list = bigramTerms[bigramKey(s[i], s[i + 1])];
            if (list.empty() || list.back() != id)
                list.push_back(id);
        }
    }
    if (kind == TermKind::Hangul) {
        for (qsizetype i = 0; i < n; ++i) {
            std::vector<std::uint32_t>& list = syllableTerms[s[i]];
            if (list.empty() || list.back() != id)
                list.push_back(id);
        }
        firstInitialTerms[static_cast<size_t>(hangul::initialOf(s[0]))].push_back(id);
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const auto pair = static_cast<size_t>(hangul::initialOf(s[i]) * hangul::InitialCount
                                                  + hangul::initialOf(s[i + 1]));
            std::vector<std::uint32_t>& list = initialPairTerms[pair];
            if (list.empty() || list.back() != id)
                list.push_back(id);
        }
    } else if (kind != TermKind::Compound) {
        if (bulk) {
            wordsByText.push_back(id);
        } else {
            const auto at
                = std::lower_bound(wordsByText.begin(), wordsByText.end(), text,
                                   [this](std::uint32_t t, QStringView v) { return termText(t) < v; });
            wordsByText.insert(at, id);
        }
    }
    return id;
}

void SearchIndexData::collectTerms(const IndexedDoc& doc, bool intern, std::vector<DocTerm>* out)
{
    out->clear();
    std::vector<TextRun> runs;
    const auto addField = [&](const QString& display, std::uint32_t field) {
        const QString folded = foldText(display);
        const QStringView view(folded);
        tokenize(view, &runs);
        const std::uint32_t count = field == posting::Body ? 1 : 0;
        const auto addTerm = [&](QStringView text, TermKind kind) {
            if (intern) {
                out->push_back({internTerm(text, kind), field, count});
                return;
            }
            const auto found = termIds.find(text);
            if (found != termIds.end())
                out->push_back({found->second, field, count});
        };
        size_t g = 0;
        while (g < runs.size()) {
            size_t end = g + 1;
            while (end < runs.size() && runs[end].glued)
                ++end;
            for (size_t r = g; r < end; ++r)
                addTerm(view.mid(runs[r].start, runs[r].length), kindOfRun(runs[r].kind));
            if (end - g > 1) {
                const int from = runs[g].start;
                const int to = runs[end - 1].start + runs[end - 1].length;
                addTerm(view.mid(from, to - from), TermKind::Compound);
            }
            g = end;
        }
    };
    addField(doc.title, posting::Title);
    for (const QString& tag : doc.tags)
        addField(tag, posting::Tags);
    addField(doc.plainBody, posting::Body);

    std::sort(out->begin(), out->end(), [](const DocTerm& a, const DocTerm& b) { return a.term < b.term; });
    size_t kept = 0;
    for (size_t i = 0; i < out->size(); ++i) {
        const DocTerm& t = (*out)[i];
        if (kept > 0 && (*out)[kept - 1].term == t.term) {
            (*out)[kept - 1].fields |= t.fields;
            (*out)[kept - 1].count += t.count;
        } else {
            (*out)[kept++] = t;
        }
    }
    out->resize(kept);
}

bool SearchIndexData::browseLess(std::uint32_t a, std::uint32_t b) const
{
    const IndexedDoc& x = docs[a];
    const IndexedDoc& y = docs[b];
    if (const int c = x.category.compare(y.category); c != 0)
        return c < 0;
    if (const int c = x.title.compare(y.title); c != 0)
        return c < 0;
    if (const int c = x.articleId.compare(y.articleId); c != 0)
        return c < 0;
    return x.version > y.version;
}

bool SearchIndexData::tieLess(std::uint32_t a, std::uint32_t b) const
{
    const IndexedDoc& x = docs[a];
    const IndexedDoc& y = docs[b];
    if (x.title.size() != y.title.size())
        return x.title.size() < y.title.size();
    if (const int c = x.articleId.compare(y.articleId); c != 0)
        return c < 0;
    return x.version > y.version;
}

void SearchIndexData::renumberTies(size_t from)
{
    for (size_t i = from; i < tieOrder.size(); ++i)
        slotInfo[tieOrder[i]].tieRank = static_cast<std::uint32_t>(i);
}

void SearchIndexData::add(const SearchDocument& doc)
{
    std::uint32_t slot = 0;
    if (!freeSlots.empty()) {
        slot = freeSlots.back();
        freeSlots.pop_back();
    } else {
        if (docs.size() >= posting::MaxSlots) {
            qWarning("SearchIndex: more than %u versions; %s not indexed", posting::MaxSlots,
                     qPrintable(doc.articleId));
            return;
        }
        slot = static_cast<std::uint32_t>(docs.size());
        docs.emplace_back();
        slotInfo.emplace_back();
    }
    IndexedDoc& entry = docs[slot];
    entry.articleId = doc.articleId;
    entry.version = doc.version;
    entry.title = displayText(doc.title);
    entry.tags.clear();
    for (const QString& tag : doc.tags) {
        const QString shown = displayText(tag);
        if (!shown.isEmpty())
            entry.tags.append(shown);
    }
    entry.plainBody = stripMarkdown(doc.body);
    entry.category = doc.category;
    entry.status = doc.status;
    entry.alive = true;

    std::vector<DocTerm> docTerms;
    collectTerms(entry, true, &docTerms);
    for (const DocTerm& t : docTerms) {
        const std::uint32_t p = posting::pack(slot, t.fields, t.count);
        std::vector<std::uint32_t>& list = postings[t.term];
        if (list.empty() || list.back() < p)
            list.push_back(p);
        else
            list.insert(std::lower_bound(list.begin(), list.end(), p), p);
        termFlags[t.term] |= LiveTerm;
    }
    slotByKey.insert({doc.articleId, doc.version}, slot);
    ++aliveCount;

    SlotInfo& info = slotInfo[slot];
    info.fromDay = dayNumber(doc.effectiveFrom, std::numeric_limits<qint32>::min());
    info.untilDay = dayNumber(doc.effectiveUntil, std::numeric_limits<qint32>::max());
    info.status = statusCode(doc.status);
    if (bulk) {
        browseOrder.push_back(slot);
        tieOrder.push_back(slot);
        return;
    }
    const auto at = std::lower_bound(browseOrder.begin(), browseOrder.end(), slot,
                                     [this](std::uint32_t a, std::uint32_t b) { return browseLess(a, b); });
    browseOrder.insert(at, slot);
    const auto tieAt = std::lower_bound(tieOrder.begin(), tieOrder.end(), slot,
                                        [this](std::uint32_t a, std::uint32_t b) { return tieLess(a, b); });
    const auto index = static_cast<size_t>(tieAt - tieOrder.begin());
    tieOrder.insert(tieAt, slot);
    renumberTies(index);
}

void SearchIndexData::removeSlot(std::uint32_t slot)
{
    IndexedDoc& doc = docs[slot];
    if (!doc.alive)
        return;
    std::vector<DocTerm> docTerms;
    collectTerms(doc, false, &docTerms);
    const std::uint32_t first = posting::pack(slot, 0, 0);
    for (const DocTerm& t : docTerms) {
        std::vector<std::uint32_t>& list = postings[t.term];
        const auto at = std::lower_bound(list.begin(), list.end(), first);
        if (at != list.end() && posting::slot(*at) == slot)
            list.erase(at);
        if (list.empty())
            termFlags[t.term] &= static_cast<std::uint8_t>(~LiveTerm);
    }
    browseOrder.erase(std::remove(browseOrder.begin(), browseOrder.end(), slot), browseOrder.end());
    const auto tieAt = std::find(tieOrder.begin(), tieOrder.end(), slot);
    if (tieAt != tieOrder.end()) {
        const auto index = static_cast<size_t>(tieAt - tieOrder.begin());
        tieOrder.erase(tieAt);
        renumberTies(index);
    }
    slotInfo[slot] = SlotInfo();
    slotByKey.remove({doc.articleId, doc.version});
    doc = IndexedDoc();
    freeSlots.push_back(slot);
    --aliveCount;
}

void SearchIndexData::finishBulk()
{
    std::sort(wordsByText.begin(), wordsByText.end(),
              [this](std::uint32_t a, std::uint32_t b) { return termText(a) < termText(b); });
    std::sort(browseOrder.begin(), browseOrder.end(),
              [this](std::uint32_t a, std::uint32_t b) { return browseLess(a, b); });
    std::sort(tieOrder.begin(), tieOrder.end(),
              [this](std::uint32_t a, std::uint32_t b) { return tieLess(a, b); });
    renumberTies(0);
    bulk = false;
}

const std::vector<std::uint32_t>* SearchIndexData::rarestBigram(QStringView text) const
{
    const std::vector<std::uint32_t>* best = nullptr;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const auto found = bigramTerms.find(bigramKey(text[i].unicode(), text[i + 1].unicode()));
        if (found == bigramTerms.end())
            return nullptr;
        if (best == nullptr || found->second.size() < best->size())
            best = &found->second;
    }
    return best;
}

void SearchIndexData::resolve(const Matcher& matcher, std::vector<TermMatch>* out) const
{
    const auto consider = [&](std::uint32_t t, TermKind wanted) {
        if (termFlags[t] != (static_cast<std::uint8_t>(wanted) | LiveTerm))
            return;
        const float quality = matcher.termQuality(termText(t));
        if (quality > 0.0F)
            out->push_back({t, quality});
    };

    switch (matcher.kind) {
    case Matcher::Kind::Syllables:
    case Matcher::Kind::Compound: {
        const TermKind wanted
            = matcher.kind == Matcher::Kind::Syllables ? TermKind::Hangul : TermKind::Compound;
        const std::vector<std::uint32_t>* list = nullptr;
        if (matcher.text.size() == 1 && wanted == TermKind::Hangul) {
            const auto found = syllableTerms.find(matcher.text[0].unicode());
            if (found != syllableTerms.end())
                list = &found->second;
        } else {
            list = rarestBigram(matcher.text);
        }
        if (list == nullptr)
            return;
        for (const std::uint32_t t : *list)
            consider(t, wanted);
        return;
    }
    case Matcher::Kind::Pattern: {
        const std::vector<PatternElement>& pattern = matcher.pattern;
        if (pattern.empty())
            return;
        if (pattern.size() == 1) {
            const PatternElement& only = pattern.front();
            if (matcher.wordStartOnly && only.first + hangul::InitialStride - 1 == only.last) {
                for (const std::uint32_t t : firstInitialTerms[static_cast<size_t>(only.initial)])
                    consider(t, TermKind::Hangul);
                return;
            }
            // every syllable in the element's range, through the syllable index
            std::vector<std::uint32_t> candidates;
            for (char16_t c = only.first; c <= only.last; ++c) {
                const auto found = syllableTerms.find(c);
                if (found != syllableTerms.end())
                    candidates.insert(candidates.end(), found->second.begin(), found->second.end());
                if (c == only.last)
                    break;
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            for (const std::uint32_t t : candidates)
                consider(t, TermKind::Hangul);
            return;
        }
        // the rarest pair of adjacent initials, then each term checked whole
        const std::vector<std::uint32_t>* best = nullptr;
        for (size_t i = 0; i + 1 < pattern.size(); ++i) {
            const auto pair
                = static_cast<size_t>(pattern[i].initial * hangul::InitialCount + pattern[i + 1].initial);
            const std::vector<std::uint32_t>& list = initialPairTerms[pair];
            if (best == nullptr || list.size() < best->size())
                best = &list;
        }
        if (best == nullptr)
            return;
        for (const std::uint32_t t : *best)
            consider(t, TermKind::Hangul);
        return;
    }
    case Matcher::Kind::Latin:
    case Matcher::Kind::Digit:
    case Matcher::Kind::Other: {
        const TermKind wanted = matcher.kind == Matcher::Kind::Latin
            ? TermKind::Latin
            : (matcher.kind == Matcher::Kind::Digit ? TermKind::Digit : TermKind::Other);
        if (!matcher.prefix) {
            const auto found = termIds.find(QStringView(matcher.text));
            if (found != termIds.end())
                consider(found->second, wanted);
            return;
        }
        const QStringView text(matcher.text);
        auto it = std::lower_bound(wordsByText.begin(), wordsByText.end(), text,
                                   [this](std::uint32_t t, QStringView v) { return termText(t) < v; });
        for (; it != wordsByText.end() && termText(*it).startsWith(text); ++it)
            consider(*it, wanted);
        return;
    }
    }
}

size_t SearchIndexData::memoryUsage() const
{
    size_t bytes = sizeof(*this);
    bytes += vectorBytes(docs);
    for (const IndexedDoc& doc : docs) {
        bytes += stringBytes(doc.articleId) + stringBytes(doc.title) + stringBytes(doc.plainBody)
            + stringBytes(doc.category) + stringBytes(doc.status);
        for (const QString& tag : doc.tags)
            bytes += stringBytes(tag) + sizeof(QString);
    }
    bytes += vectorBytes(freeSlots) + vectorBytes(browseOrder);
    bytes += static_cast<size_t>(slotByKey.capacity()) * (sizeof(std::pair<QString, int>) + 16);

    bytes += vectorBytes(termChars) + vectorBytes(termStart) + vectorBytes(termFlags);
    for (const auto& [text, id] : termIds)
        bytes += stringBytes(text);
    bytes += hashBytes(termIds, sizeof(QString) + sizeof(std::uint32_t) + sizeof(size_t));
    bytes += vectorBytes(postings);
    for (const auto& list : postings)
        bytes += vectorBytes(list) + (list.capacity() > 0 ? 16 : 0);
    bytes += hashBytes(bigramTerms, sizeof(std::uint32_t) + sizeof(std::vector<std::uint32_t>));
    for (const auto& [key, list] : bigramTerms)
        bytes += vectorBytes(list) + 16;
    bytes += hashBytes(syllableTerms, sizeof(char16_t) + sizeof(std::vector<std::uint32_t>));
    for (const auto& [key, list] : syllableTerms)
        bytes += vectorBytes(list) + 16;
    bytes += vectorBytes(wordsByText) + vectorBytes(slotInfo) + vectorBytes(tieOrder);
    for (const auto& list : initialPairTerms)
        bytes += vectorBytes(list) + sizeof(list);
    for (const auto& list : firstInitialTerms)
        bytes += vectorBytes(list) + sizeof(list);
    return bytes;
}

} // namespace minwon
