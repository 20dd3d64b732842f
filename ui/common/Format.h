// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace minwon::format {

/// Korean office convention under the Korean UI: 2021. 4. 16. (금) 13:13;
/// the English UI gets Fri 16 Apr 2021 13:13.
QString dateTime(const QDateTime& value);
QString date(const QDate& value);
/// Within the year, for dense tables: 4. 16. (금) 13:13 / Fri 16 Apr 13:13.
QString shortDateTime(const QDateTime& value);
QString shortDate(const QDate& value);
/// The display format of date fields: yyyy. M. d. (ddd) under the Korean UI.
QString dateEditFormat();
/// The same with the time: yyyy. M. d. (ddd) HH:mm.
QString dateTimeEditFormat();
/// A waiting or handling time: 0:45, 12:05, 1:02:03.
QString duration(qint64 seconds);
/// Guidance Markdown as it should read: "~" is a range in Korean text
/// (09:00~18:00), never GitHub's strikethrough.
QString guidanceMarkdown(const QString& markdown);

} // namespace minwon::format
