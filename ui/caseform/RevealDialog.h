// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QScopedPointer>
#include <QUuid>

class QPushButton;

namespace Ui {
class RevealDialog;
}

namespace minwon {

class CaseService;
struct PersonalData;

/// Shows the masked personal data of a case in clear, once a reason is
/// given. The database checks the right and records who looked, when, at
/// which case and why (reveal_case_pii); this dialog only asks and shows.
class RevealDialog : public QDialog
{
    Q_OBJECT
public:
    RevealDialog(CaseService* service, const QUuid& caseId, const QString& caseTitle,
                 QWidget* parent = nullptr);
    ~RevealDialog() override;

    /// Asks with the reason typed so far (the Show button).
    void reveal();

signals:
    /// The answer arrived: shown, or refused with a message.
    void answered(bool shown);

private:
    void showValues(const PersonalData& values);

    const QScopedPointer<Ui::RevealDialog> m_ui;
    CaseService* m_service;
    QUuid m_caseId;
    QPushButton* m_showButton;
};

} // namespace minwon
