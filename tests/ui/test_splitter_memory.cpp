// SPDX-License-Identifier: Apache-2.0
#include "common/SplitterMemory.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <memory>

using namespace minwon;

namespace {

// A window like a workspace: two panes side by side, the right one split
// again, and a second tab (never opened) with a splitter of its own.
struct Window
{
    std::unique_ptr<QWidget> root = std::make_unique<QWidget>();
    QSplitter* outer = nullptr;
    QSplitter* inner = nullptr;
    QSplitter* hidden = nullptr;

    Window()
    {
        auto* layout = new QVBoxLayout(root.get());
        auto* tabs = new QTabWidget(root.get());
        layout->addWidget(tabs);
        outer = new QSplitter(Qt::Horizontal);
        outer->addWidget(new QLabel(QStringLiteral("대기열")));
        inner = new QSplitter(Qt::Vertical);
        inner->addWidget(new QLabel(QStringLiteral("상담 지침")));
        inner->addWidget(new QLabel(QStringLiteral("본문")));
        outer->addWidget(inner);
        tabs->addTab(outer, QStringLiteral("상담"));
        hidden = new QSplitter(Qt::Horizontal);
        hidden->addWidget(new QLabel(QStringLiteral("가")));
        hidden->addWidget(new QLabel(QStringLiteral("나")));
        tabs->addTab(hidden, QStringLiteral("현황"));
        root->resize(1000, 700);
        root->show();
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("The window's dividers come back where the person left them", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.ini"));
    QList<int> outerSizes;
    QList<int> innerSizes;
    QList<int> defaultOuter;
    {
        Window first;
        defaultOuter = first.outer->sizes();
        first.outer->setSizes({250, 700});
        first.inner->setSizes({150, 450});
        QApplication::processEvents();
        outerSizes = first.outer->sizes();
        innerSizes = first.inner->sizes();
        REQUIRE(outerSizes != defaultOuter);
        CHECK(splitterKey(first.root.get(), first.outer) != splitterKey(first.root.get(), first.hidden));
        CHECK(splitterKey(first.root.get(), first.inner) != splitterKey(first.root.get(), first.outer));
        DeskSettings settings(file);
        saveSplitters(first.root.get(), &settings);
        settings.sync();
    }

    Window second;
    REQUIRE(second.outer->sizes() == defaultOuter);
    const DeskSettings settings(file);
    restoreSplitters(second.root.get(), settings);
    QApplication::processEvents();
    CHECK(second.outer->sizes() == outerSizes);
    CHECK(second.inner->sizes() == innerSizes);
    // The tab that was never opened had nothing to remember.
    CHECK(settings.splitterState(splitterKey(second.root.get(), second.hidden)).isEmpty());
}
