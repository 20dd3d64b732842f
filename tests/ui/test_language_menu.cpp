// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/MainWindow.h"
#include "mainwindow/StatusBar.h"
#include "settings/DeskSettings.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>

using namespace minwon;
using minwon::test::SignedDesk;
using minwon::test::TestDatabase;

namespace {

QAction* choice(MainWindow& window, const QString& code)
{
    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    REQUIRE(menu);
    for (QAction* action : menu->actions())
        if (action->data().toString() == code && action->isCheckable())
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("The language is chosen in the View menu and kept for the next start", "[ui][db][settings][i18n]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    SignedDesk desk(tdb.configAs(QStringLiteral("dept_east1")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.ini"));
    {
        DeskSettings settings(file);
        MainWindow window(desk.services, &settings);
        // Nothing chosen yet: the system's language.
        REQUIRE(choice(window, QString()));
        CHECK(choice(window, QString())->isChecked());
        QAction* english = choice(window, QStringLiteral("en"));
        REQUIRE(english);
        REQUIRE(choice(window, QStringLiteral("ko")));
        CHECK(choice(window, QStringLiteral("ko"))->text() == QStringLiteral("한국어"));
        english->trigger();
        CHECK(english->isChecked());
        CHECK_FALSE(choice(window, QString())->isChecked());
        // The person is told it waits for the next start.
        CHECK(window.deskStatusBar()->currentMessage().contains(QStringLiteral("started again")));
        CHECK(settings.language() == QStringLiteral("en"));
    }
    // Written at once, not only when the window closes.
    DeskSettings settings(file);
    CHECK(settings.language() == QStringLiteral("en"));
    MainWindow window(desk.services, &settings);
    CHECK(choice(window, QStringLiteral("en"))->isChecked());
    choice(window, QStringLiteral("ko"))->trigger();
    CHECK(DeskSettings(file).language() == QStringLiteral("ko"));
}
