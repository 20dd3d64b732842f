// SPDX-License-Identifier: Apache-2.0
#pragma once

// Text preparation shared by indexing, querying and highlighting: Unicode
// normalisation, case folding that keeps UTF-16 offsets, Markdown to plain
// text, and the split of text into runs of one script.

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace minwon::search {

/// NFC (only when the text needs it: decomposed Hangul, combining marks).
QString toNfc(const QString& text);
/// NFC with whitespace collapsed: the form titles and tags are shown in.
QString displayText(const QString& text);
/// Markdown body → one line of plain text: heading, list, quote and table
/// markers, emphasis (**, __, ~~), code ticks and link targets removed,
/// whitespace collapsed. NFC.
QString stripMarkdown(const QString& markdown);

/// One UTF-16 unit folded for matching: Latin case folded, full-width ASCII
/// (ＰＣＲ, １９) to ASCII, every space to ' '. Never changes the length, so
/// offsets in folded text are offsets in the original.
QString foldText(QStringView text);
/// foldChar() for what is neither ASCII nor a Hangul syllable.
char16_t foldCharSlow(char16_t c);

inline char16_t foldChar(char16_t c)
{
    if (c < 0x80) {
        if (static_cast<unsigned>(c - u'A') < 26U)
            return static_cast<char16_t>(c + 32);
        if (static_cast<unsigned>(c - u'\t') < 5U) // \t \n \v \f \r
            return u' ';
        return c;
    }
    if (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables never change
        return c;
    return foldCharSlow(c);
}

enum class CharClass : std::uint8_t
{
    Separator,
    Hangul, ///< a precomposed syllable
    Latin,
    Digit, ///< ASCII 0-9 (after folding)
    Other, ///< any other letter or number (Hanja, Greek, ...)
    Consonant, ///< a lone consonant jamo: a 초성 query character
};
/// Class of a folded character.
CharClass classify(char16_t c);

enum class RunKind : std::uint8_t
{
    Hangul,
    Latin,
    Digit,
    Other
};

/// A maximal run of one script. Digit runs keep a decimal point between
/// digits ("2.5"). `glued` is true when the run follows the previous one
/// with nothing between ("코로나19", "QR코드"): such runs form one group.
struct TextRun
{
    int start = 0;
    int length = 0;
    RunKind kind = RunKind::Hangul;
    bool glued = false;
    bool hasConsonants = false; ///< query mode: a Hangul run with lone consonants
};

/// Splits folded text into runs. In query mode lone consonants (ㄱ..ㅎ) join
/// Hangul runs; in document mode they separate.
void tokenize(QStringView folded, std::vector<TextRun>* runs, bool queryMode = false);

} // namespace minwon::search
