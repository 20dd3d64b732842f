// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Identity.h"
#include "kb/KbWorkflow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace minwon {

class ArticleEditor;
class CallbackList;
class KbEditService;
class VersionHistory;
struct ReferenceData;

/// The knowledge-base editors' and approvers' desk: every article with its
/// newest version's state (work waiting first), the editor, the history with
/// word-level differences, and for approvers the call-backs owed after a
/// correction. Updates live when anyone changes a version.
class EditorPanel : public QWidget
{
    Q_OBJECT
public:
    EditorPanel(KbEditService* service, const Identity& me, QWidget* parent = nullptr);

    void setReferenceData(const ReferenceData& reference);
    void reload();
    /// Opens an article (its newest version) in the editor and history.
    void openArticle(const QString& articleId);

    QTreeWidget* articles() const { return m_articles; }
    ArticleEditor* editor() const { return m_editor; }
    VersionHistory* history() const { return m_history; }
    CallbackList* callbacks() const { return m_callbacks; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Adds a tab (e.g. the counselors' search, to see an article as they will).
    void addTab(QWidget* widget, const QString& label);

signals:
    void message(const QString& text);

private:
    void showArticles(const QList<KbArticleSummary>& rows);
    void loadHistory(const QString& articleId, int showVersion = 0, bool refreshEditor = true);
    void loadCallbacks();
    void applyFilter();

    KbEditService* m_service;
    Identity m_me;
    QLineEdit* m_filter;
    QPushButton* m_new;
    QTreeWidget* m_articles;
    QLabel* m_waiting;
    QTabWidget* m_tabs;
    ArticleEditor* m_editor;
    VersionHistory* m_history;
    CallbackList* m_callbacks = nullptr;
    QTimer* m_reloadTimer;
    QString m_current;
    QList<KbVersionRecord> m_versions;
};

} // namespace minwon
