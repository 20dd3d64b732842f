// SPDX-License-Identifier: Apache-2.0
#include "app/DeskServices.h"
#include "db/DbSession.h"
#include "mainwindow/MainWindow.h"
#include "services/CaseService.h"
#include "services/KbService.h"
#include "services/OverviewService.h"
#include "services/QueueService.h"
#include "settings/DeskSettings.h"
#include "support/CatchQt.h"
#include "support/KoreanUi.h"
#include "support/TestCluster.h"
#include "util/CoreInit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

bool waitFor(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

// English left on screen: a word of three or more Latin letters in a text
// with no Hangul, after removing what stays Latin in Korean too.
bool looksUntranslated(QString text)
{
    static const QRegularExpression keep(QStringLiteral(
        "Ctrl\\+?\\w*|Enter|F\\d+|PCR|QR|TLS|KakaoTalk|\\(&\\w\\)|minwon-admin|ㄱㄹㄷㄱ|user\\d+|verify-full|"
        "[a-z]+:\\S+"));
    text.remove(keep);
    text.remove(QLatin1Char('&'));
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return !text.contains(hangul) && text.contains(word);
}

QStringList englishLeft(QWidget* root)
{
    QStringList found;
    auto check = [&](const QString& where, const QString& text) {
        if (!text.isEmpty() && looksUntranslated(text))
            found << where + QStringLiteral(": ") + text;
    };
    check(QStringLiteral("title"), root->windowTitle());
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root))
            check(QStringLiteral("label"), label->text());
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root))
            check(QStringLiteral("button"), button->text());
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        check(QStringLiteral("placeholder"), edit->placeholderText());
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        check(QStringLiteral("placeholder"), edit->placeholderText());
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            check(QStringLiteral("header"), view->model()->headerData(c, Qt::Horizontal).toString());
    }
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (QAction* menu : window->menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text());
            if (menu->menu())
                for (QAction* action : menu->menu()->actions())
                    check(QStringLiteral("menu item"), action->text());
        }
    }
    return found;
}

// Alt+letter keys of one window: the letter after '&' in buttons, labels with
// a buddy, tabs and the menu bar, with who owns it. Two owners make the key
// cycle between them instead of acting, which a counselor reads as broken.
QMultiHash<QChar, QString> mnemonics(QWidget* root)
{
    QMultiHash<QChar, QString> keys;
    auto add = [&](const QString& text, const QString& owner) {
        static const QRegularExpression mark(QStringLiteral("(?<!&)&([^&\\s])"));
        const QRegularExpressionMatch m = mark.match(text);
        if (m.hasMatch())
            keys.insert(m.captured(1).at(0).toUpper(),
                        owner + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(root))
            add(b->text(), b->metaObject()->className());
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy() && l->isVisibleTo(root))
            add(l->text(), QStringLiteral("label"));
    for (QTabBar* t : root->findChildren<QTabBar*>())
        if (t->isVisibleTo(root))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i), QStringLiteral("tab"));
    if (auto* window = qobject_cast<QMainWindow*>(root))
        for (QAction* a : window->menuBar()->actions())
            add(a->text(), QStringLiteral("menu"));
    return keys;
}

} // namespace

TEST_CASE("Under the Korean UI every workspace speaks Korean", "[ui][db][i18n]")
{
    const minwon::test::KoreanUi korean;

    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    for (const char* login : {"counselor01", "supervisor1", "editor1", "dept_east1"}) {
        INFO(login);
        DbSession session(tdb.configAs(QLatin1String(login)), {});
        session.start();
        REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
        Identity identity;
        ReferenceData reference;
        session.runSync([&](QSqlDatabase& db) {
            QString error;
            identity = Identity::load(db, &error);
            reference.load(db, &error);
            return DbResult::success();
        });
        const DeskServices services = DeskServices::create(&session, identity, reference, &session);
        MainWindow window(services, &settings);
        window.show();
        waitFor([] { return false; }, 400); // let the panels fill
        const QStringList english = englishLeft(&window);
        for (const QString& e : english)
            UNSCOPED_INFO(e.toStdString());
        CHECK(english.isEmpty());
        const QMultiHash<QChar, QString> keys = mnemonics(&window);
        for (const QChar key : keys.uniqueKeys()) {
            INFO("Alt+" << QString(key).toStdString() << ": "
                        << keys.values(key).join(QStringLiteral(", ")).toStdString());
            CHECK(keys.count(key) == 1);
        }
        CHECK(window.windowTitle().contains(QStringLiteral("민원데스크")));
    }
}

TEST_CASE("Under the English UI no Alt key is bound twice either", "[ui][db][i18n][keyboard]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    DeskSettings settings(dir.filePath(QStringLiteral("s.conf")));
    for (const char* login : {"counselor01", "supervisor1", "editor1", "dept_east1"}) {
        INFO(login);
        DbSession session(tdb.configAs(QLatin1String(login)), {});
        session.start();
        REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
        Identity identity;
        ReferenceData reference;
        session.runSync([&](QSqlDatabase& db) {
            QString error;
            identity = Identity::load(db, &error);
            reference.load(db, &error);
            return DbResult::success();
        });
        const DeskServices services = DeskServices::create(&session, identity, reference, &session);
        MainWindow window(services, &settings);
        window.show();
        waitFor([] { return false; }, 200);
        const QMultiHash<QChar, QString> keys = mnemonics(&window);
        for (const QChar key : keys.uniqueKeys()) {
            INFO("Alt+" << QString(key).toStdString() << ": "
                        << keys.values(key).join(QStringLiteral(", ")).toStdString());
            CHECK(keys.count(key) == 1);
        }
    }
}
