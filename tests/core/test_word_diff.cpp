// SPDX-License-Identifier: Apache-2.0
// The word-level difference shown in an article's history.
#include "support/CatchQt.h"
#include "text/WordDiff.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

using namespace minwon;
using Op = DiffSegment::Op;

namespace {

QString side(const QList<DiffSegment>& diff, Op skip)
{
    QString out;
    for (const DiffSegment& s : diff)
        if (s.op != skip)
            out += s.text;
    return out;
}

QStringList words(const QString& s)
{
    return s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

int changedWords(const QList<DiffSegment>& diff)
{
    int n = 0;
    for (const DiffSegment& s : diff)
        if (s.op != Op::Equal)
            n += int(words(s.text).size());
    return n;
}

} // namespace

TEST_CASE("A changed Korean word shows as one deletion and one insertion", "[diff]")
{
    const QString older = QStringLiteral("선별진료소는 평일 9시부터 18시까지 운영합니다.");
    const QString newer = QStringLiteral("선별진료소는 평일 9시부터 21시까지 운영합니다.");
    const QList<DiffSegment> diff = wordDiff(older, newer);
    const QList<DiffSegment> expected {
        {Op::Equal, QStringLiteral("선별진료소는 평일 9시부터 ")},
        {Op::Delete, QStringLiteral("18시까지 ")},
        {Op::Insert, QStringLiteral("21시까지 ")},
        {Op::Equal, QStringLiteral("운영합니다.")},
    };
    CHECK(diff == expected);
    const DiffStats stats = wordDiffStats(older, newer);
    CHECK(stats.inserted == 1);
    CHECK(stats.deleted == 1);
}

TEST_CASE("A particle change is a changed word (eojeol)", "[diff]")
{
    const QList<DiffSegment> diff = wordDiff(QStringLiteral("거리두기를 지켜 주세요"),
                                             QStringLiteral("거리두기는 계속됩니다 지켜 주세요"));
    const QList<DiffSegment> expected {
        {Op::Delete, QStringLiteral("거리두기를 ")},
        {Op::Insert, QStringLiteral("거리두기는 계속됩니다 ")},
        {Op::Equal, QStringLiteral("지켜 주세요")},
    };
    CHECK(diff == expected);
}

TEST_CASE("Insertions and deletions at the edges, and empty texts", "[diff]")
{
    CHECK(wordDiff({}, {}).isEmpty());
    CHECK(wordDiff({}, QStringLiteral("새 안내"))
          == QList<DiffSegment> {{Op::Insert, QStringLiteral("새 안내")}});
    CHECK(wordDiff(QStringLiteral("옛 안내"), {})
          == QList<DiffSegment> {{Op::Delete, QStringLiteral("옛 안내")}});
    const QList<DiffSegment> diff
        = wordDiff(QStringLiteral("PCR 검사"), QStringLiteral("신속 PCR 검사 무료"));
    const QList<DiffSegment> expected {
        {Op::Insert, QStringLiteral("신속 ")},
        {Op::Equal, QStringLiteral("PCR 검사 ")},
        {Op::Insert, QStringLiteral("무료")},
    };
    CHECK(diff == expected);
    // Only whitespace changed: no word changed.
    CHECK(changedWords(wordDiff(QStringLiteral("가 나\n다"), QStringLiteral("가  나 다"))) == 0);
}

TEST_CASE("The diff is minimal and rebuilds both texts", "[diff]")
{
    const QStringList vocabulary {QStringLiteral("검사"),     QStringLiteral("선별진료소"),
                                  QStringLiteral("거리두기"), QStringLiteral("2단계"),
                                  QStringLiteral("코로나19"), QStringLiteral("PCR"),
                                  QStringLiteral("운영"),     QStringLiteral("안내"),
                                  QStringLiteral("지원금은"), QStringLiteral("신청")};
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QStringList a;
        for (int i = int(rng.bounded(30)); i > 0; --i)
            a << vocabulary.at(int(rng.bounded(vocabulary.size())));
        QStringList b = a;
        int edits = int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int what = int(rng.bounded(3));
            if (what == 0 || b.isEmpty())
                b.insert(int(rng.bounded(b.size() + 1)), vocabulary.at(int(rng.bounded(vocabulary.size()))));
            else if (what == 1)
                b.removeAt(int(rng.bounded(b.size())));
            else
                b[int(rng.bounded(b.size()))] = QStringLiteral("변경");
        }
        const QString older = a.join(QLatin1Char(' '));
        const QString newer = b.join(QLatin1Char(' '));
        const QList<DiffSegment> diff = wordDiff(older, newer);
        INFO(older.toStdString() << " -> " << newer.toStdString());
        CHECK(side(diff, Op::Delete) == newer);
        CHECK(words(side(diff, Op::Insert)) == a);
        // Never more changed words than the edits made (a replacement is two).
        CHECK(changedWords(diff) <= 2 * edits);
    }
}

TEST_CASE("Completely different long texts still give a correct diff", "[diff]")
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 6000; ++i) {
        a << QStringLiteral("가%1").arg(i);
        b << QStringLiteral("나%1").arg(i);
    }
    const QList<DiffSegment> diff = wordDiff(a.join(QLatin1Char(' ')), b.join(QLatin1Char(' ')));
    CHECK(side(diff, Op::Delete) == b.join(QLatin1Char(' ')));
    CHECK(words(side(diff, Op::Insert)) == a);
}
