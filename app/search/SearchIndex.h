// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "search/SearchDocument.h"

#include <QDate>
#include <QList>
#include <QSharedDataPointer>
#include <QString>

#include <cstddef>

namespace minwon {

class SearchIndexData;

/// The knowledge-base search a counselor types into: in memory, Korean-aware,
/// aware of the days each article version is in force. Not a QObject.
///
/// * Words of one or two syllables are found inside longer words (검사 →
///   선별검사소): Hangul words are found through syllable bigrams (unigrams for
///   one syllable) of the indexed words.
/// * Particles ending a query word are tolerated (백신을, 선별진료소에서).
/// * Initial-consonant (초성) queries: ㄱㄹㄷㄱ finds 거리두기; mixed ㄱㄹ두기 too.
/// * Hangul, Latin and digits are split at script boundaries; runs typed
///   together (코로나19, QR코드) score more where they stand together.
/// * Several words: all of them must match.
///
/// Copies are cheap and share the data until one of them changes (implicit
/// sharing). search() is const and safe to call from several threads at
/// once, as long as no thread changes that same object meanwhile.
class SearchIndex
{
public:
    SearchIndex();
    SearchIndex(const SearchIndex& other);
    SearchIndex& operator=(const SearchIndex& other);
    ~SearchIndex();

    void clear();
    /// Adds the version, or replaces the one with the same (articleId, version).
    void upsert(const SearchDocument& doc);
    void remove(const QString& articleId, int version);
    /// Number of article versions held.
    int size() const;
    bool contains(const QString& articleId, int version) const;

    struct Query
    {
        QString text;
        QDate onDate; ///< the day rules must be in force on; null: today
        /// Also superseded, expired and not-yet-in-force versions (never
        /// drafts), flagged with inForce = false and ranked after the rest.
        bool includeInactive = false;
        int limit = 50; ///< <= 0: no limit
    };
    struct Span
    {
        int start = 0; ///< UTF-16 offset
        int length = 0;
        friend bool operator==(const Span&, const Span&) = default;
    };
    struct Hit
    {
        QString articleId;
        int version = 0;
        double score = 0.0;
        QString title; ///< as indexed: NFC, whitespace collapsed
        QList<Span> titleMatches;
        /// About 120 characters of plain text around the first body match,
        /// with "…" where cut (the body's beginning when only the title matched).
        QString snippet;
        QList<Span> snippetMatches;
        bool inForce = false; ///< published and in force on Query::onDate
        QString status;
        QString category;
    };

    /// Best first: versions in force first, then by score (title > tags >
    /// body, whole words > word starts > inside words), shorter titles on
    /// ties, then articleId and newest version. A blank query lists what is
    /// in force by category and title.
    QList<Hit> search(const Query& query) const;

    /// Approximate bytes held by the index.
    size_t memoryUsage() const;

private:
    friend SearchIndex buildSearchIndex(const QList<SearchDocument>& docs);
    friend struct SearchIndexFileAccess; // search/SearchIndexFile.cpp

    QSharedDataPointer<SearchIndexData> m_data;
};

/// Builds an index from many versions at once (faster than upsert() one by
/// one). Meant to run off the GUI thread; the result can be moved or copied
/// to the thread that searches.
SearchIndex buildSearchIndex(const QList<SearchDocument>& docs);

} // namespace minwon
