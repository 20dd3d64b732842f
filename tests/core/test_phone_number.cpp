// SPDX-License-Identifier: Apache-2.0
#include "support/CatchQt.h"
#include "text/PhoneNumber.h"

#include <iterator>

using minwon::PhoneNumber;
using Kind = minwon::PhoneNumber::Kind;

namespace {

const char* kindText(Kind kind)
{
    switch (kind) {
    case Kind::Invalid:
        return "Invalid";
    case Kind::Mobile:
        return "Mobile";
    case Kind::Seoul:
        return "Seoul";
    case Kind::Area:
        return "Area";
    case Kind::Representative:
        return "Representative";
    case Kind::Internet:
        return "Internet";
    case Kind::Other:
        return "Other";
    }
    return "?";
}

struct Row
{
    QString input;
    Kind kind;
    const char* digits;
    const char* display;
    const char* masked;
};

QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Phone numbers parse to one national form, display and masked form", "[phone]")
{
    const Row rows[] = {
        // Mobile, every spelling of one number
        {QStringLiteral("010-1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("01012345678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("010 1234 5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("010.1234.5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("(010) 1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("+82 10-1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("+82-10-1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("82 10 1234 5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("+821012345678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("0082-10-1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("+82 (0)10-1234-5678"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("+82 010 1234 5678"), Kind::Mobile, "01012345678", "010-1234-5678", "010-****-5678"},
        {QStringLiteral("０１０－１２３４－５６７８"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("０１０１２３４５６７８"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("010\u00A01234\u00A05678"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("010\u30001234\u30005678"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("  010 - 1234 - 5678 "), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        {QStringLiteral("010\u20131234\u20135678"), Kind::Mobile, "01012345678", "010-1234-5678",
         "010-****-5678"},
        // Older mobile prefixes, 10 or 11 digits
        {QStringLiteral("011-123-4567"), Kind::Mobile, "0111234567", "011-123-4567", "011-***-4567"},
        {QStringLiteral("016-1234-5678"), Kind::Mobile, "01612345678", "016-1234-5678", "016-****-5678"},
        {QStringLiteral("019 987 6543"), Kind::Mobile, "0199876543", "019-987-6543", "019-***-6543"},
        // Seoul 02 + 7 or 8 digits
        {QStringLiteral("02-123-4567"), Kind::Seoul, "021234567", "02-123-4567", "02-***-4567"},
        {QStringLiteral("021234567"), Kind::Seoul, "021234567", "02-123-4567", "02-***-4567"},
        {QStringLiteral("02-1234-5678"), Kind::Seoul, "0212345678", "02-1234-5678", "02-****-5678"},
        {QStringLiteral("(02) 1234-5678"), Kind::Seoul, "0212345678", "02-1234-5678", "02-****-5678"},
        {QStringLiteral("+82 2 1234 5678"), Kind::Seoul, "0212345678", "02-1234-5678", "02-****-5678"},
        // Other area codes
        {QStringLiteral("031-123-4567"), Kind::Area, "0311234567", "031-123-4567", "031-***-4567"},
        {QStringLiteral("031-1234-5678"), Kind::Area, "03112345678", "031-1234-5678", "031-****-5678"},
        {QStringLiteral("051 987 6543"), Kind::Area, "0519876543", "051-987-6543", "051-***-6543"},
        {QStringLiteral("044.123.4567"), Kind::Area, "0441234567", "044-123-4567", "044-***-4567"},
        {QStringLiteral("064-1234-5678"), Kind::Area, "06412345678", "064-1234-5678", "064-****-5678"},
        {QStringLiteral("+82-31-1234-5678"), Kind::Area, "03112345678", "031-1234-5678", "031-****-5678"},
        // Representative numbers: not personal, never masked
        {QStringLiteral("1588-1234"), Kind::Representative, "15881234", "1588-1234", "1588-1234"},
        {QStringLiteral("15881234"), Kind::Representative, "15881234", "1588-1234", "1588-1234"},
        {QStringLiteral("1644 5678"), Kind::Representative, "16445678", "1644-5678", "1644-5678"},
        {QStringLiteral("1899-0000"), Kind::Representative, "18990000", "1899-0000", "1899-0000"},
        {QStringLiteral("+82 1588 1234"), Kind::Representative, "15881234", "1588-1234", "1588-1234"},
        // Internet phones
        {QStringLiteral("070-1234-5678"), Kind::Internet, "07012345678", "070-1234-5678", "070-****-5678"},
        {QStringLiteral("07012345678"), Kind::Internet, "07012345678", "070-1234-5678", "070-****-5678"},
        // Other: short numbers, free-call, safe numbers (these forward to a person: masked)
        {QStringLiteral("112"), Kind::Other, "112", "112", "112"},
        {QStringLiteral("119"), Kind::Other, "119", "119", "119"},
        {QStringLiteral("120"), Kind::Other, "120", "120", "120"},
        {QStringLiteral("1339"), Kind::Other, "1339", "1339", "1339"},
        {QStringLiteral("080-123-4567"), Kind::Other, "0801234567", "080-123-4567", "080-123-4567"},
        {QStringLiteral("0505-123-4567"), Kind::Other, "05051234567", "0505-123-4567", "0505-***-4567"},
        {QStringLiteral("0504-1234-5678"), Kind::Other, "050412345678", "0504-1234-5678", "0504-****-5678"},
        // Garbage
        {QString(), Kind::Invalid, "", "", ""},
        {QStringLiteral("   "), Kind::Invalid, "", "", ""},
        {QStringLiteral("abc"), Kind::Invalid, "", "", ""},
        {QStringLiteral("12"), Kind::Invalid, "", "", ""},
        {QStringLiteral("12345"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-1234"), Kind::Invalid, "", "", ""},
        {QStringLiteral("02-12-34"), Kind::Invalid, "", "", ""},
        {QStringLiteral("0212345"), Kind::Invalid, "", "", ""},
        {QStringLiteral("+1 415 555 0100"), Kind::Invalid, "", "", ""},
        {QStringLiteral("+44 20 7946 0958"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-12a4-5678"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-1234-5678 ext 12"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-1234-56789"), Kind::Invalid, "", "", ""},
        {QStringLiteral("0101234567890"), Kind::Invalid, "", "", ""},
        {QStringLiteral("1588-12345"), Kind::Invalid, "", "", ""},
        {QStringLiteral("030-1234-5678"), Kind::Invalid, "", "", ""},
        {QStringLiteral("((010)) 1234-5678"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-1234-5678)"), Kind::Invalid, "", "", ""},
        {QStringLiteral("010-1234-5678+"), Kind::Invalid, "", "", ""},
        {QStringLiteral("+82 112"), Kind::Invalid, "", "", ""},
        {QStringLiteral("+82"), Kind::Invalid, "", "", ""},
        {QStringLiteral("---"), Kind::Invalid, "", "", ""},
    };
    static_assert(std::size(rows) >= 40);

    for (const Row& row : rows) {
        INFO("input: " << row.input.toStdString());
        const PhoneNumber number = PhoneNumber::parse(row.input);
        CHECK(kindText(number.kind) == std::string(kindText(row.kind)));
        CHECK(number.isValid() == (row.kind != Kind::Invalid));
        CHECK(number.digits == fromUtf8(row.digits));
        CHECK(number.display() == fromUtf8(row.display));
        CHECK(number.masked() == fromUtf8(row.masked));
        CHECK(number.key() == (number.isValid() ? number.digits : QString()));
        // Parsing what we display gives the same number back.
        if (number.isValid())
            CHECK(PhoneNumber::parse(number.display()) == number);
    }
}

TEST_CASE("Every spelling of one number has the same key, and different numbers differ", "[phone]")
{
    const QList<QStringList> people = {
        {QStringLiteral("010-1234-5678"), QStringLiteral("01012345678"), QStringLiteral("+82 10-1234-5678"),
         QStringLiteral("+82-10-1234-5678"), QStringLiteral("82 10 1234 5678"),
         QStringLiteral("(010) 1234-5678"), QStringLiteral("010.1234.5678"),
         QStringLiteral("０１０－１２３４－５６７８"), QStringLiteral("010\u00A01234\u00A05678"),
         QStringLiteral("0082 10 1234 5678"), QStringLiteral("+82 (0)10 1234 5678")},
        {QStringLiteral("02-123-4567"), QStringLiteral("(02)123-4567"), QStringLiteral("+82 2-123-4567"),
         QStringLiteral("021234567"), QStringLiteral("02 123 4567")},
        {QStringLiteral("031-1234-5678"), QStringLiteral("+82 31 1234 5678"),
         QStringLiteral("(031)1234.5678"), QStringLiteral("03112345678")},
        {QStringLiteral("070-1234-5678"), QStringLiteral("+82 70 1234 5678"), QStringLiteral("07012345678")},
        {QStringLiteral("1588-1234"), QStringLiteral("1588 1234"), QStringLiteral("15881234")},
        // Same subscriber digits, other prefix: a different person.
        {QStringLiteral("011-1234-5678"), QStringLiteral("+82 11 1234 5678")},
        {QStringLiteral("02-1234-5678"), QStringLiteral("+82 2 1234 5678")},
    };
    QStringList keys;
    for (const QStringList& spellings : people) {
        const QString key = PhoneNumber::parse(spellings.first()).key();
        REQUIRE_FALSE(key.isEmpty());
        for (const QString& spelling : spellings) {
            INFO("spelling: " << spelling.toStdString());
            CHECK(PhoneNumber::parse(spelling).key() == key);
        }
        CHECK_FALSE(keys.contains(key));
        keys.append(key);
    }
}

TEST_CASE("Invalid and foreign numbers never match a Korean caller", "[phone]")
{
    const QString korean = PhoneNumber::parse(QStringLiteral("010-1234-5678")).key();
    for (const char* text : {"+1 415 555 0100", "+1 010 1234 5678", "+44 10 1234 5678", "010-12a4-5678",
                             "010-1234", "abc", "", "0101234567890"}) {
        INFO(text);
        const PhoneNumber number = PhoneNumber::parse(QString::fromUtf8(text));
        CHECK_FALSE(number.isValid());
        CHECK(number.key().isEmpty());
        CHECK(number.key() != korean);
        CHECK(number.display().isEmpty());
        CHECK(number.masked().isEmpty());
    }
    CHECK(PhoneNumber() == PhoneNumber::parse(QStringLiteral("abc")));
}
