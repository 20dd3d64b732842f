// SPDX-License-Identifier: Apache-2.0
#include "util/Fingerprint.h"

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

} // namespace minwon::util
