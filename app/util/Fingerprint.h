// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace minwon::util {

/// A 64-bit fingerprint of bytes, the same in every process and on every
/// run (qHash() of bytes is seeded anew in each process, so it cannot be
/// kept on disk). Not cryptographic: it tells a file written from these
/// bytes from one written from others, and reads tens of megabytes in
/// milliseconds.
quint64 fingerprint(QByteArrayView bytes);

/// The same kind of fingerprint over bytes that come in pieces (a file being
/// written): the pieces may be cut anywhere, the result depends only on the
/// bytes and their number. (Not equal to fingerprint() of the same bytes.)
class Fingerprinter
{
public:
    void add(QByteArrayView bytes);
    quint64 result() const;

private:
    void mix(quint64 word);
    quint64 m_h = 0x243f6a8885a308d3ULL;
    quint64 m_pending = 0; ///< bytes of an unfinished 8-byte word
    int m_pendingBytes = 0;
    quint64 m_total = 0;
};

} // namespace minwon::util
