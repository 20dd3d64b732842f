// SPDX-License-Identifier: Apache-2.0
#include "app/StartupDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace minwon {

StartupDialog::StartupDialog(QWidget* parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("MinwonDesk"));
    auto* title = new QLabel(tr("Starting MinwonDesk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(420);
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 0);
    bar->setAccessibleName(tr("Start-up progress"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(bar);
    layout->addWidget(buttons);
}

void StartupDialog::setMessage(const QString& message)
{
    m_message->setText(message);
}

} // namespace minwon
