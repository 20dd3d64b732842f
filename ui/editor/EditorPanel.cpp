// SPDX-License-Identifier: Apache-2.0
#include "editor/EditorPanel.h"

#include "common/Guard.h"
#include "common/HeaderMemory.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "editor/ArticleEditor.h"
#include "editor/CallbackList.h"
#include "editor/VersionHistory.h"
#include "services/KbEditService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minwon {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

bool waiting(const QString& status)
{
    return status == QLatin1String("draft") || status == QLatin1String("in_review")
        || status == QLatin1String("rejected") || status == QLatin1String("approved");
}
} // namespace

EditorPanel::EditorPanel(KbEditService* service, const Identity& me, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_me(me)
    , m_filter(new QLineEdit(this))
    , m_new(new QPushButton(tr("&New article"), this))
    , m_articles(new QTreeWidget(this))
    , m_waiting(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new ArticleEditor(service, me, this))
    , m_history(new VersionHistory(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("editorPanel"));
    m_articles->setObjectName(QStringLiteral("articleList"));
    m_articles->setAccessibleName(tr("Guidance articles"));
    m_articles->setRootIsDecorated(false);
    m_articles->setUniformRowHeights(true);
    m_articles->setHeaderLabels(
        {tr("State"), tr("Title"), tr("Ver."), tr("In force"), tr("By"), tr("Article id")});
    m_articles->header()->setStretchLastSection(false);
    m_articles->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or id"));
    m_filter->setAccessibleName(tr("Filter by title or id"));
    m_filter->setClearButtonEnabled(true);

    auto* title = new QLabel(tr("Guidance articles"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto* top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_new);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_waiting);
    leftLayout->addWidget(m_articles);

    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(m_editor, tr("&Edit"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    if (me.role == QLatin1String("kb_approver") || me.role == QLatin1String("admin")) {
        m_callbacks = new CallbackList(this);
        m_tabs->addTab(m_callbacks, tr("&Call-backs"));
        connect(m_callbacks, &CallbackList::calledBack, this,
                [this](const QUuid& caseId, const QString& articleId, int correctionVersion) {
                    m_service->markCalledBack(caseId, articleId, correctionVersion,
                                              guard(this, [this](const QString& error) {
                                                  if (!error.isEmpty())
                                                      emit message(error);
                                                  loadCallbacks();
                                              }));
                });
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 820});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &EditorPanel::reload);
    connect(m_service, &KbEditService::articleChanged, this, [this](const QString& id) {
        m_reloadTimer->start();
        // Someone else's step: the history follows; what is being typed stays.
        if (id == m_current)
            loadHistory(id, m_editor->shownVersion(), !m_editor->isModified());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &EditorPanel::applyFilter);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_current.clear();
        m_articles->clearSelection();
        m_editor->newArticle();
        m_history->setVersions({});
        m_tabs->setCurrentWidget(m_editor);
    });
    connect(m_articles, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, IdRole).toString() != m_current)
            openArticle(item->data(0, IdRole).toString());
    });
    connect(m_editor, &ArticleEditor::changed, this, [this](const QString& id) {
        m_current = id;
        loadHistory(id);
        reload();
    });
    connect(m_editor, &ArticleEditor::message, this, &EditorPanel::message);
    connect(m_history, &VersionHistory::versionActivated, this, [this](int version) {
        for (const KbVersionRecord& r : m_versions)
            if (r.article.version == version) {
                m_editor->showVersion(r, m_versions.first().article.version);
                m_tabs->setCurrentWidget(m_editor);
            }
    });
}

void EditorPanel::setReferenceData(const ReferenceData& reference)
{
    m_editor->setReferenceData(reference);
}

void EditorPanel::addTab(QWidget* widget, const QString& label)
{
    m_tabs->addTab(widget, label);
}

void EditorPanel::reload()
{
    m_service->loadArticles(guard(this, [this](const QList<KbArticleSummary>& rows, const QString& error) {
        if (!error.isEmpty()) {
            emit message(error);
            return;
        }
        showArticles(rows);
    }));
    loadCallbacks();
}

void EditorPanel::loadCallbacks()
{
    if (!m_callbacks)
        return;
    m_service->loadCallbacks({}, guard(this, [this](const QList<KbCallback>& rows, const QString& error) {
                                 if (error.isEmpty())
                                     m_callbacks->setCallbacks(rows);
                             }));
}

void EditorPanel::showArticles(const QList<KbArticleSummary>& rows)
{
    const QSignalBlocker blocker(m_articles);
    m_articles->clear();
    int forMe = 0;
    QTreeWidgetItem* current = nullptr;
    for (const KbArticleSummary& s : rows) {
        auto* item = new QTreeWidgetItem(m_articles);
        item->setData(0, IdRole, s.articleId);
        item->setText(0, labels::kbStatus(s.latestStatus));
        item->setText(1, s.title);
        item->setToolTip(1, s.title);
        item->setText(2, QString::number(s.latestVersion));
        item->setText(3, s.publishedVersion > 0 ? tr("v%1").arg(s.publishedVersion) : tr("none"));
        item->setText(4, s.authorName);
        item->setText(5, s.articleId);
        const bool reviewable = s.latestStatus == QLatin1String("in_review") && s.authorId != m_me.id
            && (m_me.role == QLatin1String("kb_approver") || m_me.role == QLatin1String("admin"));
        const bool returnedToMe = s.latestStatus == QLatin1String("rejected") && s.authorId == m_me.id;
        if (reviewable || returnedToMe)
            ++forMe;
        if (waiting(s.latestStatus)) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setForeground(
                0, theme::text(reviewable || returnedToMe ? theme::Role::Danger : theme::Role::Warning));
        }
        if (s.articleId == m_current)
            current = item;
    }
    if (!headerRestored(m_articles->header())) {
        for (int column : {0, 2, 3, 4})
            m_articles->resizeColumnToContents(column);
    }
    m_waiting->setText(forMe > 0 ? tr("<b>%n version(s) wait for you.</b>", nullptr, forMe)
                                 : tr("Nothing waits for you."));
    applyFilter();
    if (current) {
        m_articles->setCurrentItem(current);
    } else if (m_current.isEmpty() && !m_editor->isModified() && !rows.isEmpty()
               && waiting(rows.first().latestStatus)) {
        // Start with the first piece of work waiting.
        m_articles->setCurrentItem(m_articles->topLevelItem(0));
        openArticle(rows.first().articleId);
    }
}

void EditorPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_articles->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_articles->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(1).contains(text, Qt::CaseInsensitive)
                        && !item->text(5).contains(text, Qt::CaseInsensitive));
    }
}

void EditorPanel::openArticle(const QString& articleId)
{
    m_current = articleId;
    loadHistory(articleId);
}

void EditorPanel::loadHistory(const QString& articleId, int showVersion, bool refreshEditor)
{
    m_service->loadHistory(articleId,
                           guard(this,
                                 [this, articleId, showVersion,
                                  refreshEditor](const QList<KbVersionRecord>& rows, const QString& error) {
                                     if (articleId != m_current)
                                         return;
                                     if (!error.isEmpty()) {
                                         emit message(error);
                                         return;
                                     }
                                     if (rows.isEmpty())
                                         return;
                                     m_versions = rows;
                                     m_history->setVersions(rows);
                                     if (!refreshEditor)
                                         return;
                                     const KbVersionRecord* shown = &rows.first();
                                     for (const KbVersionRecord& r : rows)
                                         if (r.article.version == showVersion)
                                             shown = &r;
                                     m_editor->showVersion(*shown, rows.first().article.version);
                                 }));
}

} // namespace minwon
