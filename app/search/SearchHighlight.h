// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a query matched in the text of a hit: spans for the title, and the
// plain-text snippet around the first match in the body.

#include "search/SearchIndex.h"
#include "search/SearchQuery.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace minwon::search {

inline constexpr int SnippetLength = 120;

/// Every match of the matchers in `folded` that overlaps [from, to) (to < 0:
/// the end), sorted; overlapping or touching matches are merged into one span
/// (코로나 + 19 → 코로나19).
QList<SearchIndex::Span> findSpans(QStringView folded, const std::vector<const Matcher*>& matchers,
                                   int from = 0, int to = -1);

/// About SnippetLength characters of `plain` around its first match, with
/// "…" where the text was cut, and the spans of the matches inside it.
void makeSnippet(const QString& plain, const std::vector<const Matcher*>& matchers, QString* snippet,
                 QList<SearchIndex::Span>* spans);

} // namespace minwon::search
