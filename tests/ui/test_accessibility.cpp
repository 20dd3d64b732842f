// SPDX-License-Identifier: Apache-2.0
// Every control a person can reach has a name a screen reader can say: its
// own accessible name, a label that is its buddy (or its form row's label),
// or the text of the button itself.
#include "app/StartupDialog.h"
#include "caseform/ConflictDialog.h"
#include "connection/ConnectionDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/TransferDialog.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

bool interactive(QWidget* w)
{
    // Parts of a composite control are named by the control.
    QWidget* parent = w->parentWidget();
    if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)
        || qobject_cast<QTabBar*>(parent) || qobject_cast<QLineEdit*>(parent))
        return false;
    if (qobject_cast<QHeaderView*>(w))
        return false;
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
        || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QTextEdit*>(w)
        || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w);
}

QString formLabel(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        for (QFormLayout* form : p->findChildren<QFormLayout*>()) {
            if (QWidget* label = form->labelForField(w))
                if (auto* l = qobject_cast<QLabel*>(label))
                    return l->text();
        }
        if (p->isWindow())
            break;
    }
    return {};
}

QString nameOf(QWidget* w, const QHash<QWidget*, QString>& buddies)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (auto* b = qobject_cast<QAbstractButton*>(w);
        b && !b->text().remove(QLatin1Char('&')).trimmed().isEmpty())
        return b->text();
    if (buddies.contains(w))
        return buddies.value(w);
    return formLabel(w);
}

QString describe(QWidget* w)
{
    QStringList path;
    for (QWidget* p = w; p && !p->isWindow(); p = p->parentWidget())
        path.prepend(
            QStringLiteral("%1(%2)").arg(QLatin1String(p->metaObject()->className()), p->objectName()));
    QString hint;
    if (auto* e = qobject_cast<QLineEdit*>(w))
        hint = e->placeholderText();
    if (w->toolTip().size())
        hint += QStringLiteral(" tooltip: ") + w->toolTip();
    return path.join(QStringLiteral(" > "))
        + (hint.isEmpty() ? QString() : QStringLiteral(" [") + hint + ']');
}

/// The controls of `root` visible now that have no name.
void collect(QWidget* root, QSet<QWidget*>* seen, QStringList* nameless)
{
    QHash<QWidget*, QString> buddies;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy() && !l->text().trimmed().isEmpty())
            buddies.insert(l->buddy(), l->text());
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (seen->contains(w) || !w->isVisibleTo(root) || !interactive(w))
            continue;
        seen->insert(w);
        if (nameOf(w, buddies).trimmed().isEmpty())
            *nameless << describe(w);
    }
}

/// Every tab of every tab widget, so that hidden pages are walked too.
QStringList namelessControls(QWidget* root)
{
    QSet<QWidget*> seen;
    QStringList nameless;
    collect(root, &seen, &nameless);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            collect(root, &seen, &nameless);
        }
        tabs->setCurrentIndex(current);
    }
    return nameless;
}

} // namespace

TEST_CASE("Every control of every workspace has an accessible name", "[ui][db][a11y]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    int walked = 0;
    for (const char* login : {"counselor01", "supervisor1", "editor1", "approver1", "dept_east1", "admin1"}) {
        INFO(login);
        minwon::test::SignedDesk desk(tdb.configAs(QLatin1String(login)));
        MainWindow window(desk.services, &settings);
        window.resize(1366, 768);
        window.show();
        minwon::test::waitForUi([] { return false; }, 300); // let the panels fill
        const QStringList nameless = namelessControls(&window);
        for (const QString& n : nameless)
            UNSCOPED_INFO(login << ": no accessible name: " << n.toStdString());
        CHECK(nameless.isEmpty());
        walked += int(window.findChildren<QAbstractButton*>().size());
    }
    CHECK(walked > 50); // the walk saw the workspaces' controls
}

TEST_CASE("A control without any name is found", "[ui][a11y]")
{
    QWidget root;
    auto* form = new QFormLayout(&root);
    auto* named = new QLineEdit(&root);
    named->setAccessibleName(QStringLiteral("Phone"));
    auto* labelled = new QLineEdit(&root);
    form->addRow(QStringLiteral("Address"), labelled);
    auto* buddy = new QLabel(QStringLiteral("&Summary"), &root);
    auto* buddied = new QPlainTextEdit(&root);
    buddy->setBuddy(buddied);
    auto* bare = new QComboBox(&root);
    bare->setObjectName(QStringLiteral("bare"));
    form->addRow(named);
    form->addRow(buddy);
    form->addRow(buddied);
    form->addRow(bare);
    root.show();
    const QStringList nameless = namelessControls(&root);
    REQUIRE(nameless.size() == 1);
    CHECK(nameless.first().contains(QStringLiteral("QComboBox(bare)")));
}

TEST_CASE("Every control of the desk's dialogs has an accessible name", "[ui][a11y]")
{
    ReferenceData reference;
    reference.rooms
        = {Room {1, QStringLiteral("room1"), QStringLiteral("제1상담실"), QStringLiteral("Room 1")}};
    ConnectionDialog connection;
    TransferDialog transfer(reference, QUuid::createUuid());
    ConflictDialog conflict(CaseRecord {}, CaseRecord {});
    StartupDialog startup;
    for (QDialog* dialog : std::initializer_list<QDialog*> {&connection, &transfer, &conflict, &startup}) {
        INFO(dialog->metaObject()->className());
        dialog->show();
        QApplication::processEvents();
        const QStringList nameless = namelessControls(dialog);
        for (const QString& n : nameless)
            UNSCOPED_INFO(dialog->metaObject()->className() << ": no accessible name: " << n.toStdString());
        CHECK(nameless.isEmpty());
        dialog->hide();
    }
}
