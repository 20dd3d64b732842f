// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/CatchQt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace minwon::test {

/// The program's Korean catalogue and the Korean locale for the lifetime of
/// this object; the previous locale and no catalogue afterwards, also when
/// the test fails half-way.
class KoreanUi
{
public:
    KoreanUi()
    {
        REQUIRE(m_korean.load(QStringLiteral(":/i18n/minwon_ko.qm")));
        QCoreApplication::installTranslator(&m_korean);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    }
    ~KoreanUi()
    {
        QCoreApplication::removeTranslator(&m_korean);
        QLocale::setDefault(m_previous);
    }
    KoreanUi(const KoreanUi&) = delete;
    KoreanUi& operator=(const KoreanUi&) = delete;

private:
    QTranslator m_korean;
    const QLocale m_previous;
};

} // namespace minwon::test
