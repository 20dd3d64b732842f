// SPDX-License-Identifier: Apache-2.0
#include "text/WordDiff.h"

#include <vector>

namespace minwon {

namespace {

struct Token
{
    QStringView word; ///< compared
    QStringView text; ///< the word and the whitespace after it
};

std::vector<Token> tokenize(const QString& s, QStringView* leading)
{
    std::vector<Token> tokens;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && s.at(i).isSpace())
        ++i;
    *leading = QStringView(s).left(i);
    while (i < n) {
        const qsizetype start = i;
        while (i < n && !s.at(i).isSpace())
            ++i;
        const qsizetype wordEnd = i;
        while (i < n && s.at(i).isSpace())
            ++i;
        tokens.push_back({QStringView(s).mid(start, wordEnd - start), QStringView(s).mid(start, i - start)});
    }
    return tokens;
}

// Beyond this many differences the middle is shown as replaced whole: the
// trace of Myers' algorithm grows with the square of the differences.
constexpr int kMaxDifferences = 2000;

/// Myers' shortest edit script between a[a0, a1) and b[b0, b1); appends ops
/// in order ('=', '-', '+').
void myers(const std::vector<Token>& a, const std::vector<Token>& b, int a0, int a1, int b0, int b1,
           std::vector<char>* ops)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    const int max = n + m;
    if (max == 0)
        return;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && d <= kMaxDifferences; ++d) {
        // Only the diagonals -d..d matter for the next step: keep that slice.
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(a0 + x)].word == b[size_t(b0 + y)].word) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        if (found >= 0)
            break;
    }
    if (found < 0) {
        // Too different: everything old out, everything new in.
        ops->insert(ops->end(), size_t(n), '-');
        ops->insert(ops->end(), size_t(m), '+');
        return;
    }
    std::vector<char> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& prev = trace[size_t(d)]; // v before step d: diagonals -(d)..d from the slice
        auto at = [&prev, d](int k) { return prev[size_t(k + d + 1)]; };
        const int k = x - y;
        const bool down = (k == -d || (k != d && at(k - 1) < at(k + 1)));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back('=');
            --x;
            --y;
        }
        if (down) {
            reversed.push_back('+');
            --y;
        } else {
            reversed.push_back('-');
            --x;
        }
    }
    while (x > 0 && y > 0) {
        reversed.push_back('=');
        --x;
        --y;
    }
    ops->insert(ops->end(), reversed.rbegin(), reversed.rend());
}

std::vector<char> editScript(const std::vector<Token>& a, const std::vector<Token>& b)
{
    int prefix = 0;
    const int n = int(a.size());
    const int m = int(b.size());
    while (prefix < n && prefix < m && a[size_t(prefix)].word == b[size_t(prefix)].word)
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && a[size_t(n - 1 - suffix)].word == b[size_t(m - 1 - suffix)].word)
        ++suffix;
    std::vector<char> ops(size_t(prefix), '=');
    myers(a, b, prefix, n - suffix, prefix, m - suffix, &ops);
    ops.insert(ops.end(), size_t(suffix), '=');
    return ops;
}

} // namespace

QList<DiffSegment> wordDiff(const QString& older, const QString& newer)
{
    QStringView leadOld;
    QStringView leadNew;
    const std::vector<Token> a = tokenize(older, &leadOld);
    const std::vector<Token> b = tokenize(newer, &leadNew);
    const std::vector<char> ops = editScript(a, b);

    QList<DiffSegment> out;
    auto add = [&out](DiffSegment::Op op, QStringView text) {
        if (text.isEmpty())
            return;
        if (!out.isEmpty() && out.last().op == op)
            out.last().text += text;
        else
            out.append({op, text.toString()});
    };
    add(DiffSegment::Op::Equal, leadNew);
    // Within a changed stretch, deletions first, then insertions.
    QString pendingDelete;
    QString pendingInsert;
    auto endsWithSpace = [](const QString& s) { return !s.isEmpty() && s.back().isSpace(); };
    auto flush = [&] {
        // Keep words apart where only one side had whitespace between them.
        if (!pendingDelete.isEmpty() && !out.isEmpty() && !endsWithSpace(out.last().text))
            pendingDelete.prepend(QLatin1Char(' '));
        if (!pendingDelete.isEmpty() && !pendingInsert.isEmpty() && !endsWithSpace(pendingDelete))
            pendingDelete.append(QLatin1Char(' '));
        add(DiffSegment::Op::Delete, pendingDelete);
        add(DiffSegment::Op::Insert, pendingInsert);
        pendingDelete.clear();
        pendingInsert.clear();
    };
    size_t i = 0;
    size_t j = 0;
    for (const char op : ops) {
        if (op == '=') {
            flush();
            add(DiffSegment::Op::Equal, b[j].text);
            ++i;
            ++j;
        } else if (op == '-') {
            pendingDelete += a[i++].text;
        } else {
            pendingInsert += b[j++].text;
        }
    }
    flush();
    return out;
}

DiffStats wordDiffStats(const QString& older, const QString& newer)
{
    QStringView lead;
    const std::vector<Token> a = tokenize(older, &lead);
    const std::vector<Token> b = tokenize(newer, &lead);
    DiffStats stats;
    for (const char op : editScript(a, b)) {
        if (op == '+')
            ++stats.inserted;
        else if (op == '-')
            ++stats.deleted;
    }
    return stats;
}

} // namespace minwon
