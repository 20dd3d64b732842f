// SPDX-License-Identifier: Apache-2.0
// What every benchmark reports the same way: percentiles of many samples,
// median and range of a few runs, the thread's own CPU time and the load
// average around a measurement.
#pragma once

#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <time.h>
#include <vector>

namespace minwon::bench {

struct Percentiles
{
    qint64 n = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

/// Nearest-rank percentiles of the samples.
inline Percentiles percentiles(std::vector<double> v)
{
    Percentiles p;
    p.n = qint64(v.size());
    if (v.empty())
        return p;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    p.max = v.back();
    return p;
}

struct Spread
{
    double median = 0, min = 0, max = 0, p99 = 0;
    QJsonObject json() const
    {
        return {
            {QStringLiteral("median"), median}, {QStringLiteral("min"), min}, {QStringLiteral("max"), max}};
    }
};

/// Median and range of a few runs (and the p99 of many).
inline Spread spread(std::vector<double> v)
{
    Spread s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.min = v.front();
    s.max = v.back();
    s.p99 = v[std::min(v.size() - 1, size_t(0.99 * double(v.size() - 1) + 0.5))];
    return s;
}

/// CPU time of this thread: unlike wall-clock time, not inflated while the
/// scheduler runs other processes (a loaded 2-core machine).
inline qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/// The one-minute load average, or -1.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace minwon::bench
