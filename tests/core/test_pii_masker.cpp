// SPDX-License-Identifier: Apache-2.0
#include "support/CatchQt.h"
#include "text/PiiMasker.h"

#include <QSet>

#include <algorithm>
#include <iterator>

// Every number below is invented: valid dates with made-up serials, and
// card numbers completed with a Luhn digit (or the networks' public test
// numbers such as 4111 1111 1111 1111).

using minwon::PiiMasker;
using Kind = minwon::PiiMasker::Kind;
using Finding = minwon::PiiMasker::Finding;

namespace {

const char* kindText(Kind kind)
{
    switch (kind) {
    case Kind::ResidentNumber:
        return "Resident";
    case Kind::ForeignerNumber:
        return "Foreigner";
    case Kind::CardNumber:
        return "Card";
    case Kind::AccountNumber:
        return "Account";
    case Kind::PassportNumber:
        return "Passport";
    }
    return "?";
}

std::string kindsText(const QList<Finding>& findings)
{
    std::string text;
    for (const Finding& f : findings)
        text += std::string(text.empty() ? "" : ",") + kindText(f.kind);
    return text;
}

std::string kindsText(std::initializer_list<Kind> kinds)
{
    std::string text;
    for (Kind kind : kinds)
        text += std::string(text.empty() ? "" : ",") + kindText(kind);
    return text;
}

struct Positive
{
    QString text;
    QString masked;
    std::initializer_list<Kind> kinds;
};

const Positive positives[] = {
    // Resident registration numbers: with and without hyphen, spaces, dashes, full-width
    {QStringLiteral("900101-1234567"), QStringLiteral("900101-*******"), {Kind::ResidentNumber}},
    {QStringLiteral("9001011234567"), QStringLiteral("900101*******"), {Kind::ResidentNumber}},
    {QStringLiteral("900101 1234567"), QStringLiteral("900101 *******"), {Kind::ResidentNumber}},
    {QStringLiteral("900101 \u2013 1234567"),
     QStringLiteral("900101 \u2013 *******"),
     {Kind::ResidentNumber}},
    {QStringLiteral("주민번호는900101-1234567입니다"),
     QStringLiteral("주민번호는900101-*******입니다"),
     {Kind::ResidentNumber}},
    {QStringLiteral("주민등록번호: 850315-2345678 맞으시죠?"),
     QStringLiteral("주민등록번호: 850315-******* 맞으시죠?"),
     {Kind::ResidentNumber}},
    {QStringLiteral("아이 번호 020704-3123459 로 신청"),
     QStringLiteral("아이 번호 020704-******* 로 신청"),
     {Kind::ResidentNumber}},
    {QStringLiteral("０２０７０４－４１２３４５６"),
     QStringLiteral("０２０７０４－*******"),
     {Kind::ResidentNumber}},
    {QStringLiteral("(900101-1234567)"), QStringLiteral("(900101-*******)"), {Kind::ResidentNumber}},
    {QStringLiteral("ID:9001011234567"), QStringLiteral("ID:900101*******"), {Kind::ResidentNumber}},
    // a typo in the date is still hidden after the word 주민
    {QStringLiteral("주민번호 901301-1234567"),
     QStringLiteral("주민번호 901301-*******"),
     {Kind::ResidentNumber}},
    // Foreigner registration numbers
    {QStringLiteral("외국인등록번호 991231-5123453"),
     QStringLiteral("외국인등록번호 991231-*******"),
     {Kind::ForeignerNumber}},
    {QStringLiteral("등록번호 010101-6123456 확인"),
     QStringLiteral("등록번호 010101-******* 확인"),
     {Kind::ForeignerNumber}},
    {QStringLiteral("0507077123456"), QStringLiteral("050707*******"), {Kind::ForeignerNumber}},
    // Card numbers
    {QStringLiteral("4111-1111-1111-1111"), QStringLiteral("4111-****-****-1111"), {Kind::CardNumber}},
    {QStringLiteral("카드번호 9410 1234 5678 9010 입니다"),
     QStringLiteral("카드번호 9410 **** **** 9010 입니다"),
     {Kind::CardNumber}},
    {QStringLiteral("9410123456789010"), QStringLiteral("9410********9010"), {Kind::CardNumber}},
    {QStringLiteral("3782-822463-10005"), QStringLiteral("3782-******-*0005"), {Kind::CardNumber}},
    {QStringLiteral("378200123456782"), QStringLiteral("3782*******6782"), {Kind::CardNumber}},
    {QStringLiteral("카드5360-1234-5678-9018로 결제"),
     QStringLiteral("카드5360-****-****-9018로 결제"),
     {Kind::CardNumber}},
    // not Luhn-valid, but said to be a card
    {QStringLiteral("카드번호 1234-5678-9012-3456"),
     QStringLiteral("카드번호 1234-****-****-3456"),
     {Kind::CardNumber}},
    // Bank accounts in bank layouts with hyphens
    {QStringLiteral("신한 110-123-456789"), QStringLiteral("신한 ***-***-**6789"), {Kind::AccountNumber}},
    {QStringLiteral("국민은행 123456-01-123456"),
     QStringLiteral("국민은행 ******-**-**3456"),
     {Kind::AccountNumber}},
    {QStringLiteral("하나 123-456789-12345"), QStringLiteral("하나 ***-******-*2345"), {Kind::AccountNumber}},
    {QStringLiteral("농협 302-1234-5678-91"), QStringLiteral("농협 ***-****-**78-91"), {Kind::AccountNumber}},
    {QStringLiteral("카카오뱅크 3333-01-1234567"),
     QStringLiteral("카카오뱅크 ****-**-***4567"),
     {Kind::AccountNumber}},
    {QStringLiteral("토스뱅크 1000-1234-5678"),
     QStringLiteral("토스뱅크 ****-****-5678"),
     {Kind::AccountNumber}},
    {QStringLiteral("기업 010-123456-01-011"),
     QStringLiteral("기업 ***-******-*1-011"),
     {Kind::AccountNumber}},
    {QStringLiteral("환불은 123-12-123456 으로 부탁드려요"),
     QStringLiteral("환불은 ***-**-**3456 으로 부탁드려요"),
     {Kind::AccountNumber}},
    {QStringLiteral("1234-12-123456"), QStringLiteral("****-**-**3456"), {Kind::AccountNumber}},
    // with a bank word: spaces or one piece
    {QStringLiteral("우리은행 계좌 1002 123 456789"),
     QStringLiteral("우리은행 계좌 **** *** **6789"),
     {Kind::AccountNumber}},
    {QStringLiteral("입금 계좌 110123456789"),
     QStringLiteral("입금 계좌 ********6789"),
     {Kind::AccountNumber}},
    {QStringLiteral("통장번호는12345601123456입니다"),
     QStringLiteral("통장번호는**********3456입니다"),
     {Kind::AccountNumber}},
    // Passports
    {QStringLiteral("여권번호 M12345678"), QStringLiteral("여권번호 M********"), {Kind::PassportNumber}},
    {QStringLiteral("여권번호는M123A4567입니다"),
     QStringLiteral("여권번호는M********입니다"),
     {Kind::PassportNumber}},
    {QStringLiteral("passport: s87654321."), QStringLiteral("passport: s********."), {Kind::PassportNumber}},
    // Several in one text; the telephone number stays
    {QStringLiteral("주민번호 900101-1234567, 카드 4111-1111-1111-1111, 연락처 010-1234-5678"),
     QStringLiteral("주민번호 900101-*******, 카드 4111-****-****-1111, 연락처 010-1234-5678"),
     {Kind::ResidentNumber, Kind::CardNumber}},
    {QStringLiteral("신한 110-123-456789 / 여권 M12345678 / 외국인 991231-5123453"),
     QStringLiteral("신한 ***-***-**6789 / 여권 M******** / 외국인 991231-*******"),
     {Kind::AccountNumber, Kind::PassportNumber, Kind::ForeignerNumber}},
    {QStringLiteral("주민번호9001011234567카드9410123456789010"),
     QStringLiteral("주민번호900101*******카드9410********9010"),
     {Kind::ResidentNumber, Kind::CardNumber}},
    {QStringLiteral(
         "2021-04-16 13:13 민원인(900101-1234567)\n전화 02-123-4567\n환불 계좌 신한 110-123-456789"),
     QStringLiteral(
         "2021-04-16 13:13 민원인(900101-*******)\n전화 02-123-4567\n환불 계좌 신한 ***-***-**6789"),
     {Kind::ResidentNumber, Kind::AccountNumber}},
};

const QString lookAlikes[] = {
    // dates and times
    QStringLiteral("2021-04-16"),
    QStringLiteral("2021.04.16"),
    QStringLiteral("20210416"),
    QStringLiteral("21.4.16"),
    QStringLiteral("13:13"),
    QStringLiteral("입금 2021-04-16 13:13 완료"),
    // telephone numbers of every kind
    QStringLiteral("010-1234-5678"),
    QStringLiteral("01012345678"),
    QStringLiteral("02-123-4567"),
    QStringLiteral("031-123-4567"),
    QStringLiteral("070-1234-5678"),
    QStringLiteral("1588-1234"),
    QStringLiteral("0505-1234-5678"),
    QStringLiteral("+82 10 1234 5678"),
    QStringLiteral("+82-10-1234-5678"),
    QStringLiteral("전화010-1234-5678로 연락 주세요"),
    QStringLiteral("계좌 이체 후 01012345678로 문자 주세요"),
    QStringLiteral("입금 확인은 +82 10 1234 5678"),
    // amounts, counts, years, postal codes
    QStringLiteral("1,266,900원"),
    QStringLiteral("300만원"),
    QStringLiteral("1000000원"),
    QStringLiteral("이체 금액 10000000000원"),
    QStringLiteral("1,234,567,890,123원"),
    QStringLiteral("2021년부터 5인 이상 모임 금지, 22시 이후 영업 금지"),
    QStringLiteral("우편번호 06236"),
    QStringLiteral("3.1415926535897"),
    // business and corporate registration numbers, case numbers
    QStringLiteral("사업자등록번호 123-45-67890"),
    QStringLiteral("입금 업체 사업자 1234567890"),
    QStringLiteral("법인등록번호 110111-1234567"),
    QStringLiteral("사건번호 2021-000123"),
    QStringLiteral("주민센터 접수번호 2021041600123"),
    QStringLiteral("입금 확인 요청 2021-000123"),
    QStringLiteral("접수번호 2021-0416-000123"),
    // resident-number shapes that are not one
    QStringLiteral("19001011234567"),
    QStringLiteral("900101-12345678"),
    QStringLiteral("1900101-1234567"),
    QStringLiteral("12-900101-1234567"),
    QStringLiteral("901301-1234567"),
    QStringLiteral("900230-1234567"),
    QStringLiteral("000229-1234567"), // G=1: 1900 was not a leap year
    QStringLiteral("900101-9234567"),
    // card shapes that are not one
    QStringLiteral("4111-1111-1111-1112"),
    QStringLiteral("1234567812345670"), // Luhn-valid, but no card starts with 1
    QStringLiteral("4111-1111-1111-1111-1"),
    // account layouts without a bank word and with spaces only
    QStringLiteral("110 123 456789"),
    // passport shapes that are not one
    QStringLiteral("M1234567"),
    QStringLiteral("M123456789"),
    QStringLiteral("AM12345678"),
    QStringLiteral("X12345678"),
    QStringLiteral("M12345678A"),
};

} // namespace

TEST_CASE("Personal identifiers are found and masked", "[pii]")
{
    static_assert(std::size(positives) >= 25);
    for (const Positive& row : positives) {
        INFO("text: " << row.text.toStdString());
        QList<Finding> findings;
        const QString masked = PiiMasker::mask(row.text, &findings);
        CHECK(masked == row.masked);
        CHECK(kindsText(findings) == kindsText(row.kinds));
        CHECK(findings == PiiMasker::find(row.text));
        CHECK(masked.size() == row.text.size());
        // Each finding covers exactly the characters that changed (plus kept ones).
        for (const Finding& f : findings) {
            REQUIRE(f.start >= 0);
            REQUIRE(f.start + f.length <= row.text.size());
            CHECK(masked.mid(f.start, f.length).contains(QLatin1Char('*')));
        }
        for (qsizetype i = 0; i < row.text.size(); ++i) {
            if (masked[i] == row.text[i])
                continue;
            const bool inside = std::any_of(findings.begin(), findings.end(), [i](const Finding& f) {
                return i >= f.start && i < f.start + f.length;
            });
            CHECK(inside);
        }
        CHECK(PiiMasker::mask(masked) == masked);
        CHECK(PiiMasker::find(masked).isEmpty());
    }
}

TEST_CASE("Look-alike numbers stay untouched", "[pii]")
{
    static_assert(std::size(lookAlikes) >= 25);
    for (const QString& text : lookAlikes) {
        INFO("text: " << text.toStdString());
        QList<Finding> findings {{Kind::CardNumber, 0, 1}};
        CHECK(PiiMasker::mask(text, &findings) == text);
        CHECK(findings.isEmpty());
        CHECK(PiiMasker::mask(PiiMasker::mask(text)) == text);
    }
}

TEST_CASE("Findings carry UTF-16 offsets into the input", "[pii]")
{
    const QString text
        = QStringLiteral("주민번호는900101-1234567입니다. 카드 4111 1111 1111 1111, 여권 M12345678");
    const QList<Finding> findings = PiiMasker::find(text);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0] == Finding {Kind::ResidentNumber, 5, 14});
    CHECK(text.mid(findings[1].start, findings[1].length) == QStringLiteral("4111 1111 1111 1111"));
    CHECK(findings[1].kind == Kind::CardNumber);
    CHECK(text.mid(findings[2].start, findings[2].length) == QStringLiteral("M12345678"));
    CHECK(findings[2].kind == Kind::PassportNumber);

    // A character outside the BMP before the number counts as two units.
    const QString emoji = QStringLiteral("\U0001F600 900101-1234567");
    const QList<Finding> after = PiiMasker::find(emoji);
    REQUIRE(after.size() == 1);
    CHECK(after[0].start == 3);
    CHECK(PiiMasker::mask(emoji) == QStringLiteral("\U0001F600 900101-*******"));
}

TEST_CASE("The checksum only decides the label of 13 bare digits after an account word", "[pii]")
{
    // 9001011234568 has a valid pre-2020 check digit, 9001011234567 does not.
    QList<Finding> findings;
    CHECK(PiiMasker::mask(QStringLiteral("계좌 9001011234568"), &findings)
          == QStringLiteral("계좌 900101*******"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == Kind::ResidentNumber);

    CHECK(PiiMasker::mask(QStringLiteral("계좌 9001011234567"), &findings)
          == QStringLiteral("계좌 *********4567"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == Kind::AccountNumber);

    // Without an account word the checksum does not matter (post-2020 numbers).
    for (const char* text : {"9001011234567", "9001011234568", "900101-1234560", "900101-1234561"}) {
        INFO(text);
        REQUIRE(PiiMasker::find(QString::fromUtf8(text)).size() == 1);
        CHECK(PiiMasker::find(QString::fromUtf8(text)).first().kind == Kind::ResidentNumber);
    }
}

TEST_CASE("Masking is idempotent even when kept digits meet a neighbour", "[pii]")
{
    // The account keeps 6789 visible; with the digits before it starred,
    // "6789 12 123456" reads as a 4-2-6 account after 신한. mask() repeats
    // until nothing is left, so a second mask changes nothing.
    const QString text = QStringLiteral("신한 110-123-456789 12 123456");
    QList<Finding> findings;
    const QString masked = PiiMasker::mask(text, &findings);
    CHECK(masked == QStringLiteral("신한 ***-***-****** ** **3456"));
    CHECK(findings == QList<Finding> {{Kind::AccountNumber, 3, 24}});
    CHECK(PiiMasker::mask(masked) == masked);
    CHECK(PiiMasker::find(masked).isEmpty());
}

TEST_CASE("Text without identifiers comes back unchanged", "[pii]")
{
    for (const QString& text :
         {QString(), QStringLiteral("안녕하세요. 마스크 미착용 신고입니다."),
          QStringLiteral("선별진료소 운영 시간을 알려 주세요"),
          QStringLiteral("Plain English, no digits at all."), QStringLiteral("*** 이미 가려진 ***")}) {
        QList<Finding> findings {{Kind::CardNumber, 0, 1}};
        CHECK(PiiMasker::mask(text, &findings) == text);
        CHECK(findings.isEmpty());
        CHECK(PiiMasker::find(text).isEmpty());
    }
}

TEST_CASE("Every kind has a distinct readable name", "[pii]")
{
    QSet<QString> names;
    for (Kind kind : {Kind::ResidentNumber, Kind::ForeignerNumber, Kind::CardNumber, Kind::AccountNumber,
                      Kind::PassportNumber}) {
        const QString name = PiiMasker::kindName(kind);
        CHECK_FALSE(name.isEmpty());
        names.insert(name);
    }
    CHECK(names.size() == 5);
    CHECK(PiiMasker::kindName(Kind::ResidentNumber) == QStringLiteral("resident registration number"));
}
