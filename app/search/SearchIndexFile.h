// SPDX-License-Identifier: Apache-2.0
#pragma once

// A built SearchIndex kept on disk, so that a desk starting with guidance
// cached reads its index instead of building it again (building 50,000
// versions takes seconds; reading them, a fraction of that).
//
// The file is a cache of this computer: written and read by the same build
// of the program (the format and the program's version are in its header),
// in the machine's byte order. Whatever does not match — another version,
// another tag, a truncated or damaged file — is refused whole, and the
// caller builds the index from the versions as before.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace minwon {

class SearchIndex;

namespace search {

/// Writes `index` with `tag` (what the caller ties the file to, e.g. a
/// fingerprint of the versions it was built from). False on a write error.
bool writeIndex(const SearchIndex& index, const QByteArray& tag, QIODevice* device, QString* error = nullptr);

/// Reads an index written by writeIndex() with the same tag; false, with
/// `index` untouched and a reason in `error`, for anything else.
bool readIndex(const char* data, qsizetype size, const QByteArray& tag, SearchIndex* index,
               QString* error = nullptr);

/// The tag in a file's header, without reading the rest (empty when the
/// header is not ours).
QByteArray peekTag(const char* data, qsizetype size);

/// writeIndex() to `path` atomically (a temporary file renamed over it).
bool saveIndexFile(const SearchIndex& index, const QByteArray& tag, const QString& path,
                   QString* error = nullptr);
/// readIndex() from `path`, mapped rather than copied.
bool loadIndexFile(const QString& path, const QByteArray& tag, SearchIndex* index, QString* error = nullptr);
/// peekTag() of the file at `path`.
QByteArray indexFileTag(const QString& path);

} // namespace search
} // namespace minwon
