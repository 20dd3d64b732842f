// SPDX-License-Identifier: Apache-2.0
// The complaint form: validation next to the fields, the keyboard path with
// Hangul typed in, the merge dialog, and a draft that survives kill -9.
#include "app/DeskServices.h"
#include "caseform/CaseFormPanel.h"
#include "caseform/ConflictDialog.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "local/LocalStore.h"
#include "services/CaseService.h"
#include "services/QueueService.h"
#include "support/CatchQt.h"
#include "support/SignedDesk.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

using minwon::test::waitForUi;

using Signed = minwon::test::SignedDesk;

template <typename T> T* field(QWidget* form, const char* name)
{
    T* w = form->findChild<T*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

QueueItem claimOne(Signed& desk)
{
    QueueItem claimed;
    bool done = false;
    desk.services.queue->takeNext(0, [&](bool ok, const QueueItem& item, const QString& message) {
        INFO(message.toStdString());
        CHECK(ok);
        claimed = item;
        done = true;
    });
    REQUIRE(waitForUi([&] { return done; }));
    return claimed;
}

// Hangul arrives from the input method as committed text.
void typeCommitted(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Key presses carrying text (what a combo box's keyboard search reads).
void typeKeys(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The form checks its fields in place, by category and result", "[ui][db][form]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    Signed desk(db.configAs(QStringLiteral("counselor07")));
    CaseFormPanel form(desk.services.cases);
    form.setReferenceData(desk.services.reference);
    form.show();
    QueueItem contact;
    contact.id = QUuid::createUuid();
    contact.channel = QStringLiteral("phone");
    contact.sender = QStringLiteral("01012345678");
    contact.senderDisplay = QStringLiteral("010-1234-5678");
    form.startCase(contact);

    auto* category = field<QComboBox>(&form, "categoryCombo");
    auto* sub = field<QComboBox>(&form, "subcategoryCombo");
    auto* summary = field<QPlainTextEdit>(&form, "summaryEdit");
    auto* wrapup = field<QComboBox>(&form, "wrapupCombo");
    auto* phone = field<QLineEdit>(&form, "phoneEdit");
    auto* address = field<QLineEdit>(&form, "addressEdit");
    auto* department = field<QComboBox>(&form, "departmentCombo");
    auto* callback = field<QCheckBox>(&form, "callbackCheck");
    auto* callbackAt = field<QDateTimeEdit>(&form, "callbackEdit");
    auto* violation = field<QGroupBox>(&form, "violationGroup");
    auto* place = field<QLineEdit>(&form, "placeEdit");
    auto* description = field<QPlainTextEdit>(&form, "descriptionEdit");
    summary->clear();

    struct Row
    {
        const char* name;
        std::function<void()> setup;
        QStringList mustMention; // empty: valid
    };
    const QList<Row> table {
        {"empty form",
         [] {},
         {QStringLiteral("category"), QStringLiteral("asked"), QStringLiteral("result")}},
        {"top category without subcategory",
         [&] {
             choose(category, QStringLiteral("tax"));
             summary->setPlainText(QStringLiteral("재산세 납부 기한 문의"));
             choose(wrapup, QStringLiteral("answered"));
         },
         {QStringLiteral("subcategory")}},
        {"answered tax question", [&] { choose(sub, QStringLiteral("tax.property")); }, {}},
        {"a phone number that is not one",
         [&] { phone->setText(QStringLiteral("010-12a4-5678")); },
         {QStringLiteral("phone number")}},
        {"forwarded without a department",
         [&] {
             phone->setText(QStringLiteral("010-1234-5678"));
             choose(wrapup, QStringLiteral("forwarded"));
         },
         {QStringLiteral("department")}},
        {"forwarded to the tax office", [&] { choose(department, QStringLiteral("tax")); }, {}},
        {"callback without a time",
         [&] {
             choose(wrapup, QStringLiteral("callback"));
             callback->setChecked(false);
         },
         {QStringLiteral("callback")}},
        {"callback in the past",
         [&] {
             callback->setChecked(true);
             callbackAt->setDateTime(QDateTime::currentDateTime().addDays(-1));
         },
         {QStringLiteral("past")}},
        {"callback tomorrow", [&] { callbackAt->setDateTime(QDateTime::currentDateTime().addDays(1)); }, {}},
        {"noise complaint needs the address",
         [&] {
             choose(category, QStringLiteral("environment"));
             choose(sub, QStringLiteral("environment.noise"));
             choose(wrapup, QStringLiteral("answered"));
             address->clear();
         },
         {QStringLiteral("address")}},
        {"noise complaint with the address",
         [&] { address->setText(QStringLiteral("한빛시 서구 별빛로 3")); },
         {}},
        {"violation report without place or description",
         [&] {
             choose(category, QStringLiteral("covid19"));
             choose(sub, QStringLiteral("covid19.violation"));
             choose(wrapup, QStringLiteral("violation"));
             place->clear();
             description->clear();
         },
         {QStringLiteral("place"), QStringLiteral("what was seen")}},
        {"violation report complete",
         [&] {
             place->setText(QStringLiteral("한빛시 동구 한빛대로 12"));
             description->setPlainText(QStringLiteral("5인 이상 모임"));
         },
         {}},
    };
    for (const Row& row : table) {
        INFO(row.name);
        row.setup();
        const QStringList problems = form.validate(true);
        const QString all = problems.join(QLatin1Char(' '));
        INFO(all.toStdString());
        if (row.mustMention.isEmpty())
            CHECK(problems.isEmpty());
        for (const QString& word : row.mustMention)
            CHECK(all.contains(word, Qt::CaseInsensitive));
    }
    // The violation section appears only for violation reports.
    CHECK(violation->isVisible());
    choose(sub, QStringLiteral("covid19.testing"));
    choose(wrapup, QStringLiteral("answered"));
    CHECK_FALSE(violation->isVisible());
}

TEST_CASE("A contact is recorded with the keyboard alone, Hangul typed in, Esc discards nothing",
          "[ui][db][form]")
{
    // The Korean UI: categories and results carry their Korean names.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    struct Restore
    {
        QLocale locale;
        ~Restore() { QLocale::setDefault(locale); }
    } restore {previous};
    TestDatabase db(TestDatabase::Kind::Demo);
    Signed desk(db.configAs(QStringLiteral("counselor08")));
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("desk.sqlite")));
    REQUIRE(store.open());
    QWidget window;
    auto* form = new CaseFormPanel(desk.services.cases, &window);
    form->setReferenceData(desk.services.reference);
    form->setLocalStore(&store);
    window.resize(500, 900);
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    const QueueItem contact = claimOne(desk);
    form->startCase(contact);
    REQUIRE(
        waitForUi([&] { return form->findChild<QComboBox*>(QStringLiteral("categoryCombo"))->hasFocus(); }));

    // Category by typing, subcategory, then the texts (committed Hangul text).
    QWidget* w = QApplication::focusWidget();
    typeKeys(w, QStringLiteral("코로나"));
    CHECK(form->findChild<QComboBox*>(QStringLiteral("categoryCombo"))->currentData().toString()
          == QStringLiteral("covid19"));
    QTest::keyClick(w, Qt::Key_Tab);
    w = QApplication::focusWidget();
    typeKeys(w, QStringLiteral("검사"));
    QTest::keyClick(w, Qt::Key_Tab);
    w = QApplication::focusWidget();
    REQUIRE(w == form->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit")));
    static_cast<QPlainTextEdit*>(w)->clear();
    typeCommitted(w, QStringLiteral("주말 선별진료소 운영시간 문의"));
    QTest::keyClick(w, Qt::Key_Tab);
    w = QApplication::focusWidget();
    typeCommitted(w, QStringLiteral("토요일 09~13시 운영 안내"));
    // Esc does not clear anything.
    QTest::keyClick(w, Qt::Key_Escape);
    CHECK(form->findChild<QPlainTextEdit*>(QStringLiteral("answerEdit"))->toPlainText()
          == QStringLiteral("토요일 09~13시 운영 안내"));
    QTest::keyClick(w, Qt::Key_Tab); // quoted guidance list
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    w = QApplication::focusWidget();
    REQUIRE(w == form->findChild<QComboBox*>(QStringLiteral("wrapupCombo")));
    typeKeys(w, QStringLiteral("안내"));
    CHECK(form->findChild<QComboBox*>(QStringLiteral("categoryCombo"))->currentData().toString()
          == QStringLiteral("covid19"));
    CHECK(form->findChild<QComboBox*>(QStringLiteral("subcategoryCombo"))->currentData().toString()
          == QStringLiteral("covid19.testing"));
    CHECK(form->findChild<QComboBox*>(QStringLiteral("wrapupCombo"))->currentData().toString()
          == QStringLiteral("answered"));

    // Ctrl+Enter completes; the case is in the database and the form is free.
    bool completed = false;
    QObject::connect(form, &CaseFormPanel::completed, [&](const QUuid&) { completed = true; });
    const QUuid caseId = form->record().id;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitForUi([&] { return completed; }));
    CHECK_FALSE(form->hasCase());
    SqlConnection check(db.configAs(QStringLiteral("counselor08")), {}, QStringLiteral("check"));
    REQUIRE(check.open());
    QSqlQuery q(check.db());
    q.prepare(QStringLiteral("SELECT summary, answer, state, wrapup_code FROM cases WHERE id = ?::uuid"));
    q.addBindValue(caseId.toString(QUuid::WithoutBraces));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("주말 선별진료소 운영시간 문의"));
    CHECK(q.value(1).toString() == QStringLiteral("토요일 09~13시 운영 안내"));
    CHECK(q.value(2).toString() == QStringLiteral("completed"));
    CHECK(q.value(3).toString() == QStringLiteral("answered"));
    // The completed case leaves no draft behind.
    CHECK(store.drafts().isEmpty());
}

TEST_CASE("Two desks, one case: the merge dialog shows both versions and keeps the choice", "[ui][form]")
{
    CaseRecord mine = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01011112222"));
    mine.summary = QStringLiteral("상담사가 쓴 요지");
    mine.answer = QStringLiteral("같은 답변");
    mine.address = QStringLiteral("동구 1");
    mine.quotes = {{QStringLiteral("a"), 1}};
    mine.version = 1;
    CaseRecord theirs = mine;
    theirs.summary = QStringLiteral("관리자가 고친 요지");
    theirs.address = QStringLiteral("동구 2");
    theirs.quotes = {{QStringLiteral("b"), 2}};
    theirs.version = 2;
    ConflictDialog dialog(mine, theirs);
    CHECK(dialog.differingFields() == QStringList {QStringLiteral("address"), QStringLiteral("summary")});
    dialog.choose(QStringLiteral("summary"), true);
    const CaseRecord merged = dialog.merged();
    CHECK(merged.summary == QStringLiteral("관리자가 고친 요지"));
    CHECK(merged.address == QStringLiteral("동구 1"));
    CHECK(merged.version == 2);
    CHECK(merged.quotes.size() == 2);
}

// The child process of the next test: types into a form, waits for the draft,
// says READY and waits to be killed.
int draftChild(const QStringList& args)
{
    // args: socketDir port database login storePath
    ConnectionConfig config;
    config.hosts = {args.value(0)};
    config.port = args.value(1).toInt();
    config.database = args.value(2);
    config.user = args.value(3);
    config.sslMode = QStringLiteral("disable");
    DbSession session(config, {});
    session.start();
    if (!waitForUi([&] { return session.state() == DbSession::State::Online; }))
        return 3;
    Identity identity;
    ReferenceData reference;
    session.runSync([&](QSqlDatabase& db) {
        QString error;
        identity = Identity::load(db, &error);
        reference.load(db, &error);
        return DbResult::success();
    });
    const DeskServices services = DeskServices::create(&session, identity, reference, &session);
    LocalStore store(args.value(4));
    if (!store.open())
        return 4;
    CaseFormPanel form(services.cases);
    form.setReferenceData(reference);
    form.setLocalStore(&store);
    form.show();
    QueueItem contact;
    contact.id = QUuid::createUuid();
    contact.channel = QStringLiteral("phone");
    contact.sender = QStringLiteral("01098765432");
    contact.senderDisplay = QStringLiteral("010-9876-5432");
    form.startCase(contact);
    auto* summary = form.findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    summary->clear();
    typeCommitted(summary, QStringLiteral("자가격리 생활지원비 신청 방법 문의"));
    // The draft timer writes within a few seconds of the last keystroke.
    if (!waitForUi([&] { return !store.drafts().isEmpty(); }, 10000))
        return 5;
    std::printf("READY\n");
    std::fflush(stdout);
    waitForUi([] { return false; }, 60000);
    return 0;
}

TEST_CASE("What was typed survives the desk being killed, and comes back", "[ui][db][form]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("desk.sqlite"));
    const ConnectionConfig config = db.configAs(QStringLiteral("counselor09"));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--draft-child"), config.hosts.value(0), QString::number(config.port),
                        config.database, config.user, storePath});
    child.start();
    REQUIRE(child.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (!child.readAllStandardOutput().contains("READY") && timer.elapsed() < 30000) {
        if (child.state() != QProcess::Running)
            break;
        child.waitForReadyRead(500);
    }
    REQUIRE(child.state() == QProcess::Running);
    ::kill(pid_t(child.processId()), SIGKILL); // no chance to clean up
    child.waitForFinished(5000);

    LocalStore store(storePath);
    REQUIRE(store.open());
    const QList<LocalStore::Draft> drafts = store.drafts();
    REQUIRE(drafts.size() == 1);
    const CaseRecord restored = CaseRecord::fromJson(drafts.first().data);
    CHECK(restored.summary == QStringLiteral("자가격리 생활지원비 신청 방법 문의"));
    CHECK(restored.sender == QStringLiteral("01098765432"));

    // Offered back, it fills the form again.
    Signed desk(config);
    CaseFormPanel form(desk.services.cases);
    form.setReferenceData(desk.services.reference);
    form.loadCase(restored, true);
    CHECK(form.findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"))->toPlainText()
          == QStringLiteral("자가격리 생활지원비 신청 방법 문의"));
    CHECK(form.isDirty());
}
