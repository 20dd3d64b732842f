// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace minwon::demo {

/// The brief's mix of contacts: channels (phone most) and categories
/// (COVID-19 31 %, tax 15 %, resident registration 7 %, transport 6 %, …),
/// and the shape of a 24-hour day. Shared by the demo loader and the simulator.
QString pickChannel(QRandomGenerator& rng);
QString pickSubcategory(QRandomGenerator& rng);
int pickHour(QRandomGenerator& rng);
double weekdayFactor(int dayOfWeek);
QStringList subcategories();

/// The weight tables behind the picks, for a generator that reshapes them
/// (minwon-admin generate lifts COVID-19 in waves). `codes` is null for hours.
struct MixTable
{
    const char* const* codes = nullptr;
    const double* weights = nullptr;
    int count = 0;
};
MixTable channelMix();
MixTable subcategoryMix();
MixTable hourMix();

} // namespace minwon::demo
