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

} // namespace minwon::util
