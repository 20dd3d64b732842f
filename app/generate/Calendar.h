// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>

namespace minwon::generate {

/// The shape of a year at the call center, for generated history.

/// How much COVID-19 weighs on a day, relative to the 2020 average (1.0):
/// 0 before the first case (2020-01-20), the waves of 2020-2022 (Daegu in
/// March 2020, August 2020, the winter of 2020/21, Delta in summer 2021,
/// Omicron in spring 2022), then a long tail.
double covidIntensity(const QDate& date);

/// Month-of-year factor (average 1): tax months, the spring moving season.
double monthFactor(int month);

/// Public holidays (fixed dates, Seollal and Chuseok 2017-2026) are as quiet as a Sunday.
bool isHoliday(const QDate& date);

/// Multiplier for a subcategory on a date: vaccination from late February
/// 2021, violation reports while distancing rules applied, grants in the
/// months they were paid, tax subjects in their payment months.
double subcategoryFactor(const char* code, const QDate& date);

} // namespace minwon::generate
