// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QDialog>
#include <QUuid>

#include <array>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace minwon {

class CaseReviewService;

/// One case for review: what happened (times, channel, category, summary,
/// answer, quoted guidance, forwards, earlier reviews; personal data left
/// out), the checklist scoring the five moments of the contact, a comment,
/// and the decision: approve, or return to the counselor.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(CaseReviewService* service, const QUuid& caseId, QWidget* parent = nullptr);

    /// 0..5, or -1 for not scored. Moments: 0 reception … 4 closing.
    void setScore(int moment, int score);
    int score(int moment) const;
    QPlainTextEdit* comment() const { return m_comment; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* returnButton() const { return m_return; }
    QTextBrowser* details() const { return m_details; }
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }
    const CaseDetail& detail() const { return m_detail; }

    void approve();
    void returnCase();

signals:
    void reviewed(const QUuid& caseId, const QString& decision);

private:
    void load();
    void show(const CaseDetail& detail);
    void submit(const QString& decision);
    void setBusy(bool busy);

    CaseReviewService* m_service;
    QUuid m_caseId;
    CaseDetail m_detail;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_note;
    QLabel* m_header;
    QTextBrowser* m_details;
    std::array<QButtonGroup*, 5> m_scores {};
    QPlainTextEdit* m_comment;
    QLabel* m_status;
    QPushButton* m_approve;
    QPushButton* m_return;
};

} // namespace minwon
