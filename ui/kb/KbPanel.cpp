// SPDX-License-Identifier: Apache-2.0
#include "kb/KbPanel.h"

#include "common/Format.h"
#include "services/KbService.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

namespace {
constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
} // namespace

KbPanel::KbPanel(KbService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(new QLineEdit(this))
    , m_onDate(new QDateEdit(QDate::currentDate(), this))
    , m_summary(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_viewer(new QTextBrowser(this))
    , m_quote(new QPushButton(tr("&Use in answer (Ctrl+Q)"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("kbPanel"));
    auto* title = new QLabel(tr("Guidance"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);

    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search guidance (Ctrl+K): e.g. 선별진료소, 거리두기, ㄱㄹㄷㄱ"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search guidance"));
    m_onDate->setCalendarPopup(true);
    m_onDate->setAccessibleName(tr("In force on"));
    auto* onLabel = new QLabel(tr("In force &on:"), this);
    onLabel->setBuddy(m_onDate);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_viewer->setObjectName(QStringLiteral("kbViewer"));
    m_viewer->setAccessibleName(tr("Guidance text"));
    m_viewer->setOpenExternalLinks(false);
    m_quote->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(onLabel);
    top->addWidget(m_onDate);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_quote, 0, Qt::AlignRight);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &KbPanel::refresh);
    connect(m_onDate, &QDateEdit::dateChanged, this, &KbPanel::refresh);
    connect(m_service, &KbService::reloaded, this, &KbPanel::refresh);
    connect(m_results, &QListWidget::currentRowChanged, this, &KbPanel::showCurrent);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    connect(m_quote, &QPushButton::clicked, this, &KbPanel::quoteCurrent);
    refresh();
}

void KbPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void KbPanel::quoteCurrent()
{
    const QListWidgetItem* item = m_results->currentItem();
    if (item)
        emit quoteRequested(item->data(ArticleRole).toString(), item->data(VersionRole).toInt(),
                            item->text());
}

void KbPanel::refresh()
{
    const QString previous
        = m_results->currentItem() ? m_results->currentItem()->data(ArticleRole).toString() : QString();
    const QList<const KbEntry*> hits = m_service->search(m_search->text(), m_onDate->date(), 100);
    m_results->clear();
    for (const KbEntry* e : hits) {
        auto* item = new QListWidgetItem(e->title, m_results);
        item->setData(ArticleRole, e->articleId);
        item->setData(VersionRole, e->version);
        item->setToolTip(tr("%1 · version %2 · in force from %3")
                             .arg(e->articleId)
                             .arg(e->version)
                             .arg(format::date(e->effectiveFrom)));
        if (e->articleId == previous)
            m_results->setCurrentItem(item);
    }
    m_summary->setText(m_search->text().trimmed().isEmpty()
                           ? tr("%n article(s) in force on this day", nullptr, int(hits.size()))
                           : tr("%n match(es)", nullptr, int(hits.size())));
    if (!m_results->currentItem() && m_results->count() > 0)
        m_results->setCurrentRow(0);
    showCurrent();
}

void KbPanel::showCurrent()
{
    const QListWidgetItem* item = m_results->currentItem();
    const KbEntry* e = item
        ? m_service->entry(item->data(ArticleRole).toString(), item->data(VersionRole).toInt())
        : nullptr;
    m_quote->setEnabled(e != nullptr);
    if (!e) {
        m_viewer->clear();
        return;
    }
    QString header = QStringLiteral("# %1\n\n").arg(e->title);
    header += tr("*In force from %1%2 · version %3*")
                  .arg(format::date(e->effectiveFrom),
                       e->effectiveUntil.isValid() ? tr(" until %1").arg(format::date(e->effectiveUntil))
                                                   : QString())
                  .arg(e->version);
    if (!e->sourceRef.isEmpty())
        header += QStringLiteral("  \n") + tr("Source: %1").arg(e->sourceRef);
    m_viewer->setMarkdown(header + QStringLiteral("\n\n") + e->body);
}

} // namespace minwon
