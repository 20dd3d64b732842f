// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace minwon {

class ReportExporter;

/// "Daily report…": a day (or a range), where to save the PDF and the CSV,
/// then one action makes both, with a progress bar and a Cancel button.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(ReportExporter* exporter, const QDate& day, QWidget* parent = nullptr);

    void setPaths(const QString& pdf, const QString& csv);
    void setRange(const QDate& from, const QDate& to);
    /// Starts the export (the Export button).
    void start();
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString statusText() const;
    bool isRunning() const;

    void reject() override;

private:
    void browse(QLineEdit* edit, const QString& filter);
    void updateNames();
    void onProgress(int value, int maximum, const QString& step);
    void onFinished(bool ok, bool cancelled, const QString& message);

    ReportExporter* m_exporter;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_pdfOn;
    QCheckBox* m_csvOn;
    QLineEdit* m_pdf;
    QLineEdit* m_csv;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    bool m_namesTouched = false;
};

} // namespace minwon
