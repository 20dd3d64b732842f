// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QWidget>

class QProgressDialog;
class QTabWidget;

namespace minwon {

struct DeskServices;
class CaseReviewPanel;
class CaseReviewService;
class DailyReportService;
class FiguresPanel;
class FiguresService;
class ForwardTracker;
class ForwardTrackingPanel;
class OverviewPanel;
class ReportExportDialog;
class ReportExporter;
class SurgeBanner;
class SurgeService;

/// The supervisor's workspace: the live board (today's figures with charts,
/// the queue per channel, who is doing what), the service figures of any
/// range, the day's cases to review, forward tracking, surge notices above
/// everything, and the daily report (PDF and CSV) with progress and cancel.
class SupervisorDesk : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorDesk(const DeskServices& services, QWidget* parent = nullptr);
    ~SupervisorDesk() override;

    QTabWidget* tabs() const { return m_tabs; }
    FiguresPanel* todayFigures() const { return m_today; }
    FiguresPanel* rangeFigures() const { return m_range; }
    CaseReviewPanel* cases() const { return m_cases; }
    ForwardTrackingPanel* forwards() const { return m_forwards; }
    SurgeBanner* surges() const { return m_banner; }
    SurgeService* surgeService() const { return m_surgeService; }
    FiguresService* todayService() const { return m_todayService; }
    FiguresService* rangeService() const { return m_rangeService; }
    CaseReviewService* caseService() const { return m_caseService; }
    OverviewPanel* agentBoard() const { return m_agentBoard; }
    OverviewPanel* queueByChannel() const { return m_queueByChannel; }
    ReportExporter* reportExporter() const { return m_reportExporter; }
    ReportExporter* caseExporter() const { return m_caseExporter; }

    /// "Daily report…" (window-modal, returns at once).
    ReportExportDialog* openReportDialog();
    /// Exports the cases of a filter to a CSV file, with a progress dialog.
    QProgressDialog* exportCases(const CaseFilter& filter, const QString& path);
    /// The cases behind a surge notice, in the Cases tab.
    void showSurgeCases(const Surge& surge);

signals:
    void message(const QString& text);

private:
    FiguresService* m_todayService;
    FiguresService* m_rangeService;
    SurgeService* m_surgeService;
    ForwardTracker* m_tracker;
    CaseReviewService* m_caseService;
    DailyReportService* m_reportService;
    ReportExporter* m_reportExporter;
    ReportExporter* m_caseExporter;
    QTabWidget* m_tabs;
    SurgeBanner* m_banner;
    FiguresPanel* m_today;
    FiguresPanel* m_range;
    CaseReviewPanel* m_cases;
    ForwardTrackingPanel* m_forwards;
    OverviewPanel* m_agentBoard;
    OverviewPanel* m_queueByChannel;
};

} // namespace minwon
