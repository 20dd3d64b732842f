// SPDX-License-Identifier: Apache-2.0
#include "generate/Calendar.h"

#include <cmath>
#include <cstring>

namespace minwon::generate {

namespace {

struct Wave
{
    int y, m, d;
    double sigmaDays;
    double height;
};

// Korean waves as a call center felt them.
const Wave kWaves[] = {
    {2020, 3, 5, 18, 1.6}, // Daegu
    {2020, 8, 30, 14, 1.0}, // the August church cluster
    {2020, 12, 25, 22, 1.2}, // third wave
    {2021, 4, 10, 30, 0.3},  {2021, 7, 28, 35, 1.0}, // Delta
    {2021, 12, 15, 25, 0.9}, {2022, 3, 15, 25, 1.3}, // Omicron
    {2022, 8, 15, 20, 0.4},
};

bool between(const QDate& date, int y1, int m1, int d1, int y2, int m2, int d2)
{
    return date >= QDate(y1, m1, d1) && date <= QDate(y2, m2, d2);
}

} // namespace

double covidIntensity(const QDate& date)
{
    const QDate first(2020, 1, 20);
    if (date < first)
        return 0;
    double base = 0;
    if (date.year() <= 2021)
        base = 0.65;
    else if (date.year() == 2022)
        base = 0.65 - 0.5 * (date.dayOfYear() / 365.0);
    else if (date.year() == 2023)
        base = 0.15 - 0.1 * (date.dayOfYear() / 365.0);
    else
        base = 0.03;
    double waves = 0;
    for (const Wave& w : kWaves) {
        const double x = double(QDate(w.y, w.m, w.d).daysTo(date)) / w.sigmaDays;
        if (std::abs(x) < 4)
            waves += w.height * std::exp(-0.5 * x * x);
    }
    return base + waves;
}

double monthFactor(int month)
{
    // Jan: vehicle tax, Mar: moving season, May: local income tax, Jul/Sep: property tax.
    static const double factors[] = {1.05, 0.95, 1.08, 1.0, 1.03, 0.98, 1.05, 0.95, 1.02, 0.97, 0.94, 0.98};
    return factors[(month - 1) % 12];
}

bool isHoliday(const QDate& date)
{
    static const int fixed[][2] = {{1, 1}, {3, 1}, {5, 5}, {6, 6}, {8, 15}, {10, 3}, {10, 9}, {12, 25}};
    for (const auto& f : fixed)
        if (date.month() == f[0] && date.day() == f[1])
            return true;
    // The middle day of Seollal and of Chuseok; the day before and after are holidays too.
    static const int lunar[][3] = {{2017, 1, 28}, {2017, 10, 4}, {2018, 2, 16}, {2018, 9, 24}, {2019, 2, 5},
                                   {2019, 9, 13}, {2020, 1, 25}, {2020, 10, 1}, {2021, 2, 12}, {2021, 9, 21},
                                   {2022, 2, 1},  {2022, 9, 10}, {2023, 1, 22}, {2023, 9, 29}, {2024, 2, 10},
                                   {2024, 9, 17}, {2025, 1, 29}, {2025, 10, 6}, {2026, 2, 17}, {2026, 9, 25}};
    for (const auto& l : lunar) {
        const qint64 away = QDate(l[0], l[1], l[2]).daysTo(date);
        if (away >= -1 && away <= 1)
            return true;
    }
    return false;
}

double subcategoryFactor(const char* code, const QDate& date)
{
    const int month = date.month();
    if (std::strcmp(code, "covid19.vaccination") == 0) {
        if (date < QDate(2021, 2, 26))
            return 0;
        return date.year() == 2021 ? 3.0 : 1.2;
    }
    if (std::strcmp(code, "covid19.violation") == 0) {
        if (date < QDate(2020, 3, 1))
            return 0;
        return date <= QDate(2022, 4, 18) ? 1.5 : 0.1; // distancing ended on 2022-04-18
    }
    if (std::strcmp(code, "covid19.movements") == 0)
        return date.year() == 2020 ? 1.6 : (date.year() == 2021 ? 0.7 : 0.2);
    if (std::strcmp(code, "covid19.grants") == 0) {
        if (between(date, 2020, 5, 1, 2020, 6, 15) || between(date, 2021, 9, 1, 2021, 10, 15))
            return 3.0;
        return 0.8;
    }
    if (std::strcmp(code, "tax.vehicle") == 0)
        return (month == 1 || month == 6 || month == 12) ? 2.2 : 0.75;
    if (std::strcmp(code, "tax.property") == 0)
        return (month == 7 || month == 9) ? 2.5 : 0.7;
    if (std::strcmp(code, "tax.local") == 0)
        return (month == 5 || month == 8) ? 2.2 : 0.8;
    return 1;
}

} // namespace minwon::generate
