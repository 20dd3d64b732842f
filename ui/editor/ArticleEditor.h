// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Identity.h"
#include "kb/KbWorkflow.h"

#include <QScopedPointer>
#include <QWidget>

class QTimer;

namespace Ui {
class ArticleEditor;
}

namespace minwon {

class KbEditService;
struct ReferenceData;

/// One article version in the editor: the fields, the Markdown body with a
/// live preview, and the steps the signed-in person may take on it (save a
/// new version, submit, withdraw; approve or return for another approver).
class ArticleEditor : public QWidget
{
    Q_OBJECT
public:
    ArticleEditor(KbEditService* service, const Identity& me, QWidget* parent = nullptr);
    ~ArticleEditor() override;

    void setReferenceData(const ReferenceData& reference);
    /// An empty form for a new article.
    void newArticle();
    /// Shows `record`; a save writes the version after `newestVersion`.
    void showVersion(const KbVersionRecord& record, int newestVersion);
    /// The fields as an article (version: the one a save follows).
    ArticleFile article() const;
    QString articleId() const;
    int shownVersion() const { return m_shown.article.version; }
    /// Typed changes not saved yet.
    bool isModified() const;

signals:
    /// A step succeeded on this article: reload what shows it.
    void changed(const QString& articleId);
    void message(const QString& text);

private:
    void save(bool submit);
    void approve();
    void returnToAuthor();
    void withdraw();
    void updateButtons();
    void updateStatus();
    void updatePreview();
    void setBusy(bool busy);

    const QScopedPointer<Ui::ArticleEditor> m_ui;
    KbEditService* m_service;
    Identity m_me;
    KbVersionRecord m_shown;
    bool m_isNew = true;
    bool m_busy = false;
    int m_newest = 0;
    QTimer* m_previewTimer;
};

} // namespace minwon
