// SPDX-License-Identifier: Apache-2.0
#include "util/Fingerprint.h"

#include <QtEndian>

#include <cstring>

namespace minwon::util {

quint64 fingerprint(QByteArrayView bytes)
{
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(bytes.size());
    const auto mix = [&h](quint64 w) {
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    };
    const char* p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w = 0;
        std::memcpy(&w, p, 8);
        mix(w);
    }
    quint64 tail = 0;
    if (n > 0)
        std::memcpy(&tail, p, size_t(n));
    mix(tail);
    h ^= h >> 29;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 32);
}

void Fingerprinter::mix(quint64 word)
{
    m_h = (m_h ^ word) * 0xbf58476d1ce4e5b9ULL;
    m_h ^= m_h >> 31;
}

void Fingerprinter::add(QByteArrayView bytes)
{
    const char* p = bytes.data();
    qsizetype n = bytes.size();
    m_total += quint64(n);
    // First finish a word begun by the previous piece.
    while (m_pendingBytes > 0 && n > 0) {
        m_pending |= quint64(quint8(*p)) << (8 * m_pendingBytes);
        ++p;
        --n;
        if (++m_pendingBytes == 8) {
            mix(m_pending);
            m_pending = 0;
            m_pendingBytes = 0;
        }
    }
    for (; n >= 8; p += 8, n -= 8) {
        mix(qFromLittleEndian<quint64>(p)); // the same word as assembled byte by byte
    }
    for (; n > 0; ++p, --n)
        m_pending |= quint64(quint8(*p)) << (8 * m_pendingBytes++);
}

quint64 Fingerprinter::result() const
{
    Fingerprinter last = *this;
    last.mix(last.m_pending);
    last.mix(last.m_total);
    quint64 h = last.m_h;
    h ^= h >> 29;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 32);
}

} // namespace minwon::util
