// SPDX-License-Identifier: Apache-2.0
#include "supervisor/SupervisorWorkspace.h"

#include "app/DeskServices.h"
#include "common/OverviewPanel.h"
#include "reports/CaseReviewService.h"
#include "reports/DailyReportService.h"
#include "reports/FiguresService.h"
#include "reports/ForwardTracker.h"
#include "reports/SurgeService.h"
#include "supervisor/CaseReviewPanel.h"
#include "supervisor/FiguresPanel.h"
#include "supervisor/ForwardTrackingPanel.h"
#include "supervisor/ReportExportDialog.h"
#include "supervisor/ReportExporter.h"
#include "supervisor/SurgeBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace minwon {

SupervisorDesk::SupervisorDesk(const DeskServices& services, QWidget* parent)
    : QWidget(parent)
    , m_todayService(new FiguresService(services.session, this))
    , m_rangeService(new FiguresService(services.session, this))
    , m_surgeService(new SurgeService(services.session, this))
    , m_tracker(new ForwardTracker(services.session, this))
    , m_caseService(new CaseReviewService(services.session, this))
    , m_reportService(new DailyReportService(services.session, this))
    , m_reportExporter(new ReportExporter(m_reportService, m_caseService, this))
    , m_caseExporter(new ReportExporter(m_reportService, m_caseService, this))
    , m_tabs(new QTabWidget(this))
    , m_banner(new SurgeBanner(m_surgeService, this))
{
    // The object name the main window and its tests know the supervisor's workspace by.
    setObjectName(QStringLiteral("supervisorWorkspace"));

    // Now: today's figures live, the queue per channel and the counselors.
    m_today = new FiguresPanel(m_todayService, FiguresPanel::Mode::Today, this);
    m_queueByChannel = new OverviewPanel(tr("Queue by channel"), OverviewService::View::QueueByChannel,
                                         services.overview, services.session, this);
    m_agentBoard = new OverviewPanel(tr("Counselors now"), OverviewService::View::AgentBoard,
                                     services.overview, services.session, this);
    auto* board = new QSplitter(Qt::Vertical, this);
    board->addWidget(m_queueByChannel);
    board->addWidget(m_agentBoard);
    board->setStretchFactor(0, 1);
    board->setStretchFactor(1, 3);
    auto* now = new QSplitter(Qt::Horizontal, this);
    now->setObjectName(QStringLiteral("supervisorNow"));
    now->addWidget(m_today);
    now->addWidget(board);
    // The channels' table needs its width; the board reads well narrower.
    now->setStretchFactor(0, 5);
    now->setStretchFactor(1, 2);
    now->setSizes({1000, 400});
    now->setChildrenCollapsible(false);

    m_range = new FiguresPanel(m_rangeService, FiguresPanel::Mode::Range, this);
    m_cases = new CaseReviewPanel(m_caseService, services.reference, this);
    m_forwards = new ForwardTrackingPanel(m_tracker, this);
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->addTab(now, tr("Now"));
    m_tabs->addTab(m_range, tr("Service figures"));
    m_tabs->addTab(m_cases, tr("Cases to review"));
    m_tabs->addTab(m_forwards, tr("Forward tracking"));
    auto* report = new QPushButton(tr("Daily report…"), this);
    report->setObjectName(QStringLiteral("dailyReportButton"));
    report->setToolTip(tr("Make the daily report as PDF and CSV"));
    m_tabs->setCornerWidget(report, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(report, &QPushButton::clicked, this, [this] { openReportDialog(); });
    connect(m_banner, &SurgeBanner::casesRequested, this, &SupervisorDesk::showSurgeCases);
    connect(m_banner, &SurgeBanner::message, this, &SupervisorDesk::message);
    connect(m_cases, &CaseReviewPanel::message, this, &SupervisorDesk::message);
    connect(m_forwards, &ForwardTrackingPanel::caseRequested, this,
            [this](const QUuid& caseId) { m_cases->openReview(caseId); });
    connect(m_cases, &CaseReviewPanel::exportRequested, this, [this](const CaseFilter& filter) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(dir.isEmpty() ? QDir::homePath() : dir)
                                      .filePath(tr("cases-%1.csv").arg(filter.from.toString(Qt::ISODate)));
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export cases"), suggested, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCases(filter, path);
    });
    m_surgeService->check();
    m_todayService->refreshRollup();
    // A range that includes today follows it less eagerly than the live board.
    m_rangeService->setLiveInterval(30000);
}

SupervisorDesk::~SupervisorDesk() = default;

ReportExportDialog* SupervisorDesk::openReportDialog()
{
    // Yesterday is the usual daily report; today's works too, as far as it goes.
    auto* dialog = new ReportExportDialog(m_reportExporter, reportToday().addDays(-1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reportExporter, &ReportExporter::finished, dialog, [this](bool ok, bool, const QString& text) {
        if (ok)
            emit message(text);
    });
    dialog->open();
    return dialog;
}

QProgressDialog* SupervisorDesk::exportCases(const CaseFilter& filter, const QString& path)
{
    auto* progress = new QProgressDialog(tr("Exporting cases…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("caseExportProgress"));
    progress->setWindowTitle(tr("Export cases"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_caseExporter, &ReportExporter::progress, progress,
            [progress](int value, int maximum, const QString& step) {
                progress->setMaximum(maximum);
                progress->setValue(value);
                progress->setLabelText(step);
            });
    connect(progress, &QProgressDialog::canceled, m_caseExporter, &ReportExporter::cancel);
    connect(m_caseExporter, &ReportExporter::finished, progress,
            [this, progress](bool, bool, const QString& text) {
                emit message(text);
                progress->close();
            });
    progress->show();
    m_caseExporter->exportCases(filter, path);
    return progress;
}

void SupervisorDesk::showSurgeCases(const Surge& surge)
{
    m_tabs->setCurrentWidget(m_cases);
    m_cases->showSurge(surge);
}

} // namespace minwon
