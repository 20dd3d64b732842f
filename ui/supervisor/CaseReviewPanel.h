// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReferenceData.h"
#include "reports/ReportTypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace minwon {

class CasePageModel;
class CaseReviewService;
class ReviewDialog;

/// The day's cases (or any range) with filters and search, paged off the GUI
/// thread; a case opens for review with a double click.
class CaseReviewPanel : public QWidget
{
    Q_OBJECT
public:
    CaseReviewPanel(CaseReviewService* service, const ReferenceData& reference, QWidget* parent = nullptr);

    CasePageModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    /// The filter the controls describe.
    CaseFilter filter() const;
    /// Sets the controls (and the narrower time window, if any) and reloads.
    void setFilter(const CaseFilter& filter);
    /// The cases behind a surge notice: its category in its hour.
    void showSurge(const Surge& surge);
    /// Opens the review of a case (window-modal, returns at once).
    ReviewDialog* openReview(const QUuid& caseId);
    QString statusText() const;

signals:
    void exportRequested(const minwon::CaseFilter& filter);
    void message(const QString& text);

private:
    void apply();
    void updateStatus();
    void reviewSelected();

    CaseReviewService* m_service;
    ReferenceData m_reference;
    CasePageModel* m_model;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_room;
    QComboBox* m_counselor;
    QComboBox* m_category;
    QComboBox* m_channel;
    QComboBox* m_state;
    QComboBox* m_result;
    QComboBox* m_forward;
    QComboBox* m_returned;
    QLineEdit* m_search;
    QLabel* m_window;
    QPushButton* m_clearWindow;
    QLabel* m_status;
    QPushButton* m_review;
    QTimer* m_typing;
    QDateTime m_openedAfter;
    QDateTime m_openedUntil;
    bool m_settingFilter = false;
};

} // namespace minwon
