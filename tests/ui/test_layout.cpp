// SPDX-License-Identifier: Apache-2.0
// Every workspace fits a 1366×768 screen, in Korean: the window can be made
// that small without cutting off a field, and its splitters start open.
#include "mainwindow/MainWindow.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"
#include "support/KoreanUi.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTranslator>

using namespace minwon;
using minwon::test::TestDatabase;

TEST_CASE("Every workspace fits a 1366x768 screen, in Korean", "[ui][db][layout]")
{
    const minwon::test::KoreanUi korean;

    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    // A desktop's panel and the window's title bar take some of the 768 pixels.
    const QSize usable(1366, 768 - 72);
    for (const char* login : {"counselor01", "supervisor1", "editor1", "approver1", "dept_east1", "admin1"}) {
        INFO(login);
        minwon::test::SignedDesk desk(tdb.configAs(QLatin1String(login)));
        MainWindow window(desk.services, &settings);
        window.show();
        minwon::test::waitForUi([] { return false; }, 300); // let the panels fill
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        INFO("smallest window " << minimum.width() << "x" << minimum.height());
        CHECK(minimum.width() <= usable.width());
        CHECK(minimum.height() <= usable.height());
        window.resize(usable);
        minwon::test::waitForUi([] { return false; }, 50);
        CHECK(window.width() <= usable.width());
        CHECK(window.height() <= usable.height());
        // No pane starts squeezed shut.
        for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
            if (!splitter->isVisibleTo(&window))
                continue;
            const QList<int> sizes = splitter->sizes();
            for (int i = 0; i < sizes.size(); ++i) {
                if (!splitter->widget(i)->isVisibleTo(&window))
                    continue;
                INFO("splitter " << splitter->objectName().toStdString() << " pane " << i);
                CHECK(sizes.at(i) > 40);
            }
        }
    }
}
