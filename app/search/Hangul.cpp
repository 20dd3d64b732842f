// SPDX-License-Identifier: Apache-2.0
#include "search/Hangul.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace minwon::search::hangul {

namespace {

// U+3131..U+314E: the initial(s) each compatibility consonant stands for.
// -1 marks "no second consonant".
struct CompatConsonant
{
    int first;
    int second;
};
constexpr std::array<CompatConsonant, 30> CompatConsonants = {{
    {0, -1}, // ㄱ
    {1, -1}, // ㄲ
    {0, 9}, // ㄳ
    {2, -1}, // ㄴ
    {2, 12}, // ㄵ
    {2, 18}, // ㄶ
    {3, -1}, // ㄷ
    {4, -1}, // ㄸ
    {5, -1}, // ㄹ
    {5, 0}, // ㄺ
    {5, 6}, // ㄻ
    {5, 7}, // ㄼ
    {5, 9}, // ㄽ
    {5, 16}, // ㄾ
    {5, 17}, // ㄿ
    {5, 18}, // ㅀ
    {6, -1}, // ㅁ
    {7, -1}, // ㅂ
    {8, -1}, // ㅃ
    {7, 9}, // ㅄ
    {9, -1}, // ㅅ
    {10, -1}, // ㅆ
    {11, -1}, // ㅇ
    {12, -1}, // ㅈ
    {13, -1}, // ㅉ
    {14, -1}, // ㅊ
    {15, -1}, // ㅋ
    {16, -1}, // ㅌ
    {17, -1}, // ㅍ
    {18, -1}, // ㅎ
}};

constexpr std::array<char16_t, InitialCount> CompatInitials
    = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ', u'ㅂ', u'ㅃ', u'ㅅ',
       u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};

// Final index (1..27) → the final that stays and the initial that moves on.
struct FinalSplit
{
    int stays;
    int moves;
};
constexpr std::array<FinalSplit, FinalCount> FinalSplits = {{
    {0, -1}, // (none)
    {0, 0}, // ㄱ
    {0, 1}, // ㄲ
    {1, 9}, // ㄳ → ㄱ + ㅅ
    {0, 2}, // ㄴ
    {4, 12}, // ㄵ → ㄴ + ㅈ
    {4, 18}, // ㄶ → ㄴ + ㅎ
    {0, 3}, // ㄷ
    {0, 5}, // ㄹ
    {8, 0}, // ㄺ → ㄹ + ㄱ
    {8, 6}, // ㄻ
    {8, 7}, // ㄼ
    {8, 9}, // ㄽ
    {8, 16}, // ㄾ
    {8, 17}, // ㄿ
    {8, 18}, // ㅀ
    {0, 6}, // ㅁ
    {0, 7}, // ㅂ
    {17, 9}, // ㅄ → ㅂ + ㅅ
    {0, 9}, // ㅅ
    {0, 10}, // ㅆ
    {0, 11}, // ㅇ
    {0, 12}, // ㅈ
    {0, 14}, // ㅊ
    {0, 15}, // ㅋ
    {0, 16}, // ㅌ
    {0, 17}, // ㅍ
    {0, 18}, // ㅎ
}};

// Common particles (조사) and particle combinations, as they end a word.
constexpr QStringView ParticleList[]
    = {u"은",     u"는",     u"이",     u"가",     u"을",       u"를",     u"의",     u"에",   u"에서",
       u"에게",   u"께",     u"께서",   u"께는",   u"한테",     u"한테서", u"으로",   u"로",   u"와",
       u"과",     u"도",     u"만",     u"부터",   u"까지",     u"이나",   u"나",     u"이랑", u"랑",
       u"하고",   u"처럼",   u"보다",   u"에는",   u"에서는",   u"에게는", u"으로는", u"로는", u"에도",
       u"에서도", u"에게도", u"으로도", u"로도",   u"까지는",   u"까지도", u"부터는", u"만은", u"만이",
       u"이라도", u"라도",   u"이란",   u"란",     u"과는",     u"와는",   u"과의",   u"와의", u"에서의",
       u"으로의", u"로의",   u"에의",   u"에게서", u"에서부터", u"마다",   u"조차",   u"밖에", u"이든",
       u"든",     u"이든지", u"든지",   u"대로",   u"께서는",   u"이며",   u"이고"};

// The same, sorted in UTF-16 order for binary search.
const std::vector<QStringView>& sortedParticles()
{
    static const std::vector<QStringView> sorted = [] {
        std::vector<QStringView> list(std::begin(ParticleList), std::end(ParticleList));
        std::sort(list.begin(), list.end());
        return list;
    }();
    return sorted;
}

} // namespace

int queryInitials(char16_t c, int out[2])
{
    if (c >= 0x3131 && c <= 0x314E) {
        const CompatConsonant& entry = CompatConsonants[c - 0x3131];
        out[0] = entry.first;
        if (entry.second < 0)
            return 1;
        out[1] = entry.second;
        return 2;
    }
    if (c >= 0x1100 && c <= 0x1112) { // conjoining initials, same order
        out[0] = c - 0x1100;
        return 1;
    }
    return 0;
}

char16_t compatibilityInitial(int initial)
{
    return initial >= 0 && initial < InitialCount ? CompatInitials[static_cast<size_t>(initial)] : u'\0';
}

bool splitFinal(char16_t syllable, char16_t* rest, int* movedInitial)
{
    if (!isSyllable(syllable))
        return false;
    const int final = finalOf(syllable);
    if (final == 0)
        return false;
    const FinalSplit& split = FinalSplits[static_cast<size_t>(final)];
    *rest = compose(initialOf(syllable), medialOf(syllable), split.stays);
    *movedInitial = split.moves;
    return true;
}

bool isParticle(QStringView word)
{
    const std::vector<QStringView>& list = sortedParticles();
    return std::binary_search(list.begin(), list.end(), word);
}

const QStringView* particlesBegin()
{
    return std::begin(ParticleList);
}

const QStringView* particlesEnd()
{
    return std::end(ParticleList);
}

} // namespace minwon::search::hangul
