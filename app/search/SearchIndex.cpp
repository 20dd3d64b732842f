// SPDX-License-Identifier: Apache-2.0
#include "search/SearchIndex.h"

#include "search/SearchHighlight.h"
#include "search/SearchIndexData.h"
#include "search/SearchQuery.h"
#include "search/SearchText.h"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace minwon {

using namespace search;

namespace {

// Score of one matched term in one version: quality × field weights, plus a
// little for repeated body matches. A title match outranks any tags match, a
// tags match any body match (for equal quality; see Matcher::termQuality).
constexpr float TitleWeight = 16.0F;
constexpr float TagsWeight = 8.0F;
constexpr float BodyWeight = 4.0F;
constexpr float AdjacencyShare = 0.5F; ///< optional clauses (코로나19 together) add this share

constexpr std::array<float, 8> FieldWeights = [] {
    std::array<float, 8> w {};
    for (std::uint32_t f = 0; f < 8; ++f) {
        w[f] = ((f & posting::Title) != 0 ? TitleWeight : 0.0F)
            + ((f & posting::Tags) != 0 ? TagsWeight : 0.0F) + ((f & posting::Body) != 0 ? BodyWeight : 0.0F);
    }
    return w;
}();
constexpr std::array<float, 32> CountBonus = [] {
    std::array<float, 32> b {};
    for (std::uint32_t c = 0; c < 32; ++c)
        b[c] = 0.1F * static_cast<float>(std::min(c, 6U));
    return b;
}();
// The weight of a posting's low byte (fields and body count) at quality 1.
constexpr std::array<float, 256> PostingWeights = [] {
    std::array<float, 256> w {};
    for (std::uint32_t low = 0; low < 256; ++low)
        w[low] = FieldWeights[posting::fields(low)] + CountBonus[posting::count(low)];
    return w;
}();

struct Candidate
{
    std::uint32_t slot;
    std::uint32_t tieRank;
    float score;
    bool inForce;
};

// Per-thread working memory of search(), all zero between searches.
struct Scratch
{
    std::vector<float> clauseScore;
    std::vector<float> total;
    std::vector<std::uint16_t> matched;
    std::vector<std::uint32_t> touched; ///< room for every slot; the first touchedCount are used
    size_t touchedCount = 0;
    std::vector<std::uint32_t> candidates;
    std::vector<Candidate> pool;

    void fit(size_t slotCount)
    {
        if (clauseScore.size() < slotCount) {
            clauseScore.resize(slotCount, 0.0F);
            total.resize(slotCount, 0.0F);
            matched.resize(slotCount, 0);
            touched.resize(slotCount + 1);
        }
    }
};

struct ResolvedClause
{
    std::vector<TermMatch> terms;
    std::vector<const Matcher*> active; ///< the variants that matched some term
    size_t cost = 0; ///< postings to read
    bool optional = false;
};

// Resolves a clause to the terms it matches (fallbacks only when the
// variants match none), one entry per term with its best quality.
ResolvedClause resolveClause(const SearchIndexData& data, const QueryClause& clause)
{
    ResolvedClause resolved;
    resolved.optional = clause.optional;
    const auto tryList = [&](const std::vector<Matcher>& list) {
        for (const Matcher& matcher : list) {
            const size_t before = resolved.terms.size();
            data.resolve(matcher, &resolved.terms);
            if (resolved.terms.size() > before)
                resolved.active.push_back(&matcher);
        }
    };
    tryList(clause.variants);
    if (resolved.terms.empty())
        tryList(clause.fallbacks);

    std::vector<TermMatch>& terms = resolved.terms;
    const auto byTerm = [](const TermMatch& a, const TermMatch& b) {
        return a.term != b.term ? a.term < b.term : a.quality > b.quality;
    };
    if (!std::is_sorted(terms.begin(), terms.end(), byTerm))
        std::sort(terms.begin(), terms.end(), byTerm);
    terms.erase(std::unique(terms.begin(), terms.end(),
                            [](const TermMatch& a, const TermMatch& b) { return a.term == b.term; }),
                terms.end());
    for (const TermMatch& t : terms)
        resolved.cost += data.postings[t.term].size();
    return resolved;
}

// Reads the postings of one clause into scratch.clauseScore (best term per
// version); only versions that matched the `round` clauses before it count.
void scoreClause(const SearchIndexData& data, const ResolvedClause& clause, std::uint16_t round,
                 Scratch* scratch)
{
    float* score = scratch->clauseScore.data();
    const std::uint16_t* matched = scratch->matched.data();
    // Every version is touched at most once per clause: there is room for all.
    std::uint32_t* out = scratch->touched.data();
    size_t count = 0;
    for (const TermMatch& t : clause.terms) {
        const float quality = t.quality;
        for (const std::uint32_t p : data.postings[t.term]) {
            // Branch-free: which versions are still candidates, and which are
            // touched first, is as good as random.
            const std::uint32_t slot = posting::slot(p);
            const float s = matched[slot] == round ? quality * PostingWeights[p & 0xFFU] : 0.0F;
            const float before = score[slot];
            score[slot] = std::max(before, s);
            out[count] = slot;
            count += static_cast<size_t>((before <= 0.0F) & (s > 0.0F));
        }
    }
    scratch->touchedCount = count;
}

QList<SearchIndex::Hit> listInForce(const SearchIndexData& data, const SearchIndex::Query& query, qint32 day)
{
    QList<SearchIndex::Hit> hits;
    const auto limit
        = query.limit > 0 ? static_cast<qsizetype>(query.limit) : std::numeric_limits<qsizetype>::max();
    const std::vector<const Matcher*> none;
    for (int pass = 0; pass < (query.includeInactive ? 2 : 1); ++pass) {
        for (const std::uint32_t slot : data.browseOrder) {
            if (hits.size() >= limit)
                return hits;
            const SearchIndexData::SlotInfo& info = data.slotInfo[slot];
            const bool inForce = info.inForceOn(day);
            if (pass == 0 ? !inForce : (inForce || !info.listable()))
                continue;
            const IndexedDoc& doc = data.docs[slot];
            SearchIndex::Hit hit;
            hit.articleId = doc.articleId;
            hit.version = doc.version;
            hit.title = doc.title;
            hit.inForce = inForce;
            hit.status = doc.status;
            hit.category = doc.category;
            makeSnippet(doc.plainBody, none, &hit.snippet, &hit.snippetMatches);
            hits.append(std::move(hit));
        }
    }
    return hits;
}

} // namespace

SearchIndex::SearchIndex()
    : m_data(new SearchIndexData)
{
}

SearchIndex::SearchIndex(const SearchIndex& other) = default;
SearchIndex& SearchIndex::operator=(const SearchIndex& other) = default;
SearchIndex::~SearchIndex() = default;

void SearchIndex::clear()
{
    m_data->clear();
}

void SearchIndex::upsert(const SearchDocument& doc)
{
    const auto found = m_data->slotByKey.constFind({doc.articleId, doc.version});
    if (found != m_data->slotByKey.constEnd())
        m_data->removeSlot(found.value());
    m_data->add(doc);
}

void SearchIndex::remove(const QString& articleId, int version)
{
    const SearchIndexData& data = *m_data.constData(); // no copy of shared data unless something goes
    const auto found = data.slotByKey.constFind({articleId, version});
    if (found != data.slotByKey.constEnd())
        m_data->removeSlot(found.value());
}

int SearchIndex::size() const
{
    return m_data->aliveCount;
}

bool SearchIndex::contains(const QString& articleId, int version) const
{
    return m_data->slotByKey.contains({articleId, version});
}

size_t SearchIndex::memoryUsage() const
{
    return m_data->memoryUsage();
}

QList<SearchIndex::Hit> SearchIndex::search(const Query& query) const
{
    const SearchIndexData& data = *m_data;
    const qint32 today
        = SearchIndexData::dayNumber(query.onDate.isValid() ? query.onDate : QDate::currentDate());
    const CompiledQuery compiled = compileQuery(query.text);
    if (compiled.blank)
        return listInForce(data, query, today);

    std::vector<ResolvedClause> required;
    std::vector<ResolvedClause> optional;
    for (const QueryClause& clause : compiled.clauses) {
        ResolvedClause resolved = resolveClause(data, clause);
        if (clause.optional) {
            if (!resolved.terms.empty())
                optional.push_back(std::move(resolved));
        } else {
            if (resolved.terms.empty())
                return {}; // one word matches nothing: no version has them all
            required.push_back(std::move(resolved));
        }
    }
    if (required.empty())
        return {};
    // The rarest clause first: it decides the candidates.
    std::stable_sort(required.begin(), required.end(),
                     [](const ResolvedClause& a, const ResolvedClause& b) { return a.cost < b.cost; });

    thread_local Scratch perThread;
    Scratch& scratch = perThread; // one TLS lookup, not one per access
    scratch.fit(data.docs.size());
    for (size_t round = 0; round < required.size(); ++round) {
        const auto r = static_cast<std::uint16_t>(round);
        scoreClause(data, required[round], r, &scratch);
        const std::uint32_t* touched = scratch.touched.data();
        for (size_t i = 0; i < scratch.touchedCount; ++i) {
            const std::uint32_t slot = touched[i];
            scratch.total[slot] += scratch.clauseScore[slot];
            scratch.matched[slot] = static_cast<std::uint16_t>(r + 1);
            scratch.clauseScore[slot] = 0.0F;
        }
        if (round == 0)
            scratch.candidates.assign(touched, touched + scratch.touchedCount);
    }
    const auto all = static_cast<std::uint16_t>(required.size());
    for (const ResolvedClause& clause : optional) {
        scoreClause(data, clause, all, &scratch);
        for (size_t i = 0; i < scratch.touchedCount; ++i) {
            const std::uint32_t slot = scratch.touched[i];
            scratch.total[slot] += AdjacencyShare * scratch.clauseScore[slot];
            scratch.clauseScore[slot] = 0.0F;
        }
    }

    const auto better = [](const Candidate& a, const Candidate& b) {
        if (a.inForce != b.inForce)
            return a.inForce;
        if (a.score != b.score)
            return a.score > b.score;
        return a.tieRank < b.tieRank;
    };
    // The best `limit` in a heap whose top is the worst kept: one comparison
    // for most candidates.
    const size_t limit = query.limit > 0 ? static_cast<size_t>(query.limit) : scratch.candidates.size();
    std::vector<Candidate> found;
    found.reserve(std::min(limit, scratch.candidates.size()));
    const auto keep = [&found, limit, &better](const Candidate& candidate) {
        if (found.size() < limit) {
            found.push_back(candidate);
            std::push_heap(found.begin(), found.end(), better);
        } else if (better(candidate, found.front())) {
            std::pop_heap(found.begin(), found.end(), better);
            found.back() = candidate;
            std::push_heap(found.begin(), found.end(), better);
        }
    };
    const std::uint16_t* matched = scratch.matched.data();
    const float* total = scratch.total.data();
    const SearchIndexData::SlotInfo* info = data.slotInfo.data();
    const bool inactiveToo = query.includeInactive;
    // Without branches: whether a version is in force is as good as random.
    const auto eligible = [&](std::uint32_t slot, bool* inForce) {
        const SearchIndexData::SlotInfo& i = info[slot];
        *inForce = i.inForceOn(today);
        return (matched[slot] == all) & (*inForce | (inactiveToo & i.listable()));
    };
    if (scratch.candidates.size() * 4 > data.docs.size()) {
        // most versions are candidates: read the arrays in order, then clear them whole
        const auto slotCount = static_cast<std::uint32_t>(data.docs.size());
        std::vector<Candidate>& pool = scratch.pool;
        pool.resize(slotCount);
        size_t count = 0;
        for (std::uint32_t slot = 0; slot < slotCount; ++slot) {
            bool inForce = false;
            const bool ok = eligible(slot, &inForce);
            pool[count] = {slot, info[slot].tieRank, total[slot], inForce};
            count += ok ? 1U : 0U;
        }
        for (size_t i = 0; i < count; ++i)
            keep(pool[i]);
        std::fill(scratch.total.begin(), scratch.total.begin() + slotCount, 0.0F);
        std::fill(scratch.matched.begin(), scratch.matched.begin() + slotCount, std::uint16_t {0});
    } else {
        for (const std::uint32_t slot : scratch.candidates) {
            bool inForce = false;
            if (eligible(slot, &inForce))
                keep({slot, info[slot].tieRank, total[slot], inForce});
            scratch.total[slot] = 0.0F;
            scratch.matched[slot] = 0;
        }
    }
    scratch.candidates.clear();
    scratch.touchedCount = 0;
    std::sort_heap(found.begin(), found.end(), better);

    std::vector<const Matcher*> matchers;
    for (const ResolvedClause& clause : required)
        matchers.insert(matchers.end(), clause.active.begin(), clause.active.end());

    QList<Hit> hits;
    hits.reserve(static_cast<qsizetype>(found.size()));
    for (size_t i = 0; i < found.size(); ++i) {
        const IndexedDoc& doc = data.docs[found[i].slot];
        Hit hit;
        hit.articleId = doc.articleId;
        hit.version = doc.version;
        hit.score = found[i].score;
        hit.title = doc.title;
        hit.titleMatches = findSpans(foldText(doc.title), matchers);
        makeSnippet(doc.plainBody, matchers, &hit.snippet, &hit.snippetMatches);
        hit.inForce = found[i].inForce;
        hit.status = doc.status;
        hit.category = doc.category;
        hits.append(std::move(hit));
    }
    return hits;
}

SearchIndex buildSearchIndex(const QList<SearchDocument>& docs)
{
    SearchIndex index;
    SearchIndexData& data = *index.m_data;
    data.bulk = true;
    data.docs.reserve(static_cast<size_t>(docs.size()));
    for (const SearchDocument& doc : docs) {
        const auto found = data.slotByKey.constFind({doc.articleId, doc.version});
        if (found != data.slotByKey.constEnd())
            data.removeSlot(found.value());
        data.add(doc);
    }
    data.finishBulk();
    return index;
}

} // namespace minwon
