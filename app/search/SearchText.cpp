// SPDX-License-Identifier: Apache-2.0
#include "search/SearchText.h"

#include "search/Hangul.h"

#include <QChar>
#include <QList>

namespace minwon::search {

namespace {

bool needsNfc(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x300 || hangul::isSyllable(c))
            continue;
        if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF)
            || ch.isMark())
            return true;
    }
    return false;
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Removes inline Markdown from one line and appends the rest to `out`.
void appendInline(QStringView line, QString* out)
{
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = line[i];
        const char16_t c = ch.unicode();
        const char16_t next = i + 1 < n ? line[i + 1].unicode() : u'\0';
        switch (c) {
        case u'\\':
            if (next != u'\0') {
                out->append(line[i + 1]);
                ++i;
            }
            continue;
        case u'`':
        case u'*':
            continue;
        case u'_':
        case u'~':
            if (next == c) {
                ++i;
                continue;
            }
            break;
        case u'|':
            out->append(QLatin1Char(' '));
            continue;
        case u'!':
            if (next == u'[')
                continue;
            break;
        case u'[': {
            // [text](target) → text
            const qsizetype close = line.indexOf(QLatin1Char(']'), i + 1);
            if (close > i && close + 1 < n && line[close + 1] == QLatin1Char('(')) {
                const qsizetype end = line.indexOf(QLatin1Char(')'), close + 2);
                if (end > close) {
                    appendInline(line.mid(i + 1, close - i - 1), out);
                    i = end;
                    continue;
                }
            }
            break;
        }
        case u'<': {
            // <br>, <br/>, </b>: an HTML tag becomes a space
            const qsizetype end = line.indexOf(QLatin1Char('>'), i + 1);
            if (end > i + 1 && end - i <= 8 && (next == u'/' || QChar::isLetter(next))) {
                out->append(QLatin1Char(' '));
                i = end;
                continue;
            }
            break;
        }
        default:
            break;
        }
        out->append(ch);
    }
}

bool isRuleLine(QStringView line)
{
    // ---, ***, ___ (a thematic break) or a table separator row |---|:--|
    int marks = 0;
    for (const QChar ch : line) {
        const char16_t c = ch.unicode();
        if (c == u'-' || c == u'*' || c == u'_' || c == u'=')
            ++marks;
        else if (c != u' ' && c != u'|' && c != u':' && c != u'\t')
            return false;
    }
    return marks >= 3;
}

QStringView stripBlockMarkers(QStringView line)
{
    for (;;) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('>'))) {
            line = line.mid(1);
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            qsizetype hashes = 0;
            while (hashes < line.size() && line[hashes] == QLatin1Char('#'))
                ++hashes;
            if (hashes <= 6 && (hashes == line.size() || line[hashes].isSpace())) {
                line = line.mid(hashes);
                continue;
            }
        }
        if (line.size() >= 2 && line[1].isSpace()
            && (line[0] == QLatin1Char('-') || line[0] == QLatin1Char('*') || line[0] == QLatin1Char('+'))) {
            line = line.mid(2);
            continue;
        }
        return line;
    }
}

} // namespace

QString toNfc(const QString& text)
{
    return needsNfc(text) ? text.normalized(QString::NormalizationForm_C) : text;
}

QString displayText(const QString& text)
{
    return toNfc(text).simplified();
}

QString stripMarkdown(const QString& markdown)
{
    const QString source = toNfc(markdown);
    QString out;
    out.reserve(source.size());
    bool inFence = false;
    for (QStringView line : QStringView(source).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(u"```") || line.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (inFence) {
            out.append(line);
            out.append(QLatin1Char(' '));
            continue;
        }
        if (isRuleLine(line))
            continue;
        appendInline(stripBlockMarkers(line), &out);
        out.append(QLatin1Char(' '));
    }
    return out.simplified();
}

char16_t foldCharSlow(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
        return foldChar(static_cast<char16_t>(c - 0xFEE0));
    if (QChar::isSpace(c))
        return u' ';
    if (QChar::isSurrogate(c))
        return c;
    const char32_t folded = QChar::toCaseFolded(static_cast<char32_t>(c));
    return folded <= 0xFFFF ? static_cast<char16_t>(folded) : c;
}

QString foldText(QStringView text)
{
    const qsizetype n = text.size();
    QString out(n, Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const char16_t* src = text.utf16();
    // First the ASCII rules for every unit, without branches (the compiler
    // vectorises this), noting whether anything else needs a look.
    bool rare = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i];
        const char16_t lowered = static_cast<char16_t>(c + (static_cast<char16_t>(c - u'A') < 26 ? 32 : 0));
        dst[i] = static_cast<char16_t>(c - u'\t') < 5 ? u' ' : lowered;
        rare |= c >= 0x80 && (c < 0xAC00 || c > 0xD7A3);
    }
    if (rare) {
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = src[i];
            if (c >= 0x80 && (c < 0xAC00 || c > 0xD7A3))
                dst[i] = foldCharSlow(c);
        }
    }
    return out;
}

CharClass classify(char16_t c)
{
    if (c < 0x80) {
        if (isAsciiDigit(c))
            return CharClass::Digit;
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            return CharClass::Latin;
        return CharClass::Separator;
    }
    if (hangul::isSyllable(c))
        return CharClass::Hangul;
    if (hangul::isQueryConsonant(c))
        return CharClass::Consonant;
    if (c >= 0x3130 && c <= 0x318F) // vowels and archaic compatibility jamo
        return CharClass::Separator;
    if (QChar::isSurrogate(c))
        return CharClass::Separator;
    const QChar ch(c);
    if (ch.isLetter())
        return ch.script() == QChar::Script_Latin ? CharClass::Latin : CharClass::Other;
    if (ch.isNumber() || ch.isMark())
        return CharClass::Other;
    return CharClass::Separator;
}

void tokenize(QStringView folded, std::vector<TextRun>* runs, bool queryMode)
{
    runs->clear();
    const char16_t* s = folded.utf16();
    const int n = static_cast<int>(folded.size());
    int previousEnd = -1;
    int i = 0;
    while (i < n) {
        CharClass cls = classify(s[i]);
        if (cls == CharClass::Consonant && !queryMode)
            cls = CharClass::Separator;
        if (cls == CharClass::Separator) {
            ++i;
            continue;
        }
        TextRun run;
        run.start = i;
        switch (cls) {
        case CharClass::Hangul:
        case CharClass::Consonant:
            run.kind = RunKind::Hangul;
            while (i < n) {
                const CharClass next = classify(s[i]);
                if (next == CharClass::Hangul) {
                    ++i;
                } else if (queryMode && next == CharClass::Consonant) {
                    run.hasConsonants = true;
                    ++i;
                } else {
                    break;
                }
            }
            break;
        case CharClass::Digit:
            run.kind = RunKind::Digit;
            while (i < n) {
                if (isAsciiDigit(s[i])
                    || (s[i] == u'.' && i > run.start && i + 1 < n && isAsciiDigit(s[i + 1])))
                    ++i;
                else
                    break;
            }
            break;
        case CharClass::Latin:
            run.kind = RunKind::Latin;
            while (i < n && classify(s[i]) == CharClass::Latin)
                ++i;
            break;
        default:
            run.kind = RunKind::Other;
            while (i < n && classify(s[i]) == CharClass::Other)
                ++i;
            break;
        }
        run.length = i - run.start;
        run.glued = run.start == previousEnd;
        previousEnd = i;
        runs->push_back(run);
    }
}

} // namespace minwon::search
