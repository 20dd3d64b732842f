// SPDX-License-Identifier: Apache-2.0
#pragma once

// The data behind SearchIndex: the stored versions, the dictionary of indexed
// words (terms) with n-gram and 초성 indexes over it, and one posting list of
// versions per term.

#include "search/SearchDocument.h"
#include "search/SearchQuery.h"

#include <QDate>
#include <QHash>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minwon {

namespace search {

enum class DocStatus : std::uint8_t
{
    Published,
    Superseded,
    Expired,
    Draft,
    InReview,
    Rejected,
    Unknown
};

/// What a version shows in a hit; what filtering reads is in SlotInfo.
struct IndexedDoc
{
    QString articleId;
    int version = 0;
    QString title; ///< display form
    QStringList tags; ///< display form
    QString plainBody; ///< Markdown stripped, one line
    QString category;
    QString status;
    bool alive = false;
};

enum class TermKind : std::uint8_t
{
    Hangul,
    Latin,
    Digit,
    Other,
    Compound
};

// A posting: version slot (24 bits), fields (3 bits), body count (5 bits).
namespace posting {
inline constexpr std::uint32_t Title = 1;
inline constexpr std::uint32_t Tags = 2;
inline constexpr std::uint32_t Body = 4;
inline constexpr std::uint32_t MaxCount = 31;
inline constexpr std::uint32_t MaxSlots = 1U << 24;
constexpr std::uint32_t pack(std::uint32_t slot, std::uint32_t fields, std::uint32_t count)
{
    return slot << 8 | fields << 5 | (count > MaxCount ? MaxCount : count);
}
constexpr std::uint32_t slot(std::uint32_t p)
{
    return p >> 8;
}
constexpr std::uint32_t fields(std::uint32_t p)
{
    return (p >> 5) & 7U;
}
constexpr std::uint32_t count(std::uint32_t p)
{
    return p & 31U;
}
} // namespace posting

struct TermMatch
{
    std::uint32_t term = 0;
    float quality = 0.0F;
};

struct TermHash
{
    using is_transparent = void;
    size_t operator()(QStringView s) const noexcept { return qHash(s, 0); }
};
struct TermEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

} // namespace search

class SearchIndexData : public QSharedData
{
public:
    // Versions, by slot; freed slots are reused.
    std::vector<search::IndexedDoc> docs;
    std::vector<std::uint32_t> freeSlots;
    int aliveCount = 0;
    QHash<std::pair<QString, int>, std::uint32_t> slotByKey;
    /// Live slots by category, title, articleId, newest version (blank queries).
    std::vector<std::uint32_t> browseOrder;

    // The dictionary of indexed words (terms, folded). Their texts sit one
    // after the other in termChars, so scanning many terms reads memory in order.
    std::vector<char16_t> termChars;
    std::vector<std::uint32_t> termStart {0}; ///< term t is [termStart[t], termStart[t + 1])
    std::vector<std::uint8_t> termFlags; ///< TermKind | LiveTerm
    static constexpr std::uint8_t LiveTerm = 0x80; ///< has postings
    std::unordered_map<QString, std::uint32_t, search::TermHash, search::TermEqual> termIds;
    std::vector<std::vector<std::uint32_t>> postings; ///< per term, sorted by slot
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> bigramTerms; ///< Hangul and compound terms
    std::unordered_map<char16_t, std::vector<std::uint32_t>> syllableTerms; ///< Hangul terms
    std::vector<std::uint32_t> wordsByText; ///< Latin, digit, other terms sorted by text
    /// Hangul terms by pairs of adjacent initials (초성 bigrams): 19 × 19 lists.
    std::vector<std::vector<std::uint32_t>> initialPairTerms;
    /// Hangul terms by the initial of their first syllable: 19 lists.
    std::vector<std::vector<std::uint32_t>> firstInitialTerms;

    /// What ranking and filtering read for every candidate, kept compact.
    struct SlotInfo
    {
        qint32 fromDay = 0; ///< Julian day, clamped
        qint32 untilDay = 0;
        std::uint32_t tieRank = 0; ///< order among equal scores
        search::DocStatus status = search::DocStatus::Unknown;
        // Written with & rather than &&: the search runs this for thousands of
        // versions, and branches on such coin flips cost more than the tests.
        bool inForceOn(qint32 day) const
        {
            return (status == search::DocStatus::Published) & (fromDay <= day) & (day <= untilDay);
        }
        /// Shown at all with includeInactive (drafts, reviews and rejections never are).
        bool listable() const
        {
            return (status == search::DocStatus::Published) | (status == search::DocStatus::Superseded)
                | (status == search::DocStatus::Expired);
        }
    };
    std::vector<SlotInfo> slotInfo; ///< parallel to docs
    /// Live slots by shorter title, articleId, newest version: SlotInfo::tieRank.
    std::vector<std::uint32_t> tieOrder;

    bool bulk = false; ///< building: sort wordsByText, browseOrder and tieOrder once at the end

    SearchIndexData();
    /// A date as a Julian day number, clamped to 32 bits; a null date gives `ifNull`.
    static qint32 dayNumber(const QDate& date, qint32 ifNull = 0);
    void clear();
    size_t termCount() const { return termFlags.size(); }
    QStringView termText(std::uint32_t t) const
    {
        return QStringView(termChars.data() + termStart[t], termStart[t + 1] - termStart[t]);
    }
    search::TermKind termKind(std::uint32_t t) const
    {
        return static_cast<search::TermKind>(termFlags[t] & ~LiveTerm);
    }
    /// Adds a version whose key is not present.
    void add(const SearchDocument& doc);
    void removeSlot(std::uint32_t slot);
    void finishBulk();
    size_t memoryUsage() const;

    /// The terms a matcher matches, with their quality (appended).
    void resolve(const search::Matcher& matcher, std::vector<search::TermMatch>* out) const;

private:
    struct DocTerm
    {
        std::uint32_t term;
        std::uint32_t fields;
        std::uint32_t count;
    };
    /// Terms of a version's fields; with `intern`, new words are added to the dictionary.
    void collectTerms(const search::IndexedDoc& doc, bool intern, std::vector<DocTerm>* out);
    std::uint32_t internTerm(QStringView text, search::TermKind kind);
    bool browseLess(std::uint32_t a, std::uint32_t b) const;
    bool tieLess(std::uint32_t a, std::uint32_t b) const;
    void renumberTies(size_t from);
    const std::vector<std::uint32_t>* rarestBigram(QStringView text) const;
};

} // namespace minwon
