// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace minwon::format {

/// Korean office convention under the Korean UI: 2021. 4. 16. (금) 13:13;
/// the English UI gets Fri 16 Apr 2021 13:13.
QString dateTime(const QDateTime& value);
QString date(const QDate& value);
/// A waiting or handling time: 0:45, 12:05, 1:02:03.
QString duration(qint64 seconds);
/// Guidance Markdown as it should read: "~" is a range in Korean text
/// (09:00~18:00), never GitHub's strikethrough.
QString guidanceMarkdown(const QString& markdown);

} // namespace minwon::format
