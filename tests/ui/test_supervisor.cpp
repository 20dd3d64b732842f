// SPDX-License-Identifier: Apache-2.0
// The supervisor's workspace: live figures, the paged case table, the review
// dialog, surge notices, forward tracking and the daily report export.
#include "app/DeskServices.h"
#include "common/OverviewPanel.h"
#include "core/test_reports_fixture.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "db/SqlScript.h"
#include "reports/CaseReviewService.h"
#include "reports/DailyReportService.h"
#include "reports/FiguresService.h"
#include "reports/ReportCsv.h"
#include "reports/SurgeService.h"
#include "services/OverviewService.h"
#include "supervisor/CasePageModel.h"
#include "supervisor/CaseReviewPanel.h"
#include "supervisor/FigureChart.h"
#include "supervisor/FigureTableModel.h"
#include "supervisor/FiguresPanel.h"
#include "supervisor/ForwardTrackingModel.h"
#include "supervisor/ForwardTrackingPanel.h"
#include "supervisor/ReportExportDialog.h"
#include "supervisor/ReportExporter.h"
#include "supervisor/ReviewDialog.h"
#include "supervisor/SupervisorWorkspace.h"
#include "supervisor/SurgeBanner.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {

bool waitFor(const std::function<bool()>& condition, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

// A supervisor's desk: the session and what the workspace needs of DeskServices.
struct SupervisorSession
{
    explicit SupervisorSession(const ConnectionConfig& config)
        : session(config, {})
    {
        session.start();
        REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
        QString error;
        session.runSync([&](QSqlDatabase& db) {
            services.identity = Identity::load(db, &error);
            services.reference.load(db, &error);
            return DbResult::success();
        });
        services.session = &session;
        services.overview = new OverviewService(&session, &session);
    }
    DbSession session;
    DeskServices services;
};

struct Sql
{
    Sql(const ConnectionConfig& config, const QString& tag)
        : conn(config, {}, tag)
    {
        REQUIRE(conn.open());
    }
    QVariant one(const QString& sql)
    {
        QSqlQuery q(conn.db());
        if (!q.exec(sql) || !q.next())
            FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
        return q.value(0);
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(conn.db());
        if (!q.exec(sql))
            FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
    }
    SqlConnection conn;
};

const QString kTodayStart
    = QStringLiteral("(date_trunc('day', now() AT TIME ZONE 'Asia/Seoul') AT TIME ZONE 'Asia/Seoul')");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MINWON_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("The supervisor desk shows today's figures live, the board, the cases and the forwards", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Sql owner(tdb.config(), QStringLiteral("owner"));
    SupervisorSession desk(tdb.configAs(QStringLiteral("supervisor1")));
    SupervisorDesk workspace(desk.services);
    CHECK(workspace.objectName() == QStringLiteral("supervisorWorkspace"));
    workspace.todayService()->setLiveInterval(100);
    workspace.resize(1500, 900);
    workspace.show();

    // Today's tiles: the contacts that arrived today, Seoul time.
    auto todayContacts = [&] {
        return owner.one(QStringLiteral("SELECT count(*) FROM contacts WHERE arrived_at >= ") + kTodayStart)
            .toInt();
    };
    KpiStrip* tiles = workspace.todayFigures()->kpis();
    REQUIRE(waitFor(
        [&] { return tiles->value(QStringLiteral("contacts")) == QLocale().toString(todayContacts()); }));
    FigureTableModel* channels = workspace.todayFigures()->model(FigureDimension::Channel);
    REQUIRE(channels);
    CHECK(channels->rowCount() == 8);
    REQUIRE(workspace.todayFigures()->chart(FigureDimension::Hour));
    CHECK(workspace.todayFigures()->chart(FigureDimension::Hour)->chart()->series().size() == 2);

    // A contact arriving at a counselor's desk shows in the figures without a reload.
    const int before = todayContacts();
    {
        Sql counselor(tdb.configAs(QStringLiteral("counselor09")), QStringLiteral("c09"));
        counselor.exec(QStringLiteral("INSERT INTO contacts (channel, sender, preview) VALUES "
                                      "('phone', '01055551234', '선별진료소 위치 문의')"));
    }
    REQUIRE(
        waitFor([&] { return tiles->value(QStringLiteral("contacts")) == QLocale().toString(before + 1); }));
    CHECK(workspace.todayFigures()->statusText().startsWith(QStringLiteral("Live")));

    // The live board: the queue per channel and who is doing what.
    REQUIRE(waitFor([&] { return workspace.agentBoard()->model()->rowCount() > 20; }));
    REQUIRE(waitFor([&] { return workspace.queueByChannel()->model()->rowCount() == 8; }));

    // The cases of today, paged.
    const int todayCases
        = owner.one(QStringLiteral("SELECT count(*) FROM cases WHERE opened_at >= ") + kTodayStart).toInt();
    REQUIRE(waitFor([&] { return workspace.cases()->model()->totalCount() == todayCases; }));

    // Forward tracking: every open forward, the most overdue first.
    const int open
        = owner.one(QStringLiteral("SELECT count(*) FROM forwards WHERE state <> 'closed'")).toInt();
    REQUIRE(open > 0);
    ForwardTrackingModel* forwards = workspace.forwards()->model();
    REQUIRE(waitFor([&] { return forwards->rowCount() == open; }));
    for (int i = 1; i < forwards->items().size(); ++i)
        CHECK(forwards->items().at(i - 1).dueAt <= forwards->items().at(i).dueAt);
    CHECK(workspace.forwards()->departments()->rowCount() > 0);
    // A forward closed by its department leaves the list; the department's load follows.
    owner.exec(QStringLiteral("UPDATE forwards SET state = 'closed', closed_at = now() WHERE id = '%1'")
                   .arg(forwards->items().first().id.toString(QUuid::WithoutBraces)));
    REQUIRE(waitFor([&] { return forwards->rowCount() == open - 1; }));

    // The service figures of a past range, with a chart beside each table.
    workspace.tabs()->setCurrentIndex(1);
    FiguresPanel* range = workspace.rangeFigures();
    const QDate today = reportToday();
    range->setRange(today.addDays(-2), today);
    const int rangeContacts
        = owner
              .one(QStringLiteral("SELECT count(*) FROM contacts WHERE arrived_at >= %1 - interval '2 days'")
                       .arg(kTodayStart))
              .toInt();
    REQUIRE(waitFor([&] {
        return range->kpis()->value(QStringLiteral("contacts")) == QLocale().toString(rangeContacts);
    }));
    CHECK(range->model(FigureDimension::Day)->rowCount() == 3);
    CHECK(range->model(FigureDimension::Counselor)->rowCount() > 10);
    CHECK(range->chart(FigureDimension::Channel)->chart()->series().size() == 1);
    CHECK(range->chart(FigureDimension::Hour)->chart()->series().size()
          == 2); // bars and the service-level line

    for (int tab = 0; tab < workspace.tabs()->count(); ++tab) {
        workspace.tabs()->setCurrentIndex(tab);
        waitFor([] { return false; }, 300);
        saveScreenshot(&workspace, QStringLiteral("supervisor-tab%1").arg(tab));
    }
}

TEST_CASE("The case table pages off the GUI thread and never shows an answer for an old filter", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Sql owner(tdb.config(), QStringLiteral("owner"));
    DbSession session(tdb.configAs(QStringLiteral("supervisor1")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    CaseReviewService service(&session);
    CasePageModel model(&service);
    model.setPageSize(40);

    CaseFilter all;
    all.from = reportToday().addDays(-3);
    all.to = reportToday();
    CaseFilter room2 = all;
    room2.roomId = 2;
    const qint64 allCount
        = owner
              .one(QStringLiteral("SELECT count(*) FROM cases WHERE opened_at >= %1 - interval '3 days'")
                       .arg(kTodayStart))
              .toLongLong();
    const qint64 room2Count
        = owner
              .one(QStringLiteral(
                       "SELECT count(*) FROM cases WHERE room_id = 2 AND opened_at >= %1 - interval '3 days'")
                       .arg(kTodayStart))
              .toLongLong();
    REQUIRE(allCount > 200);
    REQUIRE(room2Count != allCount);

    QList<qint64> counts;
    // Whether the first rows were on screen when the count came.
    QList<bool> rowsBeforeCount;
    QObject::connect(&model, &CasePageModel::countChanged, [&](qint64 n) {
        counts << n;
        if (n > 0)
            rowsBeforeCount << model.caseAt(0).has_value();
    });
    model.setFilter(all);
    model.setFilter(room2); // before the first answer: the first filter's answers must not show
    REQUIRE(waitFor([&] { return model.totalCount() == room2Count && model.loadedPages() == 1; }));
    waitFor([] { return false; }, 300);
    CHECK_FALSE(counts.contains(allCount));
    CHECK(model.rowCount() == int(room2Count));
    // The first page was asked for before the count and shown before it.
    REQUIRE(rowsBeforeCount.size() == 1);
    CHECK(rowsBeforeCount.first());
    for (int r = 0; r < 40 && r < model.rowCount(); ++r) {
        const auto row = model.caseAt(r);
        REQUIRE(row);
        CHECK(row->roomName.contains(QLatin1Char('2')));
    }

    // A row far down asks for its page and shows a placeholder meanwhile.
    const int far = int(room2Count) - 1;
    CHECK(model.data(model.index(far, CasePageModel::SummaryColumn)).toString()
          == QStringLiteral("Loading…"));
    REQUIRE(waitFor([&] { return model.caseAt(far).has_value(); }));
    CHECK(model.loadedPages() == 2);
    CHECK(!model.data(model.index(far, CasePageModel::SummaryColumn)).toString().isEmpty());
    // Newest first across pages.
    CHECK(model.caseAt(0)->openedAt >= model.caseAt(far)->openedAt);

    // Typing in the panel's search field narrows the table after a short pause.
    ReferenceData reference;
    session.runSync([&](QSqlDatabase& db) {
        QString error;
        reference.load(db, &error);
        return DbResult::success();
    });
    CaseReviewPanel panel(&service, reference);
    CaseFilter wide = all;
    panel.setFilter(wide);
    const qint64 matching
        = owner
              .one(QStringLiteral("SELECT count(*) FROM cases WHERE opened_at >= %1 - interval '3 days' AND "
                                  "(summary ILIKE '%선별진료소%' OR answer ILIKE '%선별진료소%')")
                       .arg(kTodayStart))
              .toLongLong();
    panel.searchField()->setText(QStringLiteral("선별진료소"));
    REQUIRE(waitFor([&] {
        return panel.model()->filter().text == QStringLiteral("선별진료소")
            && panel.model()->totalCount() == matching && !panel.model()->isLoading();
    }));
    CHECK(panel.statusText().contains(QString::number(matching)));
}

TEST_CASE("Reviewing in the dialog: scores and approval, a return needs a comment", "[ui][db]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Sql owner(tdb.config(), QStringLiteral("owner"));
    SupervisorSession desk(tdb.configAs(QStringLiteral("supervisor1")));
    SupervisorDesk workspace(desk.services);
    workspace.show();
    const QString first
        = owner
              .one(QStringLiteral(
                  "SELECT id FROM cases WHERE state = 'completed' ORDER BY opened_at DESC LIMIT 1"))
              .toString();
    const QString second
        = owner
              .one(QStringLiteral(
                  "SELECT id FROM cases WHERE state = 'completed' ORDER BY opened_at DESC OFFSET 1 LIMIT 1"))
              .toString();

    // Approve with the checklist filled in.
    ReviewDialog* dialog = workspace.cases()->openReview(QUuid::fromString(first));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    CHECK(dialog->details()->toPlainText().contains(dialog->detail().row.summary));
    CHECK(dialog->approveButton()->isEnabled());
    const int scores[] = {5, 4, 5, 3, 4};
    for (int m = 0; m < 5; ++m)
        dialog->setScore(m, scores[m]);
    saveScreenshot(dialog, QStringLiteral("review-dialog"));
    bool closed = false;
    QObject::connect(dialog, &QDialog::finished, [&] { closed = true; });
    dialog->approve();
    REQUIRE(waitFor([&] { return closed; }));
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(first)).toString()
          == QStringLiteral("approved"));
    CHECK(owner
              .one(QStringLiteral(
                       "SELECT format('%s %s %s %s %s', score_reception, score_greeting, score_attitude, "
                       "score_handling, score_closing) FROM case_reviews WHERE case_id = '%1'")
                       .arg(first))
              .toString()
          == QStringLiteral("5 4 5 3 4"));

    // Returning without saying what to correct is refused before it reaches the database.
    dialog = workspace.cases()->openReview(QUuid::fromString(second));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    dialog->returnCase();
    CHECK(dialog->statusText().contains(QStringLiteral("correct")));
    CHECK(owner.one(QStringLiteral("SELECT state FROM cases WHERE id = '%1'").arg(second)).toString()
          == QStringLiteral("completed"));
    dialog->comment()->setPlainText(QStringLiteral("회신 약속 시간을 기록해 주세요."));
    closed = false;
    QObject::connect(dialog, &QDialog::finished, [&] { closed = true; });
    dialog->returnCase();
    REQUIRE(waitFor([&] { return closed; }));
    CHECK(owner
              .one(QStringLiteral("SELECT state || ' ' || review_comment FROM cases WHERE id = '%1'")
                       .arg(second))
              .toString()
          == QStringLiteral("returned 회신 약속 시간을 기록해 주세요."));

    // The table follows: the returned case reads as returned (the change comes back by notification).
    CaseFilter f;
    f.from = reportToday().addDays(-3);
    f.to = reportToday();
    f.returned = CaseFilter::Tri::Yes;
    workspace.cases()->setFilter(f);
    CasePageModel* model = workspace.cases()->model();
    REQUIRE(waitFor([&] { return model->rowOf(QUuid::fromString(second)) >= 0; }));
    const int row = model->rowOf(QUuid::fromString(second));
    CHECK(model->data(model->index(row, CasePageModel::StateColumn)).toString()
          == QStringLiteral("Returned"));

    // A reviewed case opened again cannot be approved twice; it shows its review.
    dialog = workspace.cases()->openReview(QUuid::fromString(first));
    REQUIRE(waitFor([&] { return dialog->isLoaded(); }));
    CHECK_FALSE(dialog->approveButton()->isEnabled());
    CHECK(dialog->returnButton()->isEnabled());
    CHECK(dialog->details()->toPlainText().contains(QStringLiteral("Approved")));
    CHECK(dialog->detail().reviews.size() == 1);
    dialog->close();
}

TEST_CASE("A surge notice appears above the workspace and opens its cases", "[ui][db][surge]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Sql owner(tdb.config(), QStringLiteral("owner"));
    // Forty building-permit cases in the last hour. The demo's weeks before
    // have up to about a dozen at a weekday's busiest hours (and none at
    // night): forty is a surge whenever the test runs.
    owner.exec(QStringLiteral(
        "INSERT INTO cases (id, channel, category_code, subcategory_code, summary, state, opened_at) "
        "SELECT gen_random_uuid(), 'phone', 'housing', 'housing.permit', '건축 허가 지침 변경 문의 ' || g, "
        " 'completed', now() - g * interval '85 seconds' FROM generate_series(1, 40) g"));
    SupervisorSession desk(tdb.configAs(QStringLiteral("supervisor1")));
    SupervisorDesk workspace(desk.services);
    workspace.resize(1400, 800);
    workspace.show();
    SurgeBanner* banner = workspace.surges();
    REQUIRE(waitFor([&] { return !banner->noticeText(QStringLiteral("housing.permit")).isEmpty(); }));
    CHECK(banner->isVisible());
    // The notice counts the cases of its own hour (the window moves on while
    // the test runs, and the demo may have permits near its edge): counted
    // again here over the window the notice names.
    const Surge surge = banner->notice(QStringLiteral("housing.permit"));
    REQUIRE(surge.windowEnd.isValid());
    CHECK(surge.windowStart.secsTo(surge.windowEnd) == 3600);
    QSqlQuery q(owner.conn.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE coalesce(subcategory_code, category_code) "
                             "= 'housing.permit' AND opened_at > ? AND opened_at <= ?"));
    q.addBindValue(surge.windowStart);
    q.addBindValue(surge.windowEnd);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const int recent = q.value(0).toInt();
    REQUIRE(recent >= 40);
    CHECK(surge.recent == recent);
    CHECK(banner->noticeText(QStringLiteral("housing.permit")).contains(QString::number(recent)));
    saveScreenshot(&workspace, QStringLiteral("surge"));

    banner->openNotice(QStringLiteral("housing.permit"));
    CHECK(workspace.tabs()->currentWidget() == workspace.cases());
    CasePageModel* model = workspace.cases()->model();
    CHECK(model->filter().category == QStringLiteral("housing.permit"));
    CHECK(model->filter().openedAfter.isValid());
    REQUIRE(waitFor([&] { return model->totalCount() == recent; }));

    // When the hour has passed without more of them, the notice goes.
    owner.exec(QStringLiteral(
        "UPDATE cases SET opened_at = opened_at - interval '3 hours' "
        "WHERE subcategory_code = 'housing.permit' AND opened_at > now() - interval '2 hours'"));
    workspace.surgeService()->check();
    REQUIRE(waitFor([&] { return banner->noticeCount() == 0; }));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("The daily report exports PDF and CSV with progress, and cancelling leaves no file",
          "[ui][db][export]")
{
    TestDatabase tdb(TestDatabase::Kind::Migrated);
    {
        Sql owner(tdb.config(), QStringLiteral("owner"));
        for (const SqlStatement& s : splitSqlScript(QString::fromUtf8(minwon::test::kFixture)))
            owner.exec(s.text);
    }
    DbSession session(tdb.config(), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    DailyReportService reports(&session);
    CaseReviewService cases(&session);
    ReportExporter exporter(&reports, &cases);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString csv = dir.filePath(QStringLiteral("report.csv"));

    QList<std::pair<int, int>> steps;
    bool done = false;
    bool ok = false;
    bool cancelled = false;
    QObject::connect(&exporter, &ReportExporter::progress, [&](int v, int max, const QString&) {
        steps.append({v, max});
    });
    QObject::connect(&exporter, &ReportExporter::finished, [&](bool o, bool c, const QString&) {
        done = true;
        ok = o;
        cancelled = c;
    });
    exporter.exportReport(minwon::test::kDay, minwon::test::kDay, pdf, csv);
    CHECK(exporter.isRunning());
    REQUIRE(waitFor([&] { return done; }, 30000));
    REQUIRE(ok);
    REQUIRE(steps.size() >= 4); // reading, each page, saving
    CHECK(steps.last().first == steps.last().second);
    for (int i = 1; i < steps.size(); ++i)
        CHECK(steps.at(i).first >= steps.at(i - 1).first);
    const QString text = pdfText(pdf);
    INFO(text.left(2000).toStdString());
    for (const char* figure : {"71.4 %", "5:12", "5:26", "25.0 %", "66.7 %", "Fri 16 Apr 2021"})
        CHECK(text.contains(QLatin1String(figure)));
    CHECK(text.contains(QStringLiteral("김상담")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(ReportCsv::byteOrderMark()));
    CHECK(ReportCsv::parse(bytes).at(1).at(4) == QStringLiteral("8"));
    file.close();

    // Cancelled between two steps: nothing is left behind.
    QFile::remove(pdf);
    QFile::remove(csv);
    done = false;
    steps.clear();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(&exporter, &ReportExporter::progress, [&, once](int value, int, const QString&) {
        if (value >= 2) {
            QObject::disconnect(*once);
            exporter.cancel();
        }
    });
    exporter.exportReport(minwon::test::kDay, minwon::test::kDay, pdf, csv);
    REQUIRE(waitFor([&] { return done; }, 30000));
    CHECK(cancelled);
    CHECK_FALSE(exporter.isRunning());
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(csv));

    // The dialog drives the same with its progress bar.
    ReportExportDialog dialog(&exporter, minwon::test::kDay);
    dialog.setPaths(pdf, csv);
    dialog.show();
    done = false;
    dialog.start();
    REQUIRE(waitFor([&] { return done; }, 30000));
    CHECK(ok);
    CHECK(dialog.progressBar()->value() == dialog.progressBar()->maximum());
    CHECK(QFile::exists(pdf));
    CHECK(QFile::exists(csv));
}

TEST_CASE("A long case export shows progress page by page and can be cancelled", "[ui][db][export]")
{
    TestDatabase tdb(TestDatabase::Kind::Demo);
    Sql owner(tdb.config(), QStringLiteral("owner"));
    SupervisorSession desk(tdb.configAs(QStringLiteral("supervisor1")));
    SupervisorDesk workspace(desk.services);
    ReportExporter* exporter = workspace.caseExporter();
    exporter->setPageSize(25);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    CaseFilter f;
    f.from = reportToday().addDays(-3);
    f.to = reportToday();
    const int total
        = owner
              .one(QStringLiteral("SELECT count(*) FROM cases WHERE opened_at >= %1 - interval '3 days'")
                       .arg(kTodayStart))
              .toInt();
    REQUIRE(total > 100);

    bool done = false;
    bool ok = false;
    bool cancelled = false;
    int lastValue = 0;
    QObject::connect(exporter, &ReportExporter::finished, [&](bool o, bool c, const QString&) {
        done = true;
        ok = o;
        cancelled = c;
    });
    auto cancelAt = std::make_shared<int>(50);
    QObject::connect(exporter, &ReportExporter::progress, [&, cancelAt](int value, int, const QString&) {
        lastValue = value;
        if (*cancelAt > 0 && value >= *cancelAt)
            exporter->cancel();
    });
    QProgressDialog* progress = workspace.exportCases(f, path);
    REQUIRE(progress);
    REQUIRE(waitFor([&] { return done; }, 30000));
    CHECK(cancelled);
    CHECK(lastValue >= 50);
    CHECK(lastValue < total);
    CHECK_FALSE(QFile::exists(path));

    *cancelAt = 0;
    done = false;
    workspace.exportCases(f, path);
    REQUIRE(waitFor([&] { return done; }, 60000));
    CHECK(ok);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(ReportCsv::byteOrderMark()));
    CHECK(ReportCsv::parse(bytes).size() == total + 1);
}
