// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <memory>

namespace minwon {

/// Lets a database job queued behind others find out that its answer is no
/// longer wanted (the filter or the range changed meanwhile), so it skips
/// its query, and lets its callback drop a late answer. Cheap to copy.
class RequestTicket
{
public:
    RequestTicket() = default;
    RequestTicket(std::shared_ptr<const std::atomic<int>> latest, int generation)
        : m_latest(std::move(latest))
        , m_generation(generation)
    {
    }
    /// A newer request was made after this one.
    bool isStale() const { return m_latest && m_latest->load() != m_generation; }
    int generation() const { return m_generation; }

private:
    std::shared_ptr<const std::atomic<int>> m_latest;
    int m_generation = 0;
};

/// The requester's side: each next() makes every earlier ticket stale.
class RequestGenerations
{
public:
    RequestGenerations()
        : m_latest(std::make_shared<std::atomic<int>>(0))
    {
    }
    RequestTicket next() { return RequestTicket(m_latest, ++*m_latest); }
    RequestTicket current() const { return RequestTicket(m_latest, m_latest->load()); }
    int generation() const { return m_latest->load(); }

private:
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace minwon
