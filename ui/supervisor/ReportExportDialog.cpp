// SPDX-License-Identifier: Apache-2.0
#include "supervisor/ReportExportDialog.h"

#include "common/Format.h"
#include "supervisor/ReportExporter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace minwon {

ReportExportDialog::ReportExportDialog(ReportExporter* exporter, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_from(new QDateEdit(day, this))
    , m_to(new QDateEdit(day, this))
    , m_pdfOn(new QCheckBox(tr("PDF"), this))
    , m_csvOn(new QCheckBox(tr("CSV for Excel"), this))
    , m_pdf(new QLineEdit(this))
    , m_csv(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Daily report"));
    resize(620, 0);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateEditFormat());
    }
    m_pdfOn->setChecked(true);
    m_csvOn->setChecked(true);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    // The two files in a grid, so that their fields line up.
    auto* files = new QGridLayout;
    int row = 0;
    for (const auto& [on, edit, filter] :
         {std::tuple {m_pdfOn, m_pdf, tr("PDF (*.pdf)")}, std::tuple {m_csvOn, m_csv, tr("CSV (*.csv)")}}) {
        auto* browse = new QPushButton(tr("Choose…"), this);
        browse->setAutoDefault(false);
        connect(browse, &QPushButton::clicked, this,
                [this, edit = edit, filter = filter] { this->browse(edit, filter); });
        connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_namesTouched = true; });
        files->addWidget(on, row, 0);
        files->addWidget(edit, row, 1);
        files->addWidget(browse, row, 2);
        ++row;
    }
    files->setColumnStretch(1, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Days"), range);
    form->addRow(tr("Save as"), files);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    m_export->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReportExportDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportExportDialog::updateNames);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportExportDialog::updateNames);
    connect(m_exporter, &ReportExporter::progress, this, &ReportExportDialog::onProgress);
    connect(m_exporter, &ReportExporter::finished, this, &ReportExportDialog::onFinished);
    updateNames();
}

void ReportExportDialog::updateNames()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date());
    if (m_namesTouched)
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString when = m_from->date() == m_to->date()
        ? m_from->date().toString(Qt::ISODate)
        : m_from->date().toString(Qt::ISODate) + QLatin1Char('_') + m_to->date().toString(Qt::ISODate);
    const QString base = QDir(dir).filePath(tr("daily-report-%1").arg(when));
    m_pdf->setText(QDir::toNativeSeparators(base + QStringLiteral(".pdf")));
    m_csv->setText(QDir::toNativeSeparators(base + QStringLiteral(".csv")));
}

void ReportExportDialog::setPaths(const QString& pdf, const QString& csv)
{
    m_namesTouched = true;
    m_pdfOn->setChecked(!pdf.isEmpty());
    m_csvOn->setChecked(!csv.isEmpty());
    m_pdf->setText(pdf);
    m_csv->setText(csv);
}

void ReportExportDialog::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportExportDialog::browse(QLineEdit* edit, const QString& filter)
{
    const QString file = QFileDialog::getSaveFileName(this, windowTitle(), edit->text(), filter);
    if (!file.isEmpty()) {
        edit->setText(QDir::toNativeSeparators(file));
        m_namesTouched = true;
    }
}

void ReportExportDialog::start()
{
    if (m_exporter->isRunning())
        return;
    const QString pdf
        = m_pdfOn->isChecked() ? QDir::fromNativeSeparators(m_pdf->text().trimmed()) : QString();
    const QString csv
        = m_csvOn->isChecked() ? QDir::fromNativeSeparators(m_csv->text().trimmed()) : QString();
    if (pdf.isEmpty() && csv.isEmpty()) {
        m_status->setText(tr("Choose where to save the PDF, the CSV or both."));
        return;
    }
    m_export->setEnabled(false);
    m_status->clear();
    m_exporter->exportReport(m_from->date(), m_to->date(), pdf, csv);
}

bool ReportExportDialog::isRunning() const
{
    return m_exporter->isRunning();
}

QString ReportExportDialog::statusText() const
{
    return m_status->text();
}

void ReportExportDialog::reject()
{
    // Cancel stops a running export first; a second press closes.
    if (m_exporter->isRunning()) {
        m_exporter->cancel();
        return;
    }
    QDialog::reject();
}

void ReportExportDialog::onProgress(int value, int maximum, const QString& step)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_status->setText(step);
}

void ReportExportDialog::onFinished(bool ok, bool cancelled, const QString& message)
{
    m_export->setEnabled(true);
    m_status->setText(message);
    if (cancelled || !ok)
        m_progress->setValue(0);
    m_cancel->setText(ok ? tr("Close") : tr("Cancel"));
}

} // namespace minwon
