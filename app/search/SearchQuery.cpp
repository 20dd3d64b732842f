// SPDX-License-Identifier: Apache-2.0
#include "search/SearchQuery.h"

#include "search/Hangul.h"
#include "search/SearchText.h"

namespace minwon::search {

namespace {

// Quality of a match by where it sits in the word.
constexpr float WholeWord = 1.0F;
constexpr float WordStart = 0.8F;
constexpr float InsideWord = 0.6F;
constexpr float PatternWholeWord = 0.9F;
constexpr float PatternWordStart = 0.75F;
constexpr float PatternInsideWord = 0.55F;
constexpr float DigitStart = 0.7F;
constexpr float StrippedParticle = 0.85F;
constexpr float Relaxed = 0.8F;
constexpr size_t MaxRuns = 16;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Whether the rest of a word after a match is nothing or a particle.
bool restIsParticle(QStringView rest)
{
    return rest.isEmpty() || hangul::isParticle(rest);
}

// indexOf for the short strings terms are: no setup cost.
qsizetype findShort(QStringView hay, QStringView needle)
{
    const qsizetype n = hay.size();
    const qsizetype m = needle.size();
    if (m == 0 || m > n)
        return m == 0 ? 0 : -1;
    if (n > 32)
        return hay.indexOf(needle);
    const char16_t* h = hay.utf16();
    const char16_t* s = needle.utf16();
    for (qsizetype at = 0; at + m <= n; ++at) {
        if (h[at] != s[0])
            continue;
        qsizetype k = 1;
        while (k < m && h[at + k] == s[k])
            ++k;
        if (k == m)
            return at;
    }
    return -1;
}

bool patternMatchesAt(const std::vector<PatternElement>& pattern, QStringView text, qsizetype at)
{
    if (at + static_cast<qsizetype>(pattern.size()) > text.size())
        return false;
    for (size_t k = 0; k < pattern.size(); ++k) {
        if (!pattern[k].matches(text[at + static_cast<qsizetype>(k)].unicode()))
            return false;
    }
    return true;
}

Matcher syllables(const QString& text, float factor)
{
    Matcher m;
    m.kind = Matcher::Kind::Syllables;
    m.text = text;
    m.factor = factor;
    return m;
}

Matcher literal(Matcher::Kind kind, const QString& text, bool prefix)
{
    Matcher m;
    m.kind = kind;
    m.text = text;
    m.prefix = prefix;
    return m;
}

// A run with lone consonants: ㄱㄹㄷㄱ, ㄱㄹ두기, 검ㅅ.
Matcher consonantPattern(const QString& text)
{
    Matcher m;
    m.kind = Matcher::Kind::Pattern;
    m.text = text;
    bool syllableSeen = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (hangul::isSyllable(c)) {
            m.pattern.push_back(PatternElement::exact(c));
            syllableSeen = true;
            continue;
        }
        int initials[2];
        const int count = hangul::queryInitials(c, initials);
        for (int k = 0; k < count; ++k)
            m.pattern.push_back(PatternElement::consonant(initials[k]));
    }
    // A single consonant alone would match nearly every word: only word starts.
    m.wordStartOnly = !syllableSeen && m.pattern.size() == 1;
    return m;
}

// The last word while it is being typed: the input method shows 선별지 before
// 선별진, and 거리둑 before 거리두기 (the final moves on when the vowel comes).
void addRelaxations(const QString& text, QueryClause* clause)
{
    const char16_t last = text.back().unicode();
    std::vector<PatternElement> head;
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        head.push_back(PatternElement::exact(text[i].unicode()));

    Matcher anyFinal;
    anyFinal.kind = Matcher::Kind::Pattern;
    anyFinal.text = text;
    anyFinal.factor = Relaxed;
    anyFinal.pattern = head;
    if (hangul::finalOf(last) == 0) {
        anyFinal.pattern.push_back(PatternElement::openFinal(last));
        clause->fallbacks.push_back(std::move(anyFinal));
        return;
    }
    char16_t rest = 0;
    int moved = 0;
    if (hangul::splitFinal(last, &rest, &moved)) {
        anyFinal.pattern.push_back(PatternElement::exact(rest));
        anyFinal.pattern.push_back(PatternElement::consonant(moved));
        clause->fallbacks.push_back(std::move(anyFinal));
    }
}

void addSyllableVariants(const QString& text, bool typing, QueryClause* clause)
{
    clause->variants.push_back(syllables(text, WholeWord));
    for (const QStringView* p = hangul::particlesBegin(); p != hangul::particlesEnd(); ++p) {
        if (text.size() <= p->size() || !QStringView(text).endsWith(*p))
            continue;
        const QString rest = text.left(text.size() - p->size());
        // 자가 must not become 자: one-syllable remainders only as a fallback.
        auto& list = rest.size() >= 2 ? clause->variants : clause->fallbacks;
        list.push_back(syllables(rest, StrippedParticle));
    }
    if (typing)
        addRelaxations(text, clause);
}

// "코로나19에서" → "코로나19": the group without the longest particle ending
// its last (Hangul) run; null when there is none.
QString withoutTrailingParticle(const QString& group, QStringView lastRun)
{
    qsizetype longest = 0;
    for (const QStringView* p = hangul::particlesBegin(); p != hangul::particlesEnd(); ++p) {
        if (p->size() > longest && lastRun.endsWith(*p))
            longest = p->size();
    }
    return longest > 0 ? group.left(group.size() - longest) : QString();
}

bool isWordCharFor(Matcher::Kind kind, char16_t c)
{
    const CharClass cls = classify(c);
    switch (kind) {
    case Matcher::Kind::Latin:
        return cls == CharClass::Latin;
    case Matcher::Kind::Other:
        return cls == CharClass::Other;
    default:
        return false;
    }
}

} // namespace

PatternElement PatternElement::consonant(int initial)
{
    PatternElement e;
    e.initial = static_cast<std::int8_t>(initial);
    e.first = hangul::compose(initial, 0, 0);
    e.last = static_cast<char16_t>(e.first + hangul::InitialStride - 1);
    return e;
}

PatternElement PatternElement::openFinal(char16_t syllable)
{
    PatternElement e;
    e.initial = static_cast<std::int8_t>(hangul::initialOf(syllable));
    e.first = hangul::compose(e.initial, hangul::medialOf(syllable), 0);
    e.last = static_cast<char16_t>(e.first + hangul::FinalCount - 1);
    return e;
}

PatternElement PatternElement::exact(char16_t syllable)
{
    PatternElement e;
    e.initial = static_cast<std::int8_t>(hangul::initialOf(syllable));
    e.first = syllable;
    e.last = syllable;
    return e;
}

float Matcher::termQuality(QStringView term) const
{
    switch (kind) {
    case Kind::Syllables: {
        const qsizetype at = findShort(term, text);
        if (at < 0)
            return 0.0F;
        if (at > 0)
            return InsideWord * factor;
        return (restIsParticle(term.mid(text.size())) ? WholeWord : WordStart) * factor;
    }
    case Kind::Pattern: {
        const qsizetype last = term.size() - static_cast<qsizetype>(pattern.size());
        for (qsizetype at = 0; at <= last; ++at) {
            if (!patternMatchesAt(pattern, term, at))
                continue;
            if (at > 0)
                return wordStartOnly ? 0.0F : PatternInsideWord * factor;
            const QStringView rest = term.mid(static_cast<qsizetype>(pattern.size()));
            return (restIsParticle(rest) ? PatternWholeWord : PatternWordStart) * factor;
        }
        return 0.0F;
    }
    case Kind::Latin:
    case Kind::Digit:
    case Kind::Other:
        if (term == text)
            return WholeWord * factor;
        if (prefix && term.startsWith(text))
            return (kind == Kind::Digit ? DigitStart : WordStart) * factor;
        return 0.0F;
    case Kind::Compound:
        return findShort(term, text) >= 0 ? factor : 0.0F;
    }
    return 0.0F;
}

int Matcher::find(QStringView folded, int from, int* length) const
{
    const int n = static_cast<int>(folded.size());
    switch (kind) {
    case Kind::Syllables:
    case Kind::Compound: {
        const qsizetype at = folded.indexOf(text, from);
        *length = static_cast<int>(text.size());
        return static_cast<int>(at);
    }
    case Kind::Pattern: {
        const int m = static_cast<int>(pattern.size());
        const char16_t* s = folded.utf16();
        const char16_t low = pattern.front().first;
        const unsigned span = static_cast<unsigned>(pattern.front().last - low);
        for (int at = from; at + m <= n; ++at) {
            if (static_cast<unsigned>(s[at] - low) > span)
                continue; // not even the first syllable
            if (wordStartOnly && at > 0 && hangul::isSyllable(s[at - 1]))
                continue;
            if (patternMatchesAt(pattern, folded, at)) {
                *length = m;
                return at;
            }
        }
        return -1;
    }
    case Kind::Latin:
    case Kind::Other: {
        const int m = static_cast<int>(text.size());
        for (qsizetype at = folded.indexOf(text, from); at >= 0; at = folded.indexOf(text, at + 1)) {
            const int pos = static_cast<int>(at);
            if (pos > 0 && isWordCharFor(kind, folded[pos - 1].unicode()))
                continue;
            if (!prefix && pos + m < n && isWordCharFor(kind, folded[pos + m].unicode()))
                continue;
            *length = m;
            return pos;
        }
        return -1;
    }
    case Kind::Digit: {
        const int m = static_cast<int>(text.size());
        for (qsizetype at = folded.indexOf(text, from); at >= 0; at = folded.indexOf(text, at + 1)) {
            const int pos = static_cast<int>(at);
            if (pos > 0) {
                const char16_t before = folded[pos - 1].unicode();
                if (isDigit(before) || (before == u'.' && pos > 1 && isDigit(folded[pos - 2].unicode())))
                    continue;
            }
            if (!prefix && pos + m < n) {
                const char16_t after = folded[pos + m].unicode();
                if (isDigit(after)
                    || (after == u'.' && pos + m + 1 < n && isDigit(folded[pos + m + 1].unicode())))
                    continue;
            }
            *length = m;
            return pos;
        }
        return -1;
    }
    }
    return -1;
}

CompiledQuery compileQuery(const QString& text)
{
    CompiledQuery query;
    const QString folded = foldText(toNfc(text));
    query.blank = folded.trimmed().isEmpty();
    std::vector<TextRun> runs;
    tokenize(folded, &runs, true);

    // Pasted paragraphs are not queries: the first words are enough.
    if (runs.size() > MaxRuns)
        runs.resize(MaxRuns);

    QString together; // the Hangul words written without spaces (띄어쓰기 varies)
    int hangulWords = 0;
    bool onlyHangulWords = true;
    size_t g = 0;
    while (g < runs.size()) {
        size_t end = g + 1;
        while (end < runs.size() && runs[end].glued)
            ++end;
        const bool glued = end - g > 1;
        bool withConsonants = false;
        if (!glued && runs[g].kind == RunKind::Hangul && !runs[g].hasConsonants) {
            together += QStringView(folded).mid(runs[g].start, runs[g].length);
            ++hangulWords;
        } else {
            onlyHangulWords = false;
        }
        for (size_t r = g; r < end; ++r) {
            const TextRun& run = runs[r];
            const QString part = folded.mid(run.start, run.length);
            const bool typing = r + 1 == runs.size();
            QueryClause clause;
            switch (run.kind) {
            case RunKind::Hangul:
                if (run.hasConsonants) {
                    withConsonants = true;
                    clause.variants.push_back(consonantPattern(part));
                } else if (glued && r > g && hangul::isParticle(part)) {
                    continue; // 코로나19에서: the particle after the number
                } else {
                    addSyllableVariants(part, typing, &clause);
                }
                break;
            case RunKind::Latin:
                clause.variants.push_back(literal(Matcher::Kind::Latin, part, true));
                break;
            case RunKind::Digit:
                clause.variants.push_back(literal(Matcher::Kind::Digit, part, typing));
                break;
            case RunKind::Other:
                clause.variants.push_back(literal(Matcher::Kind::Other, part, true));
                break;
            }
            query.clauses.push_back(std::move(clause));
        }
        if (glued && !withConsonants) {
            // Runs that were typed together score more where they stand together.
            const int from = runs[g].start;
            const int to = runs[end - 1].start + runs[end - 1].length;
            const QString group = folded.mid(from, to - from);
            QueryClause adjacency;
            adjacency.optional = true;
            adjacency.variants.push_back(literal(Matcher::Kind::Compound, group, true));
            const TextRun& last = runs[end - 1];
            if (last.kind == RunKind::Hangul) {
                const QString shorter
                    = withoutTrailingParticle(group, QStringView(folded).mid(last.start, last.length));
                if (shorter.size() > runs[g].length)
                    adjacency.variants.push_back(literal(Matcher::Kind::Compound, shorter, true));
            }
            query.clauses.push_back(std::move(adjacency));
        }
        g = end;
    }
    if (onlyHangulWords && hangulWords >= 2) {
        QueryClause phrase;
        phrase.optional = true;
        phrase.variants.push_back(syllables(together, WholeWord));
        query.clauses.push_back(std::move(phrase));
    }
    return query;
}

} // namespace minwon::search
