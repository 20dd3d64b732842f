// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace minwon {

/// One knowledge-base article version as written in a Markdown file with a
/// front-matter block (the import/export format, see docs/kb-format.md):
///
///     ---
///     id: covid-test-sites
///     title: 선별진료소 운영 안내
///     category: covid19.testing
///     tags: [검사, 선별진료소]
///     effective_from: 2021-04-12
///     effective_until: 2021-05-02
///     source: 중앙재난안전대책본부 보도자료 2021-04-09
///     ---
///     (Markdown body)
struct ArticleFile
{
    QString id;
    QString title;
    QString category;
    QStringList tags;
    QDate effectiveFrom;
    QDate effectiveUntil; ///< null: open-ended
    QString source;
    int version = 0; ///< 0: not given (the next version on import)
    QString changeNote;
    bool correction = false;
    QString body;

    struct ParseError
    {
        int line = 0;
        QString message;
        bool isNull() const { return message.isEmpty(); }
    };

    /// Parses the text of one file. On error, returns false and says which line.
    static bool parse(const QString& text, ArticleFile* out, ParseError* error);
    /// Writes the file form back (round-trips with parse()).
    QString toText() const;
};

} // namespace minwon
