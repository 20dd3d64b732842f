// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoMix.h"

#include "demo/DemoNames.h"

#include <QStringList>

namespace minwon::demo {

namespace {

const char* const kChannels[]
    = {"phone", "kakao_channel", "sms", "kakao_friend", "web", "fax", "facebook", "twitter"};
const double kChannelWeights[] = {80, 6, 4, 3, 3, 1, 1.5, 1.5};

const char* const kSubcategories[]
    = {"covid19.testing",       "covid19.quarantine",  "covid19.grants",        "covid19.movements",
       "covid19.distancing",    "covid19.vaccination", "covid19.violation",     "tax.local",
       "tax.property",          "tax.vehicle",         "resident.registration", "resident.family",
       "resident.certificates", "transport.bus",       "transport.parking",     "transport.taxi",
       "welfare.basic",         "welfare.senior",      "welfare.childcare",     "environment.waste",
       "environment.noise",     "environment.hygiene", "housing.permit",        "housing.rental",
       "other.general",         "other.praise"};
const double kSubcategoryWeights[]
    = {8, 6, 6, 3, 4, 3, 1, 5, 5, 5, 3, 2, 2, 2, 3, 1, 4, 3, 3, 4, 2, 2, 2, 3, 15, 3};

// A 24-hour service: quiet nights, a morning peak and an afternoon peak.
const double kHourWeights[] = {0.4, 0.3, 0.2, 0.2, 0.2, 0.4, 0.9, 2.0, 4.5, 9.0, 10.0, 9.5,
                               6.5, 8.0, 9.0, 8.5, 7.5, 6.0, 4.0, 3.0, 2.5, 2.0, 1.5,  0.8};

} // namespace

QString pickChannel(QRandomGenerator& rng)
{
    return QLatin1String(kChannels[weightedIndex(rng, kChannelWeights, int(std::size(kChannelWeights)))]);
}

QString pickSubcategory(QRandomGenerator& rng)
{
    return QLatin1String(
        kSubcategories[weightedIndex(rng, kSubcategoryWeights, int(std::size(kSubcategoryWeights)))]);
}

int pickHour(QRandomGenerator& rng)
{
    return weightedIndex(rng, kHourWeights, 24);
}

double weekdayFactor(int dayOfWeek)
{
    static const double factors[] = {1.12, 1.02, 0.98, 0.97, 1.0, 0.55, 0.45}; // Mon..Sun
    return factors[qBound(1, dayOfWeek, 7) - 1];
}

QStringList subcategories()
{
    QStringList out;
    for (const char* s : kSubcategories)
        out << QLatin1String(s);
    return out;
}

MixTable channelMix()
{
    return {kChannels, kChannelWeights, int(std::size(kChannelWeights))};
}

MixTable subcategoryMix()
{
    return {kSubcategories, kSubcategoryWeights, int(std::size(kSubcategoryWeights))};
}

MixTable hourMix()
{
    return {nullptr, kHourWeights, int(std::size(kHourWeights))};
}

} // namespace minwon::demo
