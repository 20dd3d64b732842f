// SPDX-License-Identifier: Apache-2.0
#include "intake/RateLimiter.h"

#include <cmath>

namespace minwon {

namespace {
constexpr qsizetype kMaxBuckets = 100000;
}

RateLimiter::RateLimiter()
{
    m_clock.start();
}

bool RateLimiter::take(const QString& key, int perMinute, int burst, int* retryAfterSeconds)
{
    const qint64 now = m_clock.elapsed();
    const double rate = qMax(1, perMinute) / 60000.0; // tokens a millisecond
    const double capacity = qMax(1, burst);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= kMaxBuckets)
            m_buckets.clear(); // bounded memory; everyone starts with a full bucket again
        it = m_buckets.insert(key, Bucket {capacity, now});
    }
    Bucket& b = it.value();
    b.tokens = qMin(capacity, b.tokens + double(now - b.lastMs) * rate);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = qMax(1, int(std::ceil((1.0 - b.tokens) / rate / 1000.0)));
    return false;
}

} // namespace minwon
