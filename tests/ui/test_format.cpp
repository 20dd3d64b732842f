// SPDX-License-Identifier: Apache-2.0
// Dates and times as a Korean office writes them (2021. 4. 16. (금) 13:13),
// and as an English reader expects them.
#include "common/Format.h"
#include "support/CatchQt.h"

#include <QLocale>
#include <QTimeZone>

using namespace minwon;

namespace {

struct WithLocale
{
    explicit WithLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~WithLocale() { QLocale::setDefault(previous); }
    QLocale previous;
};

} // namespace

TEST_CASE("Korean dates carry the weekday and no leading zeros", "[ui][format]")
{
    WithLocale korean(QLocale(QLocale::Korean, QLocale::SouthKorea));
    struct Row
    {
        QDate date;
        const char* full;
        const char* shortForm;
    };
    const Row rows[] = {
        {QDate(2021, 4, 16), "2021. 4. 16. (금)", "4. 16. (금)"},
        {QDate(2021, 4, 17), "2021. 4. 17. (토)", "4. 17. (토)"},
        {QDate(2021, 4, 18), "2021. 4. 18. (일)", "4. 18. (일)"},
        {QDate(2021, 4, 19), "2021. 4. 19. (월)", "4. 19. (월)"},
        {QDate(2021, 4, 20), "2021. 4. 20. (화)", "4. 20. (화)"},
        {QDate(2021, 4, 21), "2021. 4. 21. (수)", "4. 21. (수)"},
        {QDate(2021, 4, 22), "2021. 4. 22. (목)", "4. 22. (목)"},
        {QDate(2026, 1, 1), "2026. 1. 1. (목)", "1. 1. (목)"},
        {QDate(2024, 2, 29), "2024. 2. 29. (목)", "2. 29. (목)"},
        {QDate(2026, 12, 31), "2026. 12. 31. (목)", "12. 31. (목)"},
    };
    for (const Row& r : rows) {
        INFO(r.date.toString(Qt::ISODate).toStdString());
        CHECK(format::date(r.date) == QString::fromUtf8(r.full));
        CHECK(format::shortDate(r.date) == QString::fromUtf8(r.shortForm));
    }
    CHECK(format::date(QDate()).isEmpty());
    CHECK(format::shortDateTime(QDateTime()).isEmpty());

    // A time in Seoul is shown in Seoul, whatever the zone of this computer.
    const QTimeZone seoul(QByteArrayLiteral("Asia/Seoul"));
    const QDateTime utc(QDate(2021, 4, 16), QTime(4, 13), Qt::UTC);
    CHECK(format::shortDateTime(utc.toTimeZone(seoul)) == QStringLiteral("4. 16. (금) 13:13"));
    CHECK(format::dateTime(utc).endsWith(utc.toLocalTime().time().toString(QStringLiteral("HH:mm"))));
    CHECK(format::dateTime(QDateTime(QDate(2021, 4, 16), QTime(13, 13)))
          == QStringLiteral("2021. 4. 16. (금) 13:13"));

    // Date fields read the same way, and give back what they show.
    CHECK(QLocale().toString(QDate(2021, 4, 16), format::dateEditFormat())
          == QStringLiteral("2021. 4. 16. (금)"));
    CHECK(QLocale().toDate(QStringLiteral("2021. 4. 16. (금)"), format::dateEditFormat())
          == QDate(2021, 4, 16));
    CHECK(QLocale().toString(QDateTime(QDate(2021, 4, 16), QTime(9, 5)), format::dateTimeEditFormat())
          == QStringLiteral("2021. 4. 16. (금) 09:05"));
}

TEST_CASE("English dates for maintainers", "[ui][format]")
{
    WithLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(format::date(QDate(2021, 4, 16)) == QStringLiteral("Fri 16 Apr 2021"));
    CHECK(format::shortDate(QDate(2021, 4, 16)) == QStringLiteral("Fri 16 Apr"));
    CHECK(format::dateTime(QDateTime(QDate(2021, 4, 16), QTime(13, 13)))
          == QStringLiteral("Fri 16 Apr 2021 13:13"));
    CHECK(format::duration(3723) == QStringLiteral("1:02:03"));
    CHECK(format::duration(45) == QStringLiteral("0:45"));
}
