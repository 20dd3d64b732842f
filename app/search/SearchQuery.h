// SPDX-License-Identifier: Apache-2.0
#pragma once

// A search query compiled into clauses. Every required clause must match a
// document (AND); a clause matches when one of its variants matches one of
// the document's words. Optional clauses only add to the score.

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace minwon::search {

/// One syllable position of a Hangul pattern: an initial consonant (초성)
/// alone, an initial and medial (any final), or an exact syllable. Each is
/// a contiguous range of syllables, so matching is two comparisons.
struct PatternElement
{
    std::int8_t initial = 0;
    char16_t first = 0; ///< lowest matching syllable
    char16_t last = 0; ///< highest matching syllable
    bool matches(char16_t c) const { return c >= first && c <= last; }
    static PatternElement consonant(int initial);
    static PatternElement openFinal(char16_t syllable); ///< same initial and medial, any final
    static PatternElement exact(char16_t syllable);
};

/// How one variant of a query word matches an indexed word (term) and a
/// piece of text. Text is folded (see foldText()).
struct Matcher
{
    enum class Kind : std::uint8_t
    {
        Syllables, ///< a Hangul string found anywhere inside a Hangul word
        Pattern, ///< syllables and 초성 (ㄱㄹㄷㄱ, ㄱㄹ두기, 거리두+ㄱ)
        Latin, ///< a Latin word or its beginning
        Digit, ///< a number; its beginning only while typing it (last query word)
        Other, ///< another script, word beginning
        Compound, ///< a glued group such as "코로나19" (adjacency bonus)
    };
    Kind kind = Kind::Syllables;
    QString text; ///< the needle; for Pattern, the typed text
    std::vector<PatternElement> pattern;
    bool prefix = true; ///< Latin, Digit, Other: a word beginning suffices
    bool wordStartOnly = false; ///< Pattern: only at the start of a word
    float factor = 1.0F; ///< quality factor of the variant (stripped particles: < 1)

    /// 0 when `term` does not match; else the quality in (0, 1]: a whole word
    /// (possibly followed by a particle) > word beginning > inside a word.
    float termQuality(QStringView term) const;
    /// The next match in folded text at or after `from`: start, and length in
    /// `length`; -1 when none.
    int find(QStringView folded, int from, int* length) const;
};

struct QueryClause
{
    std::vector<Matcher> variants;
    /// Tried only when no variant matches any indexed word: one-syllable
    /// remainders of particle stripping, and the as-you-type relaxations of
    /// the last word (선별지 → 선별진…, 거리둑 → 거리두기).
    std::vector<Matcher> fallbacks;
    bool optional = false;
};

struct CompiledQuery
{
    std::vector<QueryClause> clauses;
    bool blank = true; ///< the query holds nothing but whitespace
};

/// Normalises (NFC, case, width) and compiles a query as typed. Only the
/// first 16 runs (words, or script runs within words) count.
CompiledQuery compileQuery(const QString& text);

} // namespace minwon::search
