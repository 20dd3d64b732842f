// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace minwon {

/// Finds personal identifiers in free text (a complaint, a note, an SMS) and
/// masks them before anything is stored. Pure text, no state.
///
/// What is recognised (digits may be ASCII or full-width; Korean text may
/// touch the number: "주민번호는900101-1234567입니다"):
///
/// * Resident registration numbers (주민등록번호) YYMMDD-GNNNNNN, written
///   6-7 with a hyphen (or dash, optionally spaced), a space, or as 13
///   digits in one piece. YYMMDD must be a real date in the century the
///   gender digit G gives (1,2 → 1900s; 3,4 → 2000s). G 5–8 are foreigner
///   registration numbers (ForeignerNumber); G 9/0 (born in the 1800s) are
///   ignored. The official checksum is NOT required — numbers issued since
///   October 2020 do not satisfy it. It only decides the label when 13
///   bare digits follow an account word ("계좌 …"): checksum valid →
///   resident number, otherwise account number (masked either way).
///   After "주민번호", "주민등록" or "외국인등록" the date check is waived, so a mistyped
///   number is still hidden; after "법인" or "사업자" the 6-7 form is a
///   corporate registration number and is left alone.
/// * Card numbers: 15 or 16 digits as 4-4-4-4, 4-6-5 or in one piece,
///   starting with 3, 4, 5, 6 or 9 and passing the Luhn check (or, after
///   "카드", in those layouts whatever their digits).
/// * Bank account numbers of 10–14 digits written with hyphens in a
///   common bank layout (3-2-6, 3-2-7, 3-3-6, 3-6-5, 3-6-3, 4-2-6, 4-2-7,
///   4-3-6, 4-4-4, 6-2-6, 2-6-x, 3-2-6-1, 3-2-4-3, 3-4-4-2, 3-4-4-3,
///   3-6-2-3, 4-4-4-1); or, within 16 characters after a word such as
///   계좌, 통장, 입금, 이체, 은행, 뱅크 or a bank's name, in such a layout
///   with spaces or as 10–14 digits in one piece. Whatever parses as a
///   telephone number in a telephone layout is never an account.
/// * Passport numbers: M, S, R, O, D or G followed by 8 digits, or the
///   2021 format letter + 3 digits + letter + 4 digits (M123A4567), as a
///   token of its own.
///
/// Deliberately left alone: telephone numbers of every kind, dates, times,
/// amounts, counts, postal codes, business registration numbers (3-2-5,
/// not personal), case numbers (2021-000123), and any digit group that is
/// part of a longer run or of a longer hyphen/dot/comma chain.
class PiiMasker
{
public:
    enum class Kind
    {
        ResidentNumber,
        ForeignerNumber,
        CardNumber,
        AccountNumber,
        PassportNumber
    };

    struct Finding
    {
        Kind kind;
        int start; ///< UTF-16 offset in the input (and in the masked text)
        int length; ///< UTF-16 code units, separators inside the number included

        friend bool operator==(const Finding&, const Finding&) = default;
    };

    PiiMasker() = delete;

    /// Every identifier in the text, in order, never overlapping.
    static QList<Finding> find(const QString& text);

    /// The text with every finding masked in place (same length, so the
    /// offsets of the findings hold in the result too); separators stay:
    ///
    /// | kind                 | example in         | example out          |
    /// |----------------------|--------------------|----------------------|
    /// | resident / foreigner | 900101-1234567     | 900101-*******       |
    /// | card                 | 4111-1111-1111-1111| 4111-****-****-1111  |
    /// | account              | 110-123-456789     | ***-***-**6789       |
    /// | passport             | M12345678          | M********            |
    ///
    /// mask(mask(x)) == mask(x): masking repeats until nothing is found, so
    /// *findings is find(text) except in contrived texts where a kept group
    /// pairs up with a neighbour; it then also holds the later spans, merged
    /// where they overlap. Text without findings is returned as is.
    static QString mask(const QString& text, QList<Finding>* findings = nullptr);

    /// "resident registration number" etc., in the UI language.
    static QString kindName(Kind kind);
};

} // namespace minwon
