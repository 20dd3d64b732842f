// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace minwon {

/// One statement of an SQL script and the line it starts on (for messages).
struct SqlStatement
{
    QString text;
    int line = 1;
};

/// Splits a script on top-level semicolons, honouring quotes, dollar quotes
/// ($$ … $$, $body$ … $body$) and comments, so that function bodies survive.
QList<SqlStatement> splitSqlScript(const QString& script);

} // namespace minwon
