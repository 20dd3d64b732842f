// SPDX-License-Identifier: Apache-2.0
#include "search/SearchHighlight.h"

#include "search/SearchText.h"

#include <QChar>

#include <algorithm>

namespace minwon::search {

namespace {

constexpr int LeadingContext = 30; ///< characters shown before the first match
constexpr int WordSnap = 10; ///< how far a cut moves to fall between words
constexpr QChar Ellipsis(0x2026);

int matcherLength(const Matcher& matcher)
{
    return matcher.kind == Matcher::Kind::Pattern ? static_cast<int>(matcher.pattern.size())
                                                  : static_cast<int>(matcher.text.size());
}

// Hangul needles match folded and unfolded text alike (folding never touches
// syllables, nor makes one), so most bodies need no folded copy.
bool needsFolding(const std::vector<const Matcher*>& matchers)
{
    for (const Matcher* matcher : matchers) {
        if (matcher->kind != Matcher::Kind::Syllables && matcher->kind != Matcher::Kind::Pattern)
            return true;
    }
    return false;
}

// The longest text a matcher can match, and the look-ahead its word-boundary
// checks need (a digit after "13" makes it no match for 13).
constexpr int LookAhead = 2;
int longestMatch(const std::vector<const Matcher*>& matchers)
{
    int longest = 0;
    for (const Matcher* matcher : matchers)
        longest = std::max(longest, matcherLength(*matcher));
    return longest;
}

// A body folded only as far as it is read: most first matches are early.
class LazyFold
{
public:
    LazyFold(const QString& plain, bool needed)
        : m_plain(plain)
        , m_needed(needed)
        , m_size(static_cast<int>(plain.size()))
        , m_done(needed ? 0 : m_size)
    {
        if (needed)
            m_folded = QString(plain.size(), Qt::Uninitialized);
    }
    int size() const { return m_size; }
    /// The folded text up to `end` (or the whole text, whichever is shorter).
    QStringView upTo(int end)
    {
        end = std::min(end, m_size);
        if (!m_needed)
            return QStringView(m_plain).left(end);
        if (end > m_done) {
            const char16_t* src = QStringView(m_plain).utf16();
            char16_t* dst = reinterpret_cast<char16_t*>(m_folded.data());
            for (int i = m_done; i < end; ++i)
                dst[i] = foldChar(src[i]);
            m_done = end;
        }
        return QStringView(m_folded).left(end);
    }

private:
    const QString& m_plain;
    QString m_folded;
    bool m_needed;
    int m_size;
    int m_done;
};

// The first match of any matcher: start (or -1) and its length in `length`.
int firstMatch(LazyFold* text, const std::vector<const Matcher*>& matchers, int* length)
{
    const int longest = longestMatch(matchers);
    int searched = 0; // matches starting before this were looked for
    for (int chunk = 256;; chunk *= 4) {
        const QStringView view = text->upTo(chunk);
        const int end = static_cast<int>(view.size());
        const bool whole = end == text->size();
        int best = -1;
        for (const Matcher* matcher : matchers) {
            int l = 0;
            const int at = matcher->find(view, searched, &l);
            if (at >= 0 && l > 0 && (best < 0 || at < best || (at == best && l > *length))) {
                best = at;
                *length = l;
            }
        }
        // A match near the end of what is folded may yet be undone by what follows.
        if (best >= 0 && (whole || best + *length + LookAhead < end))
            return best;
        if (whole)
            return -1;
        searched = std::max(0, end - longest - LookAhead);
    }
}
} // namespace

QList<SearchIndex::Span> findSpans(QStringView folded, const std::vector<const Matcher*>& matchers, int from,
                                   int to)
{
    if (to < 0)
        to = static_cast<int>(folded.size());
    QList<SearchIndex::Span> found;
    for (const Matcher* matcher : matchers) {
        // a match may begin before `from` and reach into the range
        int at = std::max(0, from - matcherLength(*matcher) + 1);
        while (at < to) {
            int length = 0;
            const int start = matcher->find(folded, at, &length);
            if (start < 0 || start >= to || length <= 0)
                break;
            if (start + length > from)
                found.append({start, length});
            at = start + length;
        }
    }
    std::sort(found.begin(), found.end(), [](const SearchIndex::Span& a, const SearchIndex::Span& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<SearchIndex::Span> merged;
    for (const SearchIndex::Span& span : found) {
        if (!merged.isEmpty() && span.start <= merged.last().start + merged.last().length) {
            SearchIndex::Span& last = merged.last();
            last.length = std::max(last.start + last.length, span.start + span.length) - last.start;
        } else {
            merged.append(span);
        }
    }
    return merged;
}

void makeSnippet(const QString& plain, const std::vector<const Matcher*>& matchers, QString* snippet,
                 QList<SearchIndex::Span>* spans)
{
    spans->clear();
    const int n = static_cast<int>(plain.size());
    LazyFold folded(plain, needsFolding(matchers));
    int firstLength = 0;
    const int first = matchers.empty() ? -1 : firstMatch(&folded, matchers, &firstLength);

    int start = 0;
    if (first > LeadingContext) {
        start = first - LeadingContext;
        // Begin at a word: after a space shortly before, else at the next one.
        const qsizetype space = plain.lastIndexOf(QLatin1Char(' '), start);
        if (space >= 0 && start - space <= WordSnap) {
            start = static_cast<int>(space) + 1;
        } else {
            const qsizetype after = plain.indexOf(QLatin1Char(' '), start);
            if (after >= 0 && after - start <= WordSnap && after < first)
                start = static_cast<int>(after) + 1;
        }
        // Near the end, show a full snippet rather than a short tail.
        start = std::max(0, std::min(start, n - SnippetLength));
    }
    int end = std::min(n, start + SnippetLength);
    if (end < n) {
        const qsizetype space = plain.lastIndexOf(QLatin1Char(' '), end);
        const int firstEnd = first < 0 ? start : first + firstLength;
        if (space > start && end - space <= WordSnap && space >= firstEnd)
            end = static_cast<int>(space);
    }
    if (start > 0 && start < n && plain[start].isLowSurrogate())
        ++start;
    if (end < n && end > start && plain[end].isLowSurrogate())
        ++end;
    while (start < end && plain[start] == QLatin1Char(' '))
        ++start;
    while (end > start && plain[end - 1] == QLatin1Char(' '))
        --end;

    const bool cutBefore = start > 0;
    const bool cutAfter = end < n;
    snippet->clear();
    snippet->reserve(end - start + 2);
    if (cutBefore)
        snippet->append(Ellipsis);
    snippet->append(QStringView(plain).mid(start, end - start));
    if (cutAfter)
        snippet->append(Ellipsis);

    if (first < 0)
        return;
    const int shift = (cutBefore ? 1 : 0) - start;
    const QStringView window = folded.upTo(end + longestMatch(matchers) + LookAhead);
    for (const SearchIndex::Span& span : findSpans(window, matchers, start, end)) {
        const int from = std::max(span.start, start);
        const int to = std::min(span.start + span.length, end);
        if (from < to)
            spans->append({from + shift, to - from});
    }
}

} // namespace minwon::search
