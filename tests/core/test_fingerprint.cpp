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

TEST_CASE("A fingerprint of bytes in pieces depends on the bytes, not on the cuts", "[cache]")
{
    QByteArray bytes;
    for (int i = 0; i < 777; ++i)
        bytes.append(char(i * 13 + 5));
    minwon::util::Fingerprinter whole;
    whole.add(bytes);
    for (const qsizetype piece : {1, 3, 7, 8, 9, 64, 500}) {
        minwon::util::Fingerprinter cut;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            cut.add(QByteArrayView(bytes.constData() + at, qMin(piece, bytes.size() - at)));
        INFO(piece);
        CHECK(cut.result() == whole.result());
    }
    minwon::util::Fingerprinter changed;
    QByteArray other = bytes;
    other[400] = char(other[400] ^ 4);
    changed.add(other);
    CHECK(changed.result() != whole.result());
    minwon::util::Fingerprinter longer;
    longer.add(bytes + QByteArray(1, '\0'));
    CHECK(longer.result() != whole.result());
}
