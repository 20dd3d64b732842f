// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoNames.h"

#include <QStringList>

namespace minwon::demo {

namespace {

// Common surnames with rough frequencies, and given-name syllables.
const char16_t* const kSurnames[] = {u"김", u"이", u"박", u"최", u"정", u"강", u"조", u"윤", u"장", u"임",
                                     u"한", u"오", u"서", u"신", u"권", u"황", u"안", u"송", u"전", u"홍"};
const double kSurnameWeights[]
    = {21, 15, 8.5, 4.7, 4.3, 2.4, 2.1, 2.1, 2.0, 1.7, 1.5, 1.5, 1.5, 1.4, 1.4, 1.3, 1.3, 1.2, 1.1, 1.1};
const char16_t* const kFirst[] = {u"민", u"서", u"지", u"현", u"수", u"예", u"하", u"도", u"은", u"유",
                                  u"준", u"시", u"재", u"정", u"성", u"영", u"경", u"상", u"혜", u"태"};
const char16_t* const kSecond[] = {u"준", u"연", u"우", u"진", u"아", u"윤", u"호", u"희", u"빈", u"원",
                                   u"서", u"은", u"훈", u"민", u"석", u"주", u"영", u"린", u"혁", u"경"};

} // namespace

int weightedIndex(QRandomGenerator& rng, const double* weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double pick = rng.generateDouble() * total;
    for (int i = 0; i < count; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    return count - 1;
}

QString personName(QRandomGenerator& rng)
{
    const int s = weightedIndex(rng, kSurnameWeights, int(std::size(kSurnameWeights)));
    return QString::fromUtf16(kSurnames[s]) + QString::fromUtf16(kFirst[rng.bounded(int(std::size(kFirst)))])
        + QString::fromUtf16(kSecond[rng.bounded(int(std::size(kSecond)))]);
}

QString mobileNumber(QRandomGenerator& rng)
{
    return QStringLiteral("010-%1-%2")
        .arg(rng.bounded(2000, 9999), 4, 10, QLatin1Char('0'))
        .arg(rng.bounded(0, 9999), 4, 10, QLatin1Char('0'));
}

} // namespace minwon::demo
