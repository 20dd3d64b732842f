// SPDX-License-Identifier: Apache-2.0
#pragma once

// Hangul arithmetic for the search engine: syllables are decomposed with the
// Unicode formula (U+AC00 + (initial * 21 + medial) * 28 + final), never with
// tables of syllables.

#include <QStringView>

namespace minwon::search::hangul {

inline constexpr char16_t SyllableFirst = 0xAC00;
inline constexpr char16_t SyllableLast = 0xD7A3;
inline constexpr int MedialCount = 21;
inline constexpr int FinalCount = 28;
inline constexpr int InitialStride = MedialCount * FinalCount; // 588
inline constexpr int InitialCount = 19;

constexpr bool isSyllable(char16_t c)
{
    return c >= SyllableFirst && c <= SyllableLast;
}
/// 0..18 (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) of a syllable.
constexpr int initialOf(char16_t syllable)
{
    return (syllable - SyllableFirst) / InitialStride;
}
/// 0..20 of a syllable.
constexpr int medialOf(char16_t syllable)
{
    return (syllable - SyllableFirst) % InitialStride / FinalCount;
}
/// 0 (none) ..27 of a syllable.
constexpr int finalOf(char16_t syllable)
{
    return (syllable - SyllableFirst) % FinalCount;
}
constexpr char16_t compose(int initial, int medial, int final)
{
    return static_cast<char16_t>(SyllableFirst + initial * InitialStride + medial * FinalCount + final);
}

/// The initial consonants a query character stands for: a compatibility
/// consonant ㄱ..ㅎ (U+3131..U+314E) or a conjoining initial (U+1100..U+1112)
/// gives one; a cluster an input method composes from two typed consonants
/// (ㄳ, ㄺ, ㅄ, ...) gives two. Writes the initials' indices (0..18) to
/// `out` and returns how many (0 when `c` is not a consonant).
int queryInitials(char16_t c, int out[2]);
inline bool isQueryConsonant(char16_t c)
{
    int ignored[2];
    return queryInitials(c, ignored) > 0;
}
/// The compatibility jamo (ㄱ, ㄲ, ㄴ, ...) of an initial index.
char16_t compatibilityInitial(int initial);

/// Moves the final consonant of a syllable to the start of the next one, as
/// an input method does when the next vowel is typed: 둑 → 두 + ㄱ, 닭 → 달 + ㄱ.
/// Returns false for a syllable without a final.
bool splitFinal(char16_t syllable, char16_t* rest, int* movedInitial);

/// Whether `word` is one of the common particles (조사) the engine strips
/// from the end of a query word (은, 는, 에서, 에게, 으로, 부터, 까지, ...).
bool isParticle(QStringView word);
/// Every particle, for suffix tests.
const QStringView* particlesBegin();
const QStringView* particlesEnd();

} // namespace minwon::search::hangul
