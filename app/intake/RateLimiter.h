// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace minwon {

/// A token bucket per connector: `burst` requests at once, refilled at
/// `perMinute` a minute. Lives in the gateway's thread.
class RateLimiter
{
public:
    RateLimiter();

    /// Takes one token; false when the bucket is empty, with the seconds
    /// until the next token in `retryAfterSeconds`.
    bool take(const QString& key, int perMinute, int burst, int* retryAfterSeconds);
    void clear() { m_buckets.clear(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace minwon
