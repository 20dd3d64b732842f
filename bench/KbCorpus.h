// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deterministic knowledge base for the search benchmark: guidance articles
// of a Korean city's call center, written from vocabulary lists (districts,
// places, topics, sentence patterns with numbers, dates and Latin such as
// PCR, QR, AZ), with older, expired, future and draft versions among them.

#include "search/SearchDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace minwon::bench {

struct KbCorpusOptions
{
    int articles = 20000; ///< versions to generate
    std::uint64_t seed = 20210501;
    int minBody = 300; ///< characters
    int maxBody = 2000;
};

/// The generated versions, the same for the same options on every machine.
QList<SearchDocument> generateKbCorpus(const KbCorpusOptions& options);

struct BenchQuery
{
    QString text;
    QString
        kind; ///< 1-syllable, 2-syllable, 3-4 syllables, particle, choseong, two words, latin, digits, none
};

/// 200 mixed queries of the kinds a counselor types.
QList<BenchQuery> benchQueries();

} // namespace minwon::bench
