// SPDX-License-Identifier: Apache-2.0
#include "kb/ArticleFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace minwon {

namespace {

struct ArticleFileTr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleFile)
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
}

QStringList parseInlineList(const QString& value)
{
    QString inner = value.trimmed();
    if (inner.startsWith(QLatin1Char('[')) && inner.endsWith(QLatin1Char(']')))
        inner = inner.mid(1, inner.size() - 2);
    QStringList items;
    for (const QString& part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = unquote(part);
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

bool parseDate(const QString& value, QDate* out)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString v = unquote(value);
    if (!pattern.match(v).hasMatch())
        return false;
    *out = QDate::fromString(v, Qt::ISODate);
    return out->isValid();
}

/// The value as written after "key: ", quoted when reading it back would
/// otherwise lose something (surrounding spaces or quotes).
QString quoted(const QString& value)
{
    const bool needs = value != value.trimmed() || value.startsWith(QLatin1Char('"'))
        || value.startsWith(QLatin1Char('\'')) || value.endsWith(QLatin1Char('"'))
        || value.endsWith(QLatin1Char('\''));
    return needs ? QLatin1Char('"') + value + QLatin1Char('"') : value;
}

} // namespace

bool ArticleFile::parse(const QString& text, ArticleFile* out, ParseError* error)
{
    auto fail = [error](int line, const QString& message) {
        if (error)
            *error = {line, message};
        return false;
    };

    QString content = text;
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    content.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (content.contains(QChar(QChar::ReplacementCharacter)))
        return fail(1, ArticleFileTr::tr("The file is not valid UTF-8 text."));
    if (content.contains(QChar(0)))
        return fail(1, ArticleFileTr::tr("The file contains a NUL character."));

    const QStringList lines = content.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return fail(1, ArticleFileTr::tr("The file must start with a front-matter block opened by \"---\"."));

    ArticleFile article;
    bool closed = false;
    int bodyStart = 0;
    QString listKey;
    for (int i = 1; i < lines.size(); ++i) {
        const QString raw = lines.at(i);
        const int lineNo = i + 1;
        if (raw.trimmed() == QLatin1String("---")) {
            closed = true;
            bodyStart = i + 1;
            break;
        }
        if (raw.trimmed().isEmpty() || raw.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!listKey.isEmpty() && raw.trimmed().startsWith(QLatin1String("- "))) {
            article.tags << unquote(raw.trimmed().mid(2));
            continue;
        }
        listKey.clear();
        const qsizetype colon = raw.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(lineNo, ArticleFileTr::tr("Expected \"key: value\" in the front matter."));
        const QString key = raw.left(colon).trimmed();
        const QString value = raw.mid(colon + 1).trimmed();
        if (key == QLatin1String("id")) {
            article.id = unquote(value);
            static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,99}$"));
            if (!idPattern.match(article.id).hasMatch())
                return fail(
                    lineNo,
                    ArticleFileTr::tr("The id \"%1\" may contain only lowercase letters, digits, '-' and '_' "
                                      "(at most 100).")
                        .arg(article.id));
        } else if (key == QLatin1String("title")) {
            article.title = unquote(value);
        } else if (key == QLatin1String("category")) {
            article.category = unquote(value);
        } else if (key == QLatin1String("tags")) {
            if (value.isEmpty())
                listKey = key;
            else
                article.tags = parseInlineList(value);
        } else if (key == QLatin1String("effective_from")) {
            if (!parseDate(value, &article.effectiveFrom))
                return fail(lineNo, ArticleFileTr::tr("effective_from must be a date written YYYY-MM-DD."));
        } else if (key == QLatin1String("effective_until")) {
            if (!value.isEmpty() && !parseDate(value, &article.effectiveUntil))
                return fail(lineNo, ArticleFileTr::tr("effective_until must be a date written YYYY-MM-DD."));
        } else if (key == QLatin1String("source")) {
            article.source = unquote(value);
        } else if (key == QLatin1String("version")) {
            bool ok = false;
            article.version = unquote(value).toInt(&ok);
            if (!ok || article.version < 1)
                return fail(lineNo, ArticleFileTr::tr("version must be a whole number from 1."));
        } else if (key == QLatin1String("change_note")) {
            article.changeNote = unquote(value);
        } else if (key == QLatin1String("correction")) {
            const QString v = unquote(value).toLower();
            if (v != QLatin1String("true") && v != QLatin1String("false"))
                return fail(lineNo, ArticleFileTr::tr("correction must be true or false."));
            article.correction = v == QLatin1String("true");
        } else {
            return fail(lineNo, ArticleFileTr::tr("Unknown field \"%1\" in the front matter.").arg(key));
        }
    }
    if (!closed)
        return fail(lines.size(), ArticleFileTr::tr("The front-matter block is not closed by \"---\"."));
    if (article.id.isEmpty())
        return fail(1, ArticleFileTr::tr("The field id is missing."));
    if (article.title.trimmed().isEmpty())
        return fail(1, ArticleFileTr::tr("The field title is missing."));
    if (article.title.size() > 300)
        return fail(1, ArticleFileTr::tr("The title is longer than 300 characters."));
    if (article.category.isEmpty())
        return fail(1, ArticleFileTr::tr("The field category is missing."));
    if (!article.effectiveFrom.isValid())
        return fail(1, ArticleFileTr::tr("The field effective_from is missing."));
    if (article.effectiveUntil.isValid() && article.effectiveUntil < article.effectiveFrom)
        return fail(1, ArticleFileTr::tr("effective_until is before effective_from."));
    article.body = lines.mid(bodyStart).join(QLatin1Char('\n')).trimmed();
    *out = article;
    return true;
}

QString ArticleFile::toText() const
{
    QStringList lines;
    lines << QStringLiteral("---");
    lines << QStringLiteral("id: ") + id;
    lines << QStringLiteral("title: ") + quoted(title);
    lines << QStringLiteral("category: ") + quoted(category);
    if (!tags.isEmpty()) {
        QStringList written;
        for (const QString& tag : tags)
            written << quoted(tag);
        lines << QStringLiteral("tags: [") + written.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    lines << QStringLiteral("effective_from: ") + effectiveFrom.toString(Qt::ISODate);
    if (effectiveUntil.isValid())
        lines << QStringLiteral("effective_until: ") + effectiveUntil.toString(Qt::ISODate);
    if (!source.isEmpty())
        lines << QStringLiteral("source: ") + quoted(source);
    if (version > 0)
        lines << QStringLiteral("version: %1").arg(version);
    if (!changeNote.isEmpty())
        lines << QStringLiteral("change_note: ") + quoted(changeNote);
    if (correction)
        lines << QStringLiteral("correction: true");
    lines << QStringLiteral("---");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + body + QLatin1Char('\n');
}

} // namespace minwon
