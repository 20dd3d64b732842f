// SPDX-License-Identifier: Apache-2.0
// The editor workspace with real widgets over the demo database: an editor
// writes and submits, another person approves, the history shows the words
// that changed, and an approver's own version cannot be approved.
#include "app/DeskServices.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "editor/ArticleEditor.h"
#include "editor/EditorPanel.h"
#include "editor/VersionHistory.h"
#include "kb/KbChangesPanel.h"
#include "services/KbEditService.h"
#include "support/CatchQt.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

using minwon::test::waitForUi;

struct Desk : minwon::test::SignedDesk
{
    explicit Desk(const ConnectionConfig& config)
        : SignedDesk(config)
    {
        panel = std::make_unique<EditorPanel>(services.kbEdit, identity);
        panel->setReferenceData(reference);
        panel->resize(1300, 800);
        panel->show();
        panel->reload();
        REQUIRE(waitForUi([&] { return panel->articles()->topLevelItemCount() > 20; }));
    }
    QTreeWidgetItem* row(const QString& id)
    {
        for (int i = 0; i < panel->articles()->topLevelItemCount(); ++i)
            if (panel->articles()->topLevelItem(i)->text(5) == id)
                return panel->articles()->topLevelItem(i);
        return nullptr;
    }
    template <typename T> T* field(const char* name)
    {
        T* w = panel->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    std::unique_ptr<EditorPanel> panel;
};

QString status(const TestDatabase& db, const QString& id, int version)
{
    SqlConnection c(db.config(), {}, QStringLiteral("kbeditor-check"));
    REQUIRE(c.open());
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT status FROM kb_versions WHERE article_id = ? AND version_no = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("An editor writes and submits, another approves, the history shows the changed words",
          "[ui][db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    const QString id = QStringLiteral("ui-drive-thru");
    Desk editor(db.configAs(QStringLiteral("editor1")));
    CHECK_FALSE(editor.field<QPushButton>("approveButton")->isVisibleTo(editor.panel.get()));

    // A new article, typed into the form and submitted.
    editor.field<QLineEdit>("idEdit")->setText(id);
    editor.field<QLineEdit>("titleEdit")->setText(QStringLiteral("드라이브스루 선별진료소"));
    editor.field<QLineEdit>("tagsEdit")->setText(QStringLiteral("검사, 드라이브스루"));
    editor.field<QPlainTextEdit>("bodyEdit")->setPlainText(QStringLiteral("평일 09:00~18:00 운영합니다."));
    editor.field<QPushButton>("saveSubmitButton")->click();
    REQUIRE(waitForUi([&] { return status(db, id, 1) == QLatin1String("in_review"); }));
    REQUIRE(waitForUi([&] { return editor.row(id) != nullptr; }));
    // The author cannot withdraw someone else's work, but their own, yes: the button says so.
    CHECK(waitForUi([&] { return editor.field<QPushButton>("withdrawButton")->isEnabled(); }));

    // The approver opens it and approves.
    Desk approver(db.configAs(QStringLiteral("approver1")));
    REQUIRE(waitForUi([&] { return approver.row(id) != nullptr; }));
    approver.panel->articles()->setCurrentItem(approver.row(id));
    QPushButton* approve = approver.field<QPushButton>("approveButton");
    REQUIRE(waitForUi([&] { return approve->isEnabled(); }));
    approve->click();
    REQUIRE(waitForUi([&] { return status(db, id, 1) == QLatin1String("published"); }));

    // The editor changes the hours: version 2, in review.
    editor.panel->openArticle(id);
    REQUIRE(waitForUi([&] {
        return editor.field<QLineEdit>("titleEdit")->text() == QStringLiteral("드라이브스루 선별진료소");
    }));
    editor.field<QPlainTextEdit>("bodyEdit")->setPlainText(QStringLiteral("평일 09:00~21:00 운영합니다."));
    editor.field<QPushButton>("saveSubmitButton")->click();
    REQUIRE(waitForUi([&] { return status(db, id, 2) == QLatin1String("in_review"); }));

    // The approver's history compares 1 with 2 word by word.
    approver.panel->openArticle(id);
    QTextBrowser* diff = approver.panel->history()->diffView();
    REQUIRE(waitForUi([&] { return diff->toHtml().contains(QStringLiteral("09:00~21:00")); }));
    CHECK(VersionHistory::diffHtml(QStringLiteral("평일 09:00~18:00 운영"),
                                   QStringLiteral("평일 09:00~21:00 운영"))
              .contains(QStringLiteral("line-through\">09:00~18:00")));
    CHECK(approver.panel->history()->list()->topLevelItemCount() == 2);

    // The approver's own version: the button is off, and the database would refuse anyway.
    approver.field<QPlainTextEdit>("bodyEdit")->setPlainText(QStringLiteral("평일 09:00~22:00 운영합니다."));
    approver.field<QPushButton>("saveSubmitButton")->click();
    REQUIRE(waitForUi([&] { return status(db, id, 3) == QLatin1String("in_review"); }));
    REQUIRE(waitForUi([&] { return approver.panel->editor()->shownVersion() == 3; }));
    CHECK_FALSE(approve->isEnabled());
    CHECK(status(db, id, 2) == QLatin1String("withdrawn"));
}

TEST_CASE("A counselor reads what changed since the last shift and confirms it", "[ui][db][kb]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitForUi([&] { return session.state() == DbSession::State::Online; }));
    KbEditService service(&session);
    KbChangesPanel panel(&service);
    panel.show();
    panel.reload();
    // The demo's guidance published in the last 30 days, none confirmed yet.
    REQUIRE(waitForUi([&] { return panel.count() > 0; }));
    const int before = panel.count();
    CHECK(panel.list()->count() == before);
    CHECK(panel.confirmButton()->isEnabled());

    // Confirm the first two only, then the rest.
    panel.list()->item(0)->setSelected(true);
    panel.list()->item(1)->setSelected(true);
    panel.confirmButton()->click();
    REQUIRE(waitForUi([&] { return panel.count() == before - 2; }));
    panel.confirmButton()->click();
    REQUIRE(waitForUi([&] { return panel.count() == 0; }));
    CHECK_FALSE(panel.confirmButton()->isEnabled());

    SqlConnection c(db.config(), {}, QStringLiteral("kbchanges-check"));
    REQUIRE(c.open());
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE p.login = 'counselor01') "
                                  "FROM kb_acknowledgements a JOIN people p ON p.id = a.person_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == before);
    CHECK(q.value(1).toInt() == before);
}
