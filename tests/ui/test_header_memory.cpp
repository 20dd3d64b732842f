// SPDX-License-Identifier: Apache-2.0
#include "common/ColumnMenu.h"
#include "common/HeaderMemory.h"
#include "common/OverviewPanel.h"
#include "department/ForwardsPanel.h"
#include "mainwindow/MainWindow.h"
#include "settings/DeskSettings.h"
#include "supervisor/CasePageModel.h"
#include "supervisor/CaseReviewPanel.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"
#include "workspaces/Workspaces.h"

#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace minwon;
using minwon::test::SignedDesk;
using minwon::test::TestDatabase;
using minwon::test::waitForUi;

namespace {

// A window with a sorted table and a tree; the table's model may come after
// the columns were restored, as with a panel that sets it later.
struct Tables
{
    std::unique_ptr<QWidget> root = std::make_unique<QWidget>();
    QTableView* table = new QTableView(root.get());
    QTreeWidget* tree = new QTreeWidget(root.get());
    QStandardItemModel* model = nullptr;

    explicit Tables(int columns)
    {
        auto* layout = new QVBoxLayout(root.get());
        layout->addWidget(table);
        layout->addWidget(tree);
        tree->setHeaderLabels(
            {QStringLiteral("상태"), QStringLiteral("제목"), QStringLiteral("판"), QStringLiteral("시행")});
        model = new QStandardItemModel(4, columns, root.get());
        for (int row = 0; row < 4; ++row)
            for (int column = 0; column < columns; ++column)
                model->setItem(row, column, new QStandardItem(QString::number(row * 7 % 5 + column)));
        table->setSortingEnabled(true);
        root->resize(900, 600);
    }
    void setModel() { table->setModel(model); }
    QHeaderView* header() const { return table->horizontalHeader(); }
};

QList<int> widths(const QHeaderView* header)
{
    QList<int> result;
    for (int i = 0; i < header->count(); ++i)
        result << header->sectionSize(i);
    return result;
}

} // namespace

TEST_CASE("Columns come back even when the model comes later and other columns start afresh",
          "[ui][settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.ini"));
    QList<int> tableWidths;
    int treeWidth = 0;
    {
        Tables first(5);
        first.setModel();
        first.root->show();
        QHeaderView* header = first.header();
        header->resizeSection(1, 230);
        header->hideSection(3);
        header->moveSection(header->visualIndex(0), 2);
        first.table->sortByColumn(2, Qt::DescendingOrder);
        first.tree->header()->resizeSection(0, 180);
        first.tree->header()->moveSection(1, 3);
        tableWidths = widths(header);
        treeWidth = first.tree->header()->sectionSize(0);
        DeskSettings settings(file);
        saveHeaders(first.root.get(), &settings);
        settings.sync();
    }
    const DeskSettings settings(file);

    SECTION("the same columns, the table's model set after the restore")
    {
        Tables second(5);
        restoreHeaders(second.root.get(), settings);
        CHECK(headerRestored(second.tree->header()));
        CHECK(second.tree->header()->sectionSize(0) == treeWidth);
        CHECK(second.tree->header()->logicalIndex(3) == 1);
        CHECK_FALSE(headerRestored(second.header()));
        second.setModel();
        second.root->show();
        REQUIRE(waitForUi([&] { return headerRestored(second.header()); }, 2000));
        QHeaderView* header = second.header();
        CHECK(widths(header) == tableWidths);
        CHECK(header->sectionSize(1) == 230);
        CHECK(header->isSectionHidden(3));
        CHECK(header->logicalIndex(2) == 0);
        CHECK(header->sortIndicatorSection() == 2);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        // The sorting itself came back, not only the arrow.
        CHECK(second.table->model()->index(0, 2).data().toInt()
              >= second.table->model()->index(3, 2).data().toInt());
    }

    SECTION("a table with another number of columns (a newer version) starts at its default")
    {
        Tables second(6);
        second.setModel();
        Tables untouched(6);
        untouched.setModel();
        restoreHeaders(second.root.get(), settings);
        second.root->show();
        untouched.root->show();
        waitForUi([] { return false; }, 100);
        QHeaderView* header = second.header();
        CHECK_FALSE(headerRestored(header));
        CHECK(widths(header) == widths(untouched.header()));
        CHECK_FALSE(header->isSectionHidden(3));
        CHECK(header->logicalIndex(0) == 0);
        CHECK(header->sortIndicatorSection() != 2);
        // The tree kept its four columns: it comes back.
        CHECK(headerRestored(second.tree->header()));
    }
}

TEST_CASE("Each workspace's tables come back as the person left them", "[ui][db][settings]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("desk.ini")));

    SECTION("supervisor: the cases' table and the counselors' board (columns with the first rows)")
    {
        SignedDesk desk(tdb.configAs(QStringLiteral("supervisor1")));
        auto cases = [](MainWindow& window) {
            return qobject_cast<SupervisorWorkspace*>(window.workspace())
                ->cases()
                ->view()
                ->horizontalHeader();
        };
        auto board = [](MainWindow& window) {
            return qobject_cast<SupervisorWorkspace*>(window.workspace())
                ->agentBoard()
                ->view()
                ->horizontalHeader();
        };
        int category = 0;
        int boardFirst = 0;
        {
            MainWindow window(desk.services, &settings);
            window.show();
            REQUIRE(waitForUi([&] { return board(window)->count() >= 3; }));
            boardFirst = board(window)->sectionSize(0) + 90;
            board(window)->resizeSection(0, boardFirst);
            board(window)->moveSection(1, 2);
            // Then to the cases' tab: the board, out of sight now, is kept all the same.
            auto* workspace = qobject_cast<SupervisorWorkspace*>(window.workspace());
            workspace->tabs()->setCurrentWidget(workspace->cases());
            QHeaderView* header = cases(window);
            category = header->sectionSize(CasePageModel::CategoryColumn) + 120;
            header->resizeSection(CasePageModel::CategoryColumn, category);
            header->hideSection(CasePageModel::ChannelColumn);
            header->moveSection(header->visualIndex(CasePageModel::RoomColumn), 0);
            REQUIRE_FALSE(board(window)->isVisible());
            window.close();
        }
        MainWindow window(desk.services, &settings);
        window.show();
        QHeaderView* header = cases(window);
        CHECK(headerRestored(header));
        // The person can arrange them: drag a column, right-click for the menu.
        CHECK(header->sectionsMovable());
        CHECK(header->contextMenuPolicy() == Qt::CustomContextMenu);
        CHECK(header->sectionSize(CasePageModel::CategoryColumn) == category);
        CHECK(header->isSectionHidden(CasePageModel::ChannelColumn));
        CHECK(header->logicalIndex(0) == CasePageModel::RoomColumn);
        // The board has no columns until its rows come, then gets them back.
        REQUIRE(waitForUi([&] { return headerRestored(board(window)); }));
        CHECK(board(window)->sectionSize(0) == boardFirst);
        CHECK(board(window)->logicalIndex(2) == 1);
    }

    SECTION("department: the forwards, which fit their columns to the text at each load")
    {
        SignedDesk desk(tdb.configAs(QStringLiteral("dept_east1")));
        auto forwards = [](MainWindow& window) { return window.findChild<ForwardsPanel*>(); };
        int sent = 0;
        {
            MainWindow window(desk.services, &settings);
            window.show();
            REQUIRE(waitForUi([&] { return forwards(window)->model()->rowCount() > 0; }));
            waitForUi([] { return false; }, 100);
            QHeaderView* header = forwards(window)->view()->horizontalHeader();
            sent = header->sectionSize(ForwardModel::SentColumn) + 100;
            header->resizeSection(ForwardModel::SentColumn, sent);
            header->moveSection(header->visualIndex(ForwardModel::KindColumn), 0);
            window.close();
        }
        MainWindow window(desk.services, &settings);
        window.show();
        ForwardsPanel* panel = forwards(window);
        REQUIRE(waitForUi([&] { return panel->model()->rowCount() > 0; }));
        panel->refresh(); // a later load does not fit them again
        waitForUi([] { return false; }, 300);
        QHeaderView* header = panel->view()->horizontalHeader();
        CHECK(headerRestored(header));
        CHECK(header->sectionSize(ForwardModel::SentColumn) == sent);
        CHECK(header->logicalIndex(0) == ForwardModel::KindColumn);
    }
}

TEST_CASE("A right click on a header hides and shows columns, never the last, and puts them back",
          "[ui][settings]")
{
    Tables t(5);
    t.setModel();
    offerColumnMenus(t.root.get());
    t.root->show();
    QHeaderView* header = t.header();
    CHECK(header->sectionsMovable());
    CHECK(header->contextMenuPolicy() == Qt::CustomContextMenu);
    CHECK(t.tree->header()->contextMenuPolicy() == Qt::CustomContextMenu);

    const auto columnActions = [&](QMenu* menu) {
        QList<QAction*> out;
        for (QAction* a : menu->actions())
            if (a->isCheckable())
                out << a;
        return out;
    };
    // One entry per column, named as its header, in the order they stand.
    header->moveSection(header->visualIndex(4), 0);
    QMenu* menu = columnMenu(header, t.root.get());
    QList<QAction*> actions = columnActions(menu);
    REQUIRE(actions.size() == 5);
    CHECK(actions.at(0)->text() == t.model->headerData(4, Qt::Horizontal).toString());
    CHECK(actions.at(1)->text() == t.model->headerData(0, Qt::Horizontal).toString());
    for (QAction* a : actions)
        CHECK((a->isChecked() && a->isEnabled()));

    // Unticking hides the column; ticking shows it again.
    actions.at(2)->trigger(); // logical column 1
    CHECK(header->isSectionHidden(1));
    actions.at(2)->trigger();
    CHECK_FALSE(header->isSectionHidden(1));
    delete menu;

    // Down to one column: its entry cannot be unticked.
    for (int logical : {0, 1, 2, 3})
        header->setSectionHidden(logical, true);
    menu = columnMenu(header, t.root.get());
    actions = columnActions(menu);
    QAction* last = actions.at(0); // logical 4, the only one shown
    CHECK(last->isChecked());
    CHECK_FALSE(last->isEnabled());
    last->trigger();
    CHECK_FALSE(header->isSectionHidden(4));
    CHECK(actions.at(1)->isEnabled()); // a hidden one may be shown

    // "Show all columns in their first order".
    QAction* reset = menu->actions().constLast();
    CHECK_FALSE(reset->isCheckable());
    reset->trigger();
    for (int logical = 0; logical < 5; ++logical) {
        CHECK_FALSE(header->isSectionHidden(logical));
        CHECK(header->visualIndex(logical) == logical);
    }
    delete menu;
}
