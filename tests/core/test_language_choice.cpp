// SPDX-License-Identifier: Apache-2.0
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"
#include "util/CoreInit.h"

#include <QTemporaryDir>

using minwon::resolveLanguage;

namespace {

const QStringList korean {QStringLiteral("ko-KR"), QStringLiteral("en-US")};
const QStringList german {QStringLiteral("de-DE"), QStringLiteral("ko-KR")};

} // namespace

TEST_CASE("The desk's language is --lang first then the person's choice then the system's",
          "[settings][i18n]")
{
    const QString ko = QStringLiteral("ko");
    const QString en = QStringLiteral("en");
    // --lang wins over everything.
    CHECK(resolveLanguage(en, ko, true, korean) == en);
    CHECK(resolveLanguage(ko, en, false, german) == ko);
    // An unknown --lang reads as English, as before (the help of --lang says ko or en).
    CHECK(resolveLanguage(QStringLiteral("fr"), ko, false, korean) == en);
    // Then the choice made in the window, even in the demo and against the system.
    CHECK(resolveLanguage({}, en, false, korean) == en);
    CHECK(resolveLanguage({}, en, true, korean) == en);
    CHECK(resolveLanguage({}, ko, false, german) == ko);
    // No choice: Korean for the demo, else the system's first language.
    CHECK(resolveLanguage({}, {}, true, german) == ko);
    CHECK(resolveLanguage({}, {}, false, korean) == ko);
    CHECK(resolveLanguage({}, {}, false, german) == en);
    CHECK(resolveLanguage({}, {}, false, {}) == en);
    // A damaged saved value counts as no choice.
    CHECK(resolveLanguage({}, QStringLiteral("tlh"), false, korean) == ko);
}

TEST_CASE("The language chosen in the window is kept for the next start", "[settings][i18n]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.ini"));
    {
        minwon::DeskSettings settings(file);
        CHECK(settings.language().isEmpty());
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    {
        minwon::DeskSettings settings(file);
        CHECK(settings.language() == QStringLiteral("en"));
        CHECK(resolveLanguage({}, settings.language(), false, korean) == QStringLiteral("en"));
        settings.setLanguage(QString()); // back to the system's
        settings.sync();
    }
    const minwon::DeskSettings settings(file);
    CHECK(settings.language().isEmpty());
    CHECK(resolveLanguage({}, settings.language(), false, korean) == QStringLiteral("ko"));
}
