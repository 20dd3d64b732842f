// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace minwon {

class KbService;

/// Guidance search while the citizen talks: type, see today's rule first,
/// read it, quote it into the answer.
class KbPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KbPanel(KbService* service, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QTextBrowser* viewer() const { return m_viewer; }
    void focusSearch();
    /// Asks to attach the shown version to the current case.
    void quoteCurrent();
    void refresh();

signals:
    void quoteRequested(const QString& articleId, int version, const QString& title);

private:
    void showCurrent();

    KbService* m_service;
    QLineEdit* m_search;
    QDateEdit* m_onDate;
    QLabel* m_summary;
    QListWidget* m_results;
    QTextBrowser* m_viewer;
    QPushButton* m_quote;
    QTimer* m_debounce;
};

} // namespace minwon
