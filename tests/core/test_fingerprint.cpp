// SPDX-License-Identifier: Apache-2.0
// The fingerprint kept on disk beside the guidance snapshot: the same in
// every process and on every machine of the same byte order, different for
// different bytes.

#include "support/CatchQt.h"
#include "util/Fingerprint.h"

#include <QByteArray>
#include <QSet>

using minwon::util::fingerprint;

TEST_CASE("A fingerprint is the same in every process and tells bytes apart", "[cache]")
{
    QByteArray pattern;
    for (int i = 0; i < 1000; ++i)
        pattern.append(char(i * 7));
    // Values written down once: a fingerprint seeded per process (as qHash()
    // is) would differ here on every run, and a file saved by one start
    // would never match at the next.
    CHECK(fingerprint(QByteArray("민원데스크 guidance snapshot")) == 0xa821a0902dc1850bULL);
    CHECK(fingerprint(pattern) == 0x15af1ae397077de1ULL);
    CHECK(fingerprint(QByteArray()) == 0x2acd5961d523b4f8ULL);

    // Any one byte changed, or one more zero byte, gives another value.
    QSet<quint64> seen {fingerprint(pattern)};
    for (qsizetype at = 0; at < pattern.size(); at += 37) {
        QByteArray changed = pattern;
        changed[at] = char(changed[at] ^ 0x10);
        seen.insert(fingerprint(changed));
    }
    seen.insert(fingerprint(pattern + QByteArray(1, '\0')));
    CHECK(seen.size() == 1 + (pattern.size() + 36) / 37 + 1);
}
