// SPDX-License-Identifier: Apache-2.0
#include "text/PhoneNumber.h"

#include <QStringView>

namespace minwon {

namespace {

/// 0–9 for ASCII and full-width digits, -1 otherwise.
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'\uFF10' && u <= u'\uFF19')
        return u - u'\uFF10';
    return -1;
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\u2212': // minus sign
    case u'\uFF0D': // full-width hyphen-minus
    case u'\uFF0E': // full-width full stop
    case u'\u30FB': // katakana middle dot
    case u'\u00B7': // middle dot
        return true;
    default:
        return c.isSpace(); // includes NBSP and the ideographic space
    }
}

bool isOpenParen(QChar c)
{
    return c == u'(' || c == u'\uFF08';
}
bool isCloseParen(QChar c)
{
    return c == u')' || c == u'\uFF09';
}
bool isPlus(QChar c)
{
    return c == u'+' || c == u'\uFF0B';
}

bool startsWith(const QString& s, QLatin1String prefix)
{
    return s.startsWith(prefix);
}

bool isAreaCode(QStringView d)
{
    static const char* const codes[] = {"031", "032", "033", "041", "042", "043", "044", "051",
                                        "052", "053", "054", "055", "061", "062", "063", "064"};
    for (const char* code : codes) {
        if (d.startsWith(QLatin1String(code)))
            return true;
    }
    return false;
}

bool isRepresentative(QStringView d)
{
    return d.size() == 8 && d[0] == u'1' && (d[1] == u'5' || d[1] == u'6' || d[1] == u'8');
}

bool isShortNumber(QStringView d)
{
    return (d.size() == 3 || d.size() == 4) && d[0] == u'1';
}

PhoneNumber::Kind classify(const QString& d)
{
    using Kind = PhoneNumber::Kind;
    const qsizetype n = d.size();
    if (startsWith(d, QLatin1String("010")))
        return n == 11 ? Kind::Mobile : Kind::Invalid;
    if (startsWith(d, QLatin1String("011")) || startsWith(d, QLatin1String("016"))
        || startsWith(d, QLatin1String("017")) || startsWith(d, QLatin1String("018"))
        || startsWith(d, QLatin1String("019")))
        return n == 10 || n == 11 ? Kind::Mobile : Kind::Invalid;
    if (startsWith(d, QLatin1String("02")))
        return n == 9 || n == 10 ? Kind::Seoul : Kind::Invalid;
    if (startsWith(d, QLatin1String("070")))
        return n == 11 ? Kind::Internet : Kind::Invalid;
    if (isAreaCode(d))
        return n == 10 || n == 11 ? Kind::Area : Kind::Invalid;
    if (startsWith(d, QLatin1String("080")))
        return n == 10 || n == 11 ? Kind::Other : Kind::Invalid;
    if (startsWith(d, QLatin1String("050")) && n >= 4 && d[3] >= u'2' && d[3] <= u'8')
        return n == 11 || n == 12 ? Kind::Other : Kind::Invalid;
    if (isRepresentative(d))
        return Kind::Representative;
    if (isShortNumber(d))
        return Kind::Other;
    return Kind::Invalid;
}

/// How many leading digits form the prefix group (area code, mobile prefix…);
/// 0 for numbers shown in one piece.
int prefixLength(PhoneNumber::Kind kind, const QString& d)
{
    using Kind = PhoneNumber::Kind;
    switch (kind) {
    case Kind::Mobile:
    case Kind::Area:
    case Kind::Internet:
        return 3;
    case Kind::Seoul:
        return 2;
    case Kind::Representative:
        return 4;
    case Kind::Other:
        if (startsWith(d, QLatin1String("050")))
            return 4;
        if (startsWith(d, QLatin1String("080")))
            return 3;
        return 0;
    case Kind::Invalid:
        break;
    }
    return 0;
}

/// Whether the middle group identifies a person and is starred by masked().
bool isPersonal(PhoneNumber::Kind kind, const QString& d)
{
    using Kind = PhoneNumber::Kind;
    switch (kind) {
    case Kind::Mobile:
    case Kind::Seoul:
    case Kind::Area:
    case Kind::Internet:
        return true;
    case Kind::Other:
        return startsWith(d, QLatin1String("050")); // safe numbers forward to a person
    case Kind::Representative:
    case Kind::Invalid:
        break;
    }
    return false;
}

QString grouped(PhoneNumber::Kind kind, const QString& d, bool mask)
{
    const qsizetype prefix = prefixLength(kind, d);
    if (prefix == 0)
        return d;
    if (kind == PhoneNumber::Kind::Representative)
        return d.left(4) + u'-' + d.mid(4);
    const qsizetype middle = d.size() - prefix - 4;
    const QString middleText = mask ? QString(middle, u'*') : d.mid(prefix, middle);
    return d.left(prefix) + u'-' + middleText + u'-' + d.right(4);
}

} // namespace

PhoneNumber PhoneNumber::parse(const QString& text)
{
    QString raw;
    raw.reserve(text.size());
    bool plus = false;
    int depth = 0;
    for (const QChar c : text) {
        const int v = digitValue(c);
        if (v >= 0) {
            raw.append(QChar(u'0' + v));
        } else if (isPlus(c)) {
            if (plus || !raw.isEmpty())
                return {};
            plus = true;
        } else if (isOpenParen(c)) {
            if (++depth > 1)
                return {};
        } else if (isCloseParen(c)) {
            if (--depth < 0)
                return {};
        } else if (!isSeparator(c)) {
            return {};
        }
    }
    if (depth != 0 || raw.isEmpty())
        return {};

    // Country prefix: +82, 0082, or a bare 82 (no national number starts with 8).
    QString national = raw;
    bool international = false;
    if (plus) {
        if (!startsWith(raw, QLatin1String("82")))
            return {}; // a foreign number: never the same person as a Korean one
        national = raw.mid(2);
        international = true;
    } else if (startsWith(raw, QLatin1String("0082"))) {
        national = raw.mid(4);
        international = true;
    } else if (startsWith(raw, QLatin1String("82"))) {
        national = raw.mid(2);
        international = true;
    }
    if (international) {
        if (national.isEmpty() || startsWith(national, QLatin1String("00")))
            return {};
        if (national[0] != u'0' && !isRepresentative(national))
            national.prepend(u'0'); // +82 10 … → 010 …
    }

    PhoneNumber number;
    number.kind = classify(national);
    if (international && number.kind == Kind::Other && isShortNumber(national))
        number.kind = Kind::Invalid;
    if (number.kind != Kind::Invalid)
        number.digits = national;
    return number;
}

QString PhoneNumber::display() const
{
    if (!isValid())
        return {};
    return grouped(kind, digits, false);
}

QString PhoneNumber::masked() const
{
    if (!isValid())
        return {};
    return grouped(kind, digits, isPersonal(kind, digits));
}

} // namespace minwon
