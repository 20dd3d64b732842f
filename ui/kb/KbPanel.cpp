// SPDX-License-Identifier: Apache-2.0
#include "kb/KbPanel.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "kb/HitDelegate.h"
#include "services/KbService.h"

#include <QCheckBox>
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
constexpr int TitleRole = Qt::UserRole + 3;
constexpr int InForceRole = Qt::UserRole + 4;

QList<std::pair<int, int>> spans(const QList<SearchIndex::Span>& in)
{
    QList<std::pair<int, int>> out;
    for (const SearchIndex::Span& s : in)
        out.append({s.start, s.length});
    return out;
}
} // namespace

QString KbPanel::highlighted(const QString& text, const QList<std::pair<int, int>>& marks)
{
    QList<std::pair<int, int>> sorted = marks;
    std::sort(sorted.begin(), sorted.end());
    QString html;
    int at = 0;
    for (const auto& [start, length] : sorted) {
        if (start < at || start >= text.size())
            continue;
        html += text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background:%1;color:%2\">")
                    .arg(theme::css(theme::background(theme::Role::Match)),
                         theme::css(theme::onBackground(theme::Role::Match)))
            + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

KbPanel::KbPanel(KbService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(new QLineEdit(this))
    , m_onDate(new QDateEdit(QDate::currentDate(), this))
    , m_inactive(new QCheckBox(tr("Also old &guidance"), this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
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
    m_onDate->setDisplayFormat(format::dateEditFormat());
    m_onDate->setAccessibleName(tr("In force on"));
    m_inactive->setToolTip(tr("Also show superseded and expired versions, marked as no longer in force"));
    auto* onLabel = new QLabel(tr("In force &on:"), this);
    onLabel->setBuddy(m_onDate);
    m_notice->setObjectName(QStringLiteral("kbNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setWordWrap(true);
    m_viewer->setObjectName(QStringLiteral("kbViewer"));
    m_viewer->setAccessibleName(tr("Guidance text"));
    m_viewer->setOpenExternalLinks(false);
    m_quote->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(onLabel);
    top->addWidget(m_onDate);
    auto* line = new QHBoxLayout;
    line->addWidget(m_search, 1);
    line->addWidget(m_inactive);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(line);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_quote, 0, Qt::AlignRight);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(30);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &KbPanel::refresh);
    connect(m_onDate, &QDateEdit::dateChanged, this, &KbPanel::refresh);
    connect(m_inactive, &QCheckBox::toggled, this, &KbPanel::refresh);
    connect(m_service, &KbService::reloaded, this, &KbPanel::refresh);
    connect(m_service, &KbService::articleChanged, this, &KbPanel::onArticleChanged);
    theme::watch(this, [this] {
        m_notice->setStyleSheet(
            QStringLiteral("background: %1; color: %2; border: 1px solid %3; padding: 4px;")
                .arg(theme::css(theme::background(theme::Role::Info)),
                     theme::css(theme::onBackground(theme::Role::Info)),
                     theme::css(theme::text(theme::Role::Info))));
        if (m_results->count() > 0)
            refresh(); // the hits' marks are coloured
    });
    connect(m_results, &QListWidget::currentRowChanged, this, &KbPanel::showCurrent);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    connect(m_quote, &QPushButton::clicked, this, &KbPanel::quoteCurrent);
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString&) {
        m_search->clear();
        m_inactive->setChecked(false);
        refresh();
        for (int row = 0; row < m_results->count(); ++row)
            if (m_results->item(row)->data(ArticleRole).toString() == m_noticeArticle)
                m_results->setCurrentRow(row);
        m_notice->setVisible(false);
    });
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
    if (!item)
        return;
    if (!item->data(InForceRole).toBool()) {
        m_summary->setText(tr("⚠ This version is not in force on the chosen day; it cannot be quoted."));
        return;
    }
    emit quoteRequested(item->data(ArticleRole).toString(), item->data(VersionRole).toInt(),
                        item->data(TitleRole).toString());
}

void KbPanel::refresh()
{
    const QListWidgetItem* current = m_results->currentItem();
    const QString previous = current ? current->data(ArticleRole).toString() : QString();
    const int previousVersion = current ? current->data(VersionRole).toInt() : 0;
    const QList<SearchIndex::Hit> hits
        = m_service->search(m_search->text(), m_onDate->date(), m_inactive->isChecked(), 100);
    m_results->clear();
    int inactive = 0;
    for (const SearchIndex::Hit& hit : hits) {
        QString html = QStringLiteral("<div>") + highlighted(hit.title, spans(hit.titleMatches));
        if (!hit.inForce) {
            ++inactive;
            // Shown only on request, and loudly.
            html += QStringLiteral(" <span style=\"color:%1;font-weight:bold\">⚠ %2</span>")
                        .arg(theme::css(theme::text(theme::Role::Danger)),
                             tr("not in force: %1").arg(labels::kbStatus(hit.status)).toHtmlEscaped());
        }
        html += QStringLiteral("</div>");
        if (!hit.snippet.isEmpty())
            html
                += QStringLiteral("<div style=\"color:%1\">").arg(theme::css(theme::text(theme::Role::Muted)))
                + highlighted(hit.snippet, spans(hit.snippetMatches)) + QStringLiteral("</div>");
        auto* item = new QListWidgetItem(html, m_results);
        item->setData(ArticleRole, hit.articleId);
        item->setData(VersionRole, hit.version);
        item->setData(TitleRole, hit.title);
        item->setData(InForceRole, hit.inForce);
        item->setData(Qt::AccessibleTextRole,
                      hit.inForce ? hit.title : hit.title + QStringLiteral(" — ") + tr("not in force"));
        item->setToolTip(tr("%1 · version %2").arg(hit.articleId).arg(hit.version));
        if (hit.articleId == previous && hit.version == previousVersion)
            m_results->setCurrentItem(item);
    }
    const int count = int(hits.size());
    QString summary = m_search->text().trimmed().isEmpty()
        ? tr("%n article(s) in force on this day", nullptr, count)
        : tr("%n match(es)", nullptr, count);
    if (inactive > 0)
        summary += QStringLiteral(" · ") + tr("%n not in force", nullptr, inactive);
    if (!m_service->isReady())
        summary = tr("Loading the guidance…");
    m_summary->setText(summary);
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
    if (!item->data(InForceRole).toBool())
        header += QStringLiteral("**⚠ ")
            + tr("Not in force on %1 (%2). Do not give this rule as today's.")
                  .arg(format::date(m_onDate->date()), labels::kbStatus(e->status))
            + QStringLiteral("**\n\n");
    if (e->isCorrection)
        header += QStringLiteral("**") + tr("Correction of the previous version: %1").arg(e->changeNote)
            + QStringLiteral("**\n\n");
    header += tr("*In force from %1%2 · version %3*")
                  .arg(format::date(e->effectiveFrom),
                       e->effectiveUntil.isValid() ? tr(" until %1").arg(format::date(e->effectiveUntil))
                                                   : QString())
                  .arg(e->version);
    if (!e->sourceRef.isEmpty())
        header += QStringLiteral("  \n") + tr("Source: %1").arg(e->sourceRef);
    m_viewer->setMarkdown(header + QStringLiteral("\n\n") + format::guidanceMarkdown(e->body));
}

void KbPanel::onArticleChanged(const QString& articleId, int version, const QString& status,
                               const QString& title)
{
    // Every open desk hears of a change within a second, in words.
    m_noticeArticle = articleId;
    QString what;
    if (status == QLatin1String("published"))
        what = tr("New guidance in force: %1 (version %2)");
    else if (status == QLatin1String("expired"))
        what = tr("Guidance no longer in force: %1 (version %2)");
    else if (status == QLatin1String("superseded"))
        what = tr("Guidance replaced: %1 (version %2)");
    else
        return;
    m_notice->setText(QStringLiteral("🔔 ") + what.arg(title.toHtmlEscaped()).arg(version)
                      + QStringLiteral(" — <a href=\"#show\">") + tr("show") + QStringLiteral("</a>"));
    m_notice->setVisible(true);
}

} // namespace minwon
