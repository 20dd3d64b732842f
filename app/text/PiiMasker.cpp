// SPDX-License-Identifier: Apache-2.0
#include "text/PiiMasker.h"

#include "text/PhoneNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringView>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace minwon {

namespace {

using Kind = PiiMasker::Kind;
using Finding = PiiMasker::Finding;

/// How far before a number a context word may start, in UTF-16 units.
constexpr qsizetype ContextWindow = 16;
/// The most digit groups one identifier is written in (4-4-4-4, 3-4-4-2).
constexpr qsizetype MaxGroups = 4;

// ---- characters ------------------------------------------------------------

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'\uFF10' && u <= u'\uFF19')
        return u - u'\uFF10';
    return -1;
}

bool isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

bool isHyphen(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
    case u'\uFE63':
    case u'\uFF0D':
        return true;
    default:
        return false;
    }
}

/// Spaces inside one line (a number never spans a line break).
bool isBlank(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\u00A0':
    case u'\u2007':
    case u'\u202F':
    case u'\u3000':
        return true;
    default:
        return false;
    }
}

bool isPlus(QChar c)
{
    return c == u'+' || c == u'\uFF0B';
}

/// Characters that glue digit groups into something else: decimals and
/// dates (.), amounts (,), times (:), fractions and dates (/).
bool isGlue(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
    case u':':
    case u'/':
    case u'\uFF0E':
    case u'\uFF0C':
    case u'\uFF1A':
    case u'\uFF0F':
        return true;
    default:
        return isHyphen(c) || isPlus(c);
    }
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || isDigit(c) || c == u'_';
}

// ---- context words ---------------------------------------------------------

using Words = std::initializer_list<const char16_t*>;

// Not a bare 주민: 주민센터 (community service centre) is everyday vocabulary here.
const Words residentWords = {u"주민번호", u"주민등록", u"주민 번호", u"외국인등록", u"외국인 등록"};
const Words foreignerWords = {u"외국인"};
const Words corporateWords = {u"법인", u"사업자"};
const Words cardWords = {u"카드"};
const Words accountWords
    = {u"계좌", u"통장", u"입금", u"송금", u"이체", u"예금", u"은행", u"뱅크",   u"국민",
       u"신한", u"우리", u"하나", u"농협", u"기업", u"카뱅", u"토스", u"새마을", u"우체국",
       u"수협", u"신협", u"씨티", u"SC",   u"KB",   u"NH",   u"IBK"};

/// The text just before a number, back to the previous digit or line break.
QStringView contextBefore(QStringView text, qsizetype start)
{
    qsizetype from = start;
    while (from > 0 && start - from < ContextWindow) {
        const QChar c = text[from - 1];
        if (isDigit(c) || c == u'\n' || c == u'\r')
            break;
        --from;
    }
    return text.sliced(from, start - from);
}

bool mentions(QStringView context, const Words& words)
{
    return std::any_of(words.begin(), words.end(), [context](const char16_t* word) {
        return context.contains(QStringView(word), Qt::CaseInsensitive);
    });
}

// ---- digit groups ----------------------------------------------------------

struct Run
{
    qsizetype start;
    qsizetype end;
};

enum class Gap
{
    Hyphen, ///< one hyphen or dash, at most one blank either side
    Space, ///< one or two blanks
    Break, ///< anything else: the groups belong to different things
};

Gap gapBetween(QStringView text, qsizetype from, qsizetype to)
{
    const QStringView gap = text.sliced(from, to - from);
    qsizetype i = 0;
    while (i < gap.size() && isBlank(gap[i]))
        ++i;
    if (i == gap.size())
        return i <= 2 ? Gap::Space : Gap::Break;
    if (i > 1 || !isHyphen(gap[i]))
        return Gap::Break;
    const qsizetype afterHyphen = ++i;
    while (i < gap.size() && isBlank(gap[i]))
        ++i;
    return i == gap.size() && i - afterHyphen <= 1 ? Gap::Hyphen : Gap::Break;
}

/// One way of reading consecutive digit groups as a single number.
struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString digits; ///< ASCII
    QList<int> groups; ///< digits per group as written
    bool allHyphens = true; ///< every gap is a hyphen (false for one group)
};

bool layoutIs(const QList<int>& groups, std::initializer_list<int> layout)
{
    return std::equal(groups.begin(), groups.end(), layout.begin(), layout.end());
}

bool isBankLayout(const QList<int>& groups)
{
    static const std::initializer_list<int> layouts[] = {
        {3, 2, 6}, {3, 2, 7},    {3, 3, 6},    {3, 6, 5},    {3, 6, 3},    {4, 2, 6},    {4, 2, 7},
        {4, 3, 6}, {4, 4, 4},    {6, 2, 6},    {2, 6, 2},    {2, 6, 3},    {2, 6, 4},    {2, 6, 5},
        {2, 6, 6}, {3, 2, 6, 1}, {3, 2, 4, 3}, {3, 4, 4, 2}, {3, 4, 4, 3}, {3, 6, 2, 3}, {4, 4, 4, 1},
    };
    return std::any_of(std::begin(layouts), std::end(layouts),
                       [&groups](std::initializer_list<int> layout) { return layoutIs(groups, layout); });
}

/// A valid telephone number written the way telephone numbers are written:
/// in one piece, or (after an optional 82/0082) a prefix of 1–4 digits and
/// then groups of 3–4.
bool looksLikePhone(const Candidate& c)
{
    QList<int> groups = c.groups;
    if (groups.size() > 1
        && ((groups.first() == 2 && c.digits.startsWith(QLatin1String("82")))
            || (groups.first() == 4 && c.digits.startsWith(QLatin1String("0082")))))
        groups.removeFirst();
    if (groups.size() > 3 || (groups.size() > 1 && groups.first() > 4))
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i] < 3 || groups[i] > 4)
            return false;
    }
    return PhoneNumber::parse(c.digits).isValid();
}

// ---- checks ----------------------------------------------------------------

int digitAt(const QString& digits, qsizetype i)
{
    return digits[i].unicode() - u'0';
}

bool validBirthDate(const QString& digits)
{
    int century = 0;
    switch (digitAt(digits, 6)) {
    case 1:
    case 2:
    case 5:
    case 6:
        century = 1900;
        break;
    case 3:
    case 4:
    case 7:
    case 8:
        century = 2000;
        break;
    default:
        return false; // 9/0: born in the 1800s
    }
    const int year = century + digitAt(digits, 0) * 10 + digitAt(digits, 1);
    const int month = digitAt(digits, 2) * 10 + digitAt(digits, 3);
    const int day = digitAt(digits, 4) * 10 + digitAt(digits, 5);
    return QDate(year, month, day).isValid();
}

/// The pre-2020 check digit of resident (and foreigner) registration numbers.
bool registrationChecksumValid(const QString& digits)
{
    static const int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += digitAt(digits, i) * weights[i];
    const int gender = digitAt(digits, 6);
    const int base = gender >= 5 && gender <= 8 ? 13 : 11;
    return (base - sum % 11) % 10 == digitAt(digits, 12);
}

bool luhnValid(const QString& digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool amountFollows(QStringView text, qsizetype end)
{
    if (end < text.size() && isBlank(text[end]))
        ++end;
    return end < text.size() && text[end] == u'원';
}

std::optional<Kind> classify(QStringView text, const Candidate& c)
{
    const QString& d = c.digits;
    const qsizetype n = d.size();
    const bool onePiece = c.groups.size() == 1;
    const QStringView context = contextBefore(text, c.start);

    if ((onePiece && n == 13) || layoutIs(c.groups, {6, 7})) {
        const int gender = digitAt(d, 6);
        const bool foreigner = gender >= 5 && gender <= 8;
        if (mentions(context, residentWords))
            return foreigner || mentions(context, foreignerWords) ? Kind::ForeignerNumber
                                                                  : Kind::ResidentNumber;
        if (!mentions(context, corporateWords) && validBirthDate(d)) {
            if (onePiece && mentions(context, accountWords) && !registrationChecksumValid(d))
                return Kind::AccountNumber;
            return foreigner ? Kind::ForeignerNumber : Kind::ResidentNumber;
        }
    }

    if ((onePiece && (n == 15 || n == 16)) || layoutIs(c.groups, {4, 4, 4, 4})
        || layoutIs(c.groups, {4, 6, 5})) {
        if (mentions(context, cardWords))
            return Kind::CardNumber;
        if (QStringView(u"34569").contains(d[0]) && luhnValid(d))
            return Kind::CardNumber;
    }

    if (n >= 10 && n <= 14 && !layoutIs(c.groups, {3, 2, 5}) && !looksLikePhone(c)) {
        const bool bankLayout = isBankLayout(c.groups);
        if (bankLayout && c.allHyphens)
            return Kind::AccountNumber;
        if ((bankLayout || onePiece) && mentions(context, accountWords) && !mentions(context, corporateWords)
            && !amountFollows(text, c.end))
            return Kind::AccountNumber;
    }
    return std::nullopt;
}

// ---- scanning --------------------------------------------------------------

bool isPassportLetter(QChar c)
{
    return QStringView(u"MSRODG").contains(c, Qt::CaseInsensitive) && isAsciiLetter(c);
}

void findPassports(QStringView text, QList<Finding>* out)
{
    constexpr qsizetype length = 9;
    const auto digitsAt = [text](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isDigit(text[i]))
                return false;
        }
        return true;
    };
    for (qsizetype p = 0; p + length <= text.size(); ++p) {
        if (!isPassportLetter(text[p]) || (p > 0 && isWordChar(text[p - 1]))
            || (p + length < text.size() && isWordChar(text[p + length])))
            continue;
        const bool classic = digitsAt(p + 1, 8);
        const bool format2021 = digitsAt(p + 1, 3) && isAsciiLetter(text[p + 4]) && digitsAt(p + 5, 4);
        if (classic || format2021) {
            out->append({Kind::PassportNumber, static_cast<int>(p), static_cast<int>(length)});
            p += length - 1;
        }
    }
}

void findNumbers(QStringView text, QList<Finding>* out)
{
    QList<Run> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isDigit(text[j]))
            ++j;
        runs.append({i, j});
        i = j;
    }
    QList<Gap> gaps; // gaps[k] lies between runs[k] and runs[k + 1]
    for (qsizetype k = 0; k + 1 < runs.size(); ++k)
        gaps.append(gapBetween(text, runs[k].end, runs[k + 1].start));

    // Part of a longer hyphen chain, a decimal, an amount, a time, a date or
    // an international telephone number?
    const auto joinedBefore = [&](qsizetype i) {
        const qsizetype s = runs[i].start;
        if (i > 0 && gaps[i - 1] == Gap::Hyphen)
            return true;
        if (s >= 1 && isPlus(text[s - 1]))
            return true;
        if (s >= 2 && isGlue(text[s - 1]) && isDigit(text[s - 2]))
            return true;
        return i > 0 && gaps[i - 1] != Gap::Break && runs[i - 1].start >= 1
            && isPlus(text[runs[i - 1].start - 1]);
    };
    const auto joinedAfter = [&](qsizetype i) {
        const qsizetype e = runs[i].end;
        if (i + 1 < runs.size() && gaps[i] == Gap::Hyphen)
            return true;
        return e + 1 < text.size() && isGlue(text[e]) && isDigit(text[e + 1]);
    };

    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (joinedBefore(i))
            continue;
        for (qsizetype count = std::min(MaxGroups, runs.size() - i); count >= 1; --count) {
            const qsizetype last = i + count - 1;
            Candidate c;
            c.start = runs[i].start;
            c.end = runs[last].end;
            bool connected = true;
            for (qsizetype k = i; k <= last; ++k) {
                for (qsizetype p = runs[k].start; p < runs[k].end; ++p)
                    c.digits.append(QChar(u'0' + digitValue(text[p])));
                c.groups.append(static_cast<int>(runs[k].end - runs[k].start));
                if (k < last) {
                    connected = connected && gaps[k] != Gap::Break;
                    c.allHyphens = c.allHyphens && gaps[k] == Gap::Hyphen;
                }
            }
            c.allHyphens = c.allHyphens && count > 1;
            if (!connected || joinedAfter(last))
                continue;
            if (const std::optional<Kind> kind = classify(text, c)) {
                out->append({*kind, static_cast<int>(c.start), static_cast<int>(c.end - c.start)});
                i = last;
                break;
            }
        }
    }
}

/// Whether the index-th of count digits of a finding is starred.
bool hidden(Kind kind, int index, int count)
{
    switch (kind) {
    case Kind::ResidentNumber:
    case Kind::ForeignerNumber:
        return index >= 6; // the birth date stays, the gender digit goes
    case Kind::CardNumber:
        return index >= 4 && index < count - 4;
    case Kind::AccountNumber:
        return index < count - 4;
    case Kind::PassportNumber:
        break;
    }
    return true;
}

void hide(QString* text, const Finding& f)
{
    QString& out = *text;
    if (f.kind == Kind::PassportNumber) {
        for (int p = f.start + 1; p < f.start + f.length; ++p)
            out[p] = u'*';
        return;
    }
    int count = 0;
    for (int p = f.start; p < f.start + f.length; ++p)
        count += isDigit(out[p]) ? 1 : 0;
    int index = 0;
    for (int p = f.start; p < f.start + f.length; ++p) {
        if (!isDigit(out[p]))
            continue;
        if (hidden(f.kind, index, count))
            out[p] = u'*';
        ++index;
    }
}

} // namespace

QList<PiiMasker::Finding> PiiMasker::find(const QString& text)
{
    QList<Finding> found;
    const QStringView view(text);
    findPassports(view, &found);
    findNumbers(view, &found);
    std::stable_sort(found.begin(), found.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
    QList<Finding> result;
    for (const Finding& f : found) {
        if (result.isEmpty() || result.last().start + result.last().length <= f.start)
            result.append(f);
    }
    return result;
}

QString PiiMasker::mask(const QString& text, QList<Finding>* findings)
{
    QList<Finding> all;
    QString out = text;
    // Digits kept visible (a birth date, the last four of an account) could,
    // in contrived texts, pair up with a neighbour into a new finding once
    // the digits between them are starred; masking until nothing is found
    // keeps mask(mask(x)) == mask(x). Every pass stars at least one digit.
    for (QList<Finding> found = find(out); !found.isEmpty(); found = find(out)) {
        for (const Finding& f : found)
            hide(&out, f);
        all += found;
    }
    if (findings) {
        std::sort(all.begin(), all.end(),
                  [](const Finding& a, const Finding& b) { return a.start < b.start; });
        findings->clear();
        for (const Finding& f : std::as_const(all)) {
            Finding* previous = findings->isEmpty() ? nullptr : &findings->last();
            if (previous && f.start < previous->start + previous->length)
                previous->length = std::max(previous->length, f.start + f.length - previous->start);
            else
                findings->append(f);
        }
    }
    return out;
}

QString PiiMasker::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ResidentNumber:
        return QCoreApplication::translate("PiiMasker", "resident registration number");
    case Kind::ForeignerNumber:
        return QCoreApplication::translate("PiiMasker", "foreigner registration number");
    case Kind::CardNumber:
        return QCoreApplication::translate("PiiMasker", "card number");
    case Kind::AccountNumber:
        return QCoreApplication::translate("PiiMasker", "bank account number");
    case Kind::PassportNumber:
        return QCoreApplication::translate("PiiMasker", "passport number");
    }
    return {};
}

} // namespace minwon
