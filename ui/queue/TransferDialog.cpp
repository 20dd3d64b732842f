// SPDX-License-Identifier: Apache-2.0
#include "queue/TransferDialog.h"

#include "common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace minwon {

TransferDialog::TransferDialog(const ReferenceData& reference, const QUuid& me, QWidget* parent)
    : QDialog(parent)
    , m_toPerson(new QRadioButton(tr("To a &counselor:"), this))
    , m_toRoom(new QRadioButton(tr("To the queue of a &room:"), this))
    , m_people(new QComboBox(this))
    , m_rooms(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Transfer the contact"));
    for (const PersonRef& p : reference.counselors()) {
        if (p.id == me)
            continue;
        const Room* room = reference.room(p.roomId);
        m_people->addItem(room ? QStringLiteral("%1 (%2)").arg(
                              p.displayName, ReferenceData::localized(room->nameKo, room->nameEn))
                               : p.displayName,
                          p.id);
    }
    for (const Room& r : reference.rooms)
        m_rooms->addItem(ReferenceData::localized(r.nameKo, r.nameEn), r.id);
    m_people->setAccessibleName(tr("Counselor"));
    m_rooms->setAccessibleName(tr("Room"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why, in a few words (required)"));
    theme::watch(this, [this] {
        m_error->setStyleSheet(
            QStringLiteral("color: %1;").arg(theme::css(theme::text(theme::Role::Danger))));
    });
    m_error->setVisible(false);
    m_toRoom->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(m_toPerson, m_people);
    form->addRow(m_toRoom, m_rooms);
    auto* reasonLabel = new QLabel(tr("Re&ason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(QString(), m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto sync = [this] {
        m_people->setEnabled(m_toPerson->isChecked());
        m_rooms->setEnabled(m_toRoom->isChecked());
    };
    connect(m_toPerson, &QRadioButton::toggled, this, sync);
    sync();
    m_reason->setFocus();
}

QUuid TransferDialog::person() const
{
    return m_toPerson->isChecked() ? m_people->currentData().toUuid() : QUuid();
}

int TransferDialog::room() const
{
    return m_toRoom->isChecked() ? m_rooms->currentData().toInt() : 0;
}

QString TransferDialog::reason() const
{
    return m_reason->text().trimmed();
}

void TransferDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("⚠ Write the reason for the transfer."));
        m_error->setVisible(true);
        m_reason->setFocus();
        return;
    }
    if (m_toPerson->isChecked() && person().isNull()) {
        m_error->setText(tr("⚠ Choose a counselor."));
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace minwon
