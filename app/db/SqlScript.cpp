// SPDX-License-Identifier: Apache-2.0
#include "db/SqlScript.h"

namespace minwon {

QList<SqlStatement> splitSqlScript(const QString& script)
{
    QList<SqlStatement> statements;
    QString current;
    int line = 1;
    int startLine = 1;
    bool sawCode = false;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString text = current.trimmed();
        if (sawCode && !text.isEmpty())
            statements.append({text, startLine});
        current.clear();
        sawCode = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (!sawCode && !c.isSpace() && !(c == QLatin1Char('-') && next == QLatin1Char('-'))
            && !(c == QLatin1Char('/') && next == QLatin1Char('*'))) {
            sawCode = true;
            startLine = line;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                current += script.at(i++);
            if (i < n) {
                current += QLatin1Char('\n');
                ++line;
            }
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0;
            while (i < n) {
                const QChar a = script.at(i);
                const QChar b = i + 1 < n ? script.at(i + 1) : QChar();
                if (a == QLatin1Char('/') && b == QLatin1Char('*')) {
                    ++depth;
                    current += QStringLiteral("/*");
                    i += 2;
                    continue;
                }
                if (a == QLatin1Char('*') && b == QLatin1Char('/')) {
                    --depth;
                    current += QStringLiteral("*/");
                    i += 2;
                    if (depth == 0)
                        break;
                    continue;
                }
                if (a == QLatin1Char('\n'))
                    ++line;
                current += a;
                ++i;
            }
            --i;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            current += c;
            ++i;
            while (i < n) {
                const QChar a = script.at(i);
                current += a;
                if (a == QLatin1Char('\n'))
                    ++line;
                if (a == c) {
                    if (i + 1 < n && script.at(i + 1) == c) { // doubled quote
                        current += c;
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('$')) {
            // $tag$ where tag is empty or an identifier
            qsizetype j = i + 1;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            if (j < n && script.at(j) == QLatin1Char('$') && !(j > i + 1 && script.at(i + 1).isDigit())) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                const QString body = script.mid(i, stop - i);
                line += int(body.count(QLatin1Char('\n')));
                current += body;
                i = stop - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            flush();
            continue;
        }
        if (c == QLatin1Char('\n'))
            ++line;
        current += c;
    }
    flush();
    return statements;
}

} // namespace minwon
