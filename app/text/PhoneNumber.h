// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace minwon {

/// A Korean telephone number reduced to one national form, so that
/// "010-1234-5678", "+82 10 1234 5678", "(010) 1234-5678" and
/// "０１０．１２３４．５６７８" are the same caller.
///
/// parse() accepts digits (ASCII or full-width), spaces (including NBSP and
/// the ideographic space), hyphens and dashes, dots and one level of
/// parentheses, and a country prefix +82 / 82 / 0082 with or without the
/// trunk 0 after it ("+82 (0)10 ..."). Anything else — a letter, a foreign
/// country code, a wrong length — gives Kind::Invalid with empty digits.
///
/// | kind           | national digits                                   |
/// |----------------|---------------------------------------------------|
/// | Mobile         | 010 + 8; 011/016/017/018/019 + 7 or 8             |
/// | Seoul          | 02 + 7 or 8                                       |
/// | Area           | 031…033, 041…044, 051…055, 061…064 + 7 or 8       |
/// | Representative | 15xx/16xx/18xx + 4 (no leading 0)                 |
/// | Internet       | 070 + 8                                           |
/// | Other          | 1xx/1xxx short numbers (112, 119, 120, 1339),     |
/// |                | 080 free-call + 7 or 8, 0502…0508 safe numbers + 7 or 8 |
///
/// Short numbers and the international form do not mix: "+82 112" is invalid.
struct PhoneNumber
{
    enum class Kind
    {
        Invalid,
        Mobile,
        Seoul,
        Area,
        Representative,
        Internet,
        Other
    };

    Kind kind = Kind::Invalid;
    /// National form, digits only: "01012345678", "0212345678", "15881234";
    /// empty when invalid.
    QString digits;

    static PhoneNumber parse(const QString& text);

    bool isValid() const { return kind != Kind::Invalid; }
    /// Grouped with hyphens: 010-1234-5678, 02-123-4567, 031-1234-5678,
    /// 1588-1234, 070-1234-5678, 0505-123-4567; short numbers as they are;
    /// empty when invalid.
    QString display() const;
    /// display() with the middle (exchange) group starred: 010-****-5678,
    /// 02-***-4567. Numbers that belong to no person (representative, short,
    /// free-call numbers) are shown as display(). Empty when invalid.
    QString masked() const;
    /// What a caller's history is matched on: digits when valid, else empty.
    QString key() const { return isValid() ? digits : QString(); }

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
};

} // namespace minwon
