// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deterministic knowledge base, used by the search benchmark and by
// minwon-admin generate: guidance articles
// of a Korean city's call center, written from vocabulary lists (districts,
// places, topics, sentence patterns with numbers, dates and Latin such as
// PCR, QR, AZ), with older, expired, future and draft versions among them.

#include "search/SearchDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace minwon::corpus {

struct KbCorpusOptions
{
    int articles = 20000; ///< versions to generate (when articleCount is 0)
    int articleCount = 0; ///< if > 0: this many articles, with all their versions
    int multiVersionPercent = 30; ///< articles with more than one version
    int maxVersions = 3;
    int firstYear = 2020; ///< years the guidance was written for
    int lastYear = 2022;
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

} // namespace minwon::corpus
