// SPDX-License-Identifier: Apache-2.0
#include "app/DeskServices.h"
#include "caseform/CaseFormPanel.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "kb/KbPanel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StatusBar.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "services/CaseService.h"
#include "services/KbService.h"
#include "services/OverviewService.h"
#include "services/QueueService.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"
#include "workspaces/Workspaces.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

using minwon::test::waitForUi;

using Desk = minwon::test::SignedDesk;

} // namespace

TEST_CASE("The counselor window shows the live demo data", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Desk desk(tdb.configAs(QStringLiteral("counselor01")));
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    MainWindow window(desk.services, &settings);
    window.show();

    auto* workspace = qobject_cast<CounselorWorkspace*>(window.workspace());
    REQUIRE(workspace);
    QueueModel* queue = workspace->queue()->model();
    REQUIRE(waitForUi([&] { return queue->rowCount() >= 14; }));
    CHECK(queue->headerData(QueueModel::WaitColumn, Qt::Horizontal).toString() == QStringLiteral("Waiting"));

    // Guidance in force today is listed and readable.
    QListWidget* results = workspace->kb()->results();
    REQUIRE(waitForUi([&] { return results->count() >= 50; }));
    workspace->kb()->searchField()->setText(QStringLiteral("선별진료소"));
    REQUIRE(waitForUi([&] { return results->count() > 0 && results->count() < 50; }));
    CHECK(results->item(0)->text().contains(QStringLiteral("선별")));
    CHECK(workspace->kb()->viewer()->toPlainText().contains(QStringLiteral("선별")));

    // The status bar names the person and the connection.
    CHECK(window.deskStatusBar()->personText().contains(desk.services.identity.displayName));
    CHECK(window.deskStatusBar()->personText().contains(QStringLiteral("Counselor")));
    CHECK(window.deskStatusBar()->connectionText().contains(QStringLiteral("Connected")));

    // A contact arriving at another desk appears here without a reload.
    const int before = queue->rowCount();
    {
        SqlConnection other(tdb.configAs(QStringLiteral("counselor09")), {}, QStringLiteral("other"));
        REQUIRE(other.open());
        QSqlQuery q(other.db());
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO contacts (channel, sender, sender_display, preview) VALUES "
                           "('kakao_channel', 'kakao_channel:user1', 'user1', '자가격리 해제 문의')")));
    }
    REQUIRE(waitForUi([&] { return queue->rowCount() == before + 1; }));

    // Take next claims the most urgent contact and opens its form.
    bool claimed = false;
    QObject::connect(workspace->queue(), &QueuePanel::contactClaimed,
                     [&](const QueueItem&) { claimed = true; });
    workspace->queue()->takeNext();
    REQUIRE(waitForUi([&] { return claimed; }));
    CHECK(workspace->form()->hasCase());
}

TEST_CASE("Each role gets its own workspace", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    const std::pair<const char*, const char*> roles[] = {{"supervisor1", "supervisorWorkspace"},
                                                         {"editor1", "editorWorkspace"},
                                                         {"approver1", "editorWorkspace"},
                                                         {"dept_east1", "departmentWorkspace"},
                                                         {"counselor30", "counselorWorkspace"}};
    for (const auto& [login, workspace] : roles) {
        INFO(login);
        Desk desk(tdb.configAs(QLatin1String(login)));
        MainWindow window(desk.services, &settings);
        CHECK(window.workspace()->objectName() == QLatin1String(workspace));
    }
}

TEST_CASE("No key does two things in the counselor window", "[ui][db][keyboard]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Desk desk(tdb.configAs(QStringLiteral("counselor02")));
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    MainWindow window(desk.services, &settings);
    window.show();
    // Every key of every action and shortcut object, with who owns it. A key
    // bound twice in overlapping contexts triggers neither (Qt reports it as
    // ambiguous), which a counselor experiences as a dead key.
    QMultiHash<QKeySequence, QString> owners;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue; // fires only while its own widget has focus
        for (const QKeySequence& key : action->shortcuts())
            owners.insert(key, QStringLiteral("action ") + action->text());
    }
    for (QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        if (shortcut->context() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence& key : shortcut->keys())
            owners.insert(key, QStringLiteral("shortcut of ") + shortcut->parent()->objectName());
    }
    REQUIRE(owners.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    for (const QKeySequence& key : owners.uniqueKeys()) {
        INFO(key.toString().toStdString()
             << ": " << owners.values(key).join(QStringLiteral(", ")).toStdString());
        CHECK(owners.count(key) == 1);
    }
}

TEST_CASE("A supervisor manages counselors' sign-in from the workspace", "[ui][db][security]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    Desk desk(tdb.configAs(QStringLiteral("supervisor1")));
    MainWindow window(desk.services, &settings);
    window.show();
    auto* panel = window.findChild<QWidget*>(QStringLiteral("userAdminPanel"));
    REQUIRE(panel);
    // The people list fills from the database, off the GUI thread.
    auto* table = panel->findChild<QTableView*>();
    REQUIRE(table);
    CHECK(waitForUi([&] { return table->model() && table->model()->rowCount() >= 50; }));
}
