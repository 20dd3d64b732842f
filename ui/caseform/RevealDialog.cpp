// SPDX-License-Identifier: Apache-2.0
#include "caseform/RevealDialog.h"

#include "common/Guard.h"
#include "services/CaseService.h"
#include "ui_RevealDialog.h"

#include <QPushButton>

namespace minwon {

RevealDialog::RevealDialog(CaseService* service, const QUuid& caseId, const QString& caseTitle,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RevealDialog)
    , m_service(service)
    , m_caseId(caseId)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Personal data of %1 is masked. Say why you need to see it: your name, the time and the reason "
           "are recorded.")
            .arg(caseTitle));
    m_showButton = m_ui->buttonBox->addButton(tr("&Show"), QDialogButtonBox::ActionRole);
    m_showButton->setEnabled(false);
    m_showButton->setDefault(true);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_showButton->setEnabled(text.trimmed().size() >= 2); });
    connect(m_showButton, &QPushButton::clicked, this, &RevealDialog::reveal);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLabel* value : {m_ui->nameValue, m_ui->phoneValue, m_ui->addressValue})
        value->setText(QStringLiteral("—"));
}

RevealDialog::~RevealDialog() = default;

void RevealDialog::reveal()
{
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.size() < 2) {
        m_ui->statusLabel->setText(tr("Give a reason to see personal data."));
        return;
    }
    m_showButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Asking…"));
    m_service->revealPersonal(
        m_caseId, reason, guard(this, [this](bool ok, const PersonalData& values, const QString& message) {
            if (!ok) {
                m_ui->statusLabel->setText(message);
                m_showButton->setEnabled(true);
                emit answered(false);
                return;
            }
            showValues(values);
            emit answered(true);
        }));
}

void RevealDialog::showValues(const PersonalData& values)
{
    m_ui->nameValue->setText(values.citizenName.isEmpty() ? QStringLiteral("—") : values.citizenName);
    m_ui->phoneValue->setText(values.phone.isEmpty() ? QStringLiteral("—") : values.phone);
    m_ui->addressValue->setText(values.address.isEmpty() ? QStringLiteral("—") : values.address);
    m_ui->reasonEdit->setReadOnly(true);
    m_ui->statusLabel->setText(tr("Shown and recorded."));
}

} // namespace minwon
