// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace minwon {

class KbService;

/// Guidance search while the citizen talks: type, see today's rule first with
/// the matches marked, read it, quote the exact version into the answer.
/// Works from memory, so it keeps working while the database is down.
class KbPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KbPanel(KbService* service, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QTextBrowser* viewer() const { return m_viewer; }
    QCheckBox* showInactive() const { return m_inactive; }
    QLabel* notice() const { return m_notice; }
    void focusSearch();
    /// Asks to attach the shown version to the current case.
    void quoteCurrent();
    void refresh();

    /// HTML of `text` with the given spans marked (escaped everywhere else).
    static QString highlighted(const QString& text, const QList<std::pair<int, int>>& spans);

signals:
    void quoteRequested(const QString& articleId, int version, const QString& title);

private:
    void showCurrent();
    void onArticleChanged(const QString& articleId, int version, const QString& status, const QString& title);

    KbService* m_service;
    QLineEdit* m_search;
    QDateEdit* m_onDate;
    QCheckBox* m_inactive;
    QLabel* m_summary;
    QLabel* m_notice;
    QListWidget* m_results;
    QTextBrowser* m_viewer;
    QPushButton* m_quote;
    QTimer* m_debounce;
    QString m_noticeArticle;
};

} // namespace minwon
