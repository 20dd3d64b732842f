// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace minwon {

/// A word-level difference between two texts, for the history of a guidance
/// article. Korean is written in space-separated words (어절), so a word is a
/// run of non-whitespace; the whitespace after a word travels with it. The
/// words are compared with Myers' O(ND) algorithm (shortest edit script), so
/// a small edit in a long article stays small.
struct DiffSegment
{
    enum class Op
    {
        Equal,
        Delete, ///< only in the old text
        Insert, ///< only in the new text
    };
    Op op = Op::Equal;
    QString text; ///< the words with the whitespace that followed them
    friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

/// Segments that, read without the deletions, give `newer` exactly, and read
/// without the insertions give `older` up to whitespace between words.
/// Consecutive words with the same operation are merged; within a changed
/// stretch the deletion comes before the insertion.
QList<DiffSegment> wordDiff(const QString& older, const QString& newer);

/// Words deleted and inserted (a quick summary: "+12 −3").
struct DiffStats
{
    int inserted = 0;
    int deleted = 0;
};
DiffStats wordDiffStats(const QString& older, const QString& newer);

} // namespace minwon
