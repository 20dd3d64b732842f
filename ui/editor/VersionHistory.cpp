// SPDX-License-Identifier: Apache-2.0
#include "editor/VersionHistory.h"

#include "common/Format.h"
#include "common/HeaderMemory.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "text/WordDiff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minwon {

namespace {
QString when(const QDateTime& t)
{
    return format::dateTime(t);
}

QString period(const ArticleFile& a)
{
    return format::date(a.effectiveFrom) + QStringLiteral(" ~ ") + format::date(a.effectiveUntil);
}
} // namespace

QString VersionHistory::diffHtml(const QString& older, const QString& newer)
{
    QString html;
    const QList<DiffSegment> diff = wordDiff(older, newer);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        const DiffSegment& s = diff.at(i);
        QString raw = s.text;
        if (s.op == DiffSegment::Op::Delete && i + 1 < diff.size()
            && diff.at(i + 1).op == DiffSegment::Op::Insert) {
            // The replacement follows on the same line, not after the deleted line breaks.
            while (!raw.isEmpty() && raw.back().isSpace())
                raw.chop(1);
            raw += QLatin1Char(' ');
        }
        QString text = raw.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (s.op) {
        case DiffSegment::Op::Equal:
            html += text;
            break;
        case DiffSegment::Op::Delete:
            html += QStringLiteral("<span style=\"background:%1;color:%2;text-decoration:line-through\">")
                        .arg(theme::css(theme::background(theme::Role::Deletion)),
                             theme::css(theme::onBackground(theme::Role::Deletion)))
                + text + QStringLiteral("</span>");
            break;
        case DiffSegment::Op::Insert:
            html += QStringLiteral("<span style=\"background:%1;color:%2;text-decoration:underline\">")
                        .arg(theme::css(theme::background(theme::Role::Insertion)),
                             theme::css(theme::onBackground(theme::Role::Insertion)))
                + text + QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

VersionHistory::VersionHistory(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_stats(new QLabel(this))
    , m_diff(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("versionHistory"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions of the article"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Version"), tr("Status"), tr("Written by"), tr("Written"),
                             tr("Approved or returned by"), tr("Published"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Differences between the versions"));

    auto* compareRow = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("Compare version"), this);
    fromLabel->setBuddy(m_from);
    compareRow->addWidget(fromLabel);
    compareRow->addWidget(m_from);
    auto* withLabel = new QLabel(tr("with"), this);
    withLabel->setBuddy(m_to);
    compareRow->addWidget(withLabel);
    compareRow->addWidget(m_to);
    compareRow->addWidget(m_stats, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(m_diff);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    theme::watch(this, [this] { showDiff(); });
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionHistory::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionHistory::showDiff);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit versionActivated(item->data(0, Qt::UserRole).toInt()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // Selecting a version compares it with the one before it.
        if (!item)
            return;
        const int version = item->data(0, Qt::UserRole).toInt();
        int previous = 0;
        for (const KbVersionRecord& r : m_versions)
            if (r.article.version < version && r.article.version > previous)
                previous = r.article.version;
        if (previous > 0)
            compare(previous, version);
    });
}

void VersionHistory::setVersions(const QList<KbVersionRecord>& versions)
{
    m_versions = versions;
    const QSignalBlocker blockList(m_list);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_list->clear();
    m_from->clear();
    m_to->clear();
    for (const KbVersionRecord& r : versions) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, r.article.version);
        item->setText(0, QString::number(r.article.version));
        item->setText(1, labels::kbStatus(r.status));
        item->setText(2, r.authorName);
        item->setText(3, when(r.createdAt));
        item->setText(4, !r.approverName.isEmpty() ? r.approverName : r.returnedByName);
        item->setText(5,
                      r.status == QLatin1String("approved") ? tr("on %1").arg(when(r.publishAt))
                                                            : when(r.publishedAt));
        QString note = r.article.changeNote;
        if (r.correctsVersion > 0)
            note = tr("Correction of version %1").arg(r.correctsVersion)
                + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
        if (!r.reviewNote.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral(" · "))
                + tr("returned: %1").arg(r.reviewNote);
        item->setText(6, note);
        item->setToolTip(6, note);
        if (r.status == QLatin1String("published")) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 7; ++c)
                item->setFont(c, bold);
        }
        const QString label = tr("%1 (%2)").arg(r.article.version).arg(labels::kbStatus(r.status));
        m_from->addItem(label, r.article.version);
        m_to->addItem(label, r.article.version);
    }
    if (!headerRestored(m_list->header())) {
        for (int c = 0; c < 6; ++c)
            m_list->resizeColumnToContents(c);
    }
    if (versions.size() >= 2) {
        m_to->setCurrentIndex(0);
        m_from->setCurrentIndex(1);
    }
    showDiff();
}

void VersionHistory::compare(int older, int newer)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(m_from->findData(older));
    m_to->setCurrentIndex(m_to->findData(newer));
    showDiff();
}

const KbVersionRecord* VersionHistory::find(int version) const
{
    for (const KbVersionRecord& r : m_versions)
        if (r.article.version == version)
            return &r;
    return nullptr;
}

void VersionHistory::showDiff()
{
    const KbVersionRecord* a = find(m_from->currentData().toInt());
    const KbVersionRecord* b = find(m_to->currentData().toInt());
    if (!a || !b) {
        m_stats->clear();
        m_diff->setHtml(m_versions.size() == 1 ? tr("<p>Only one version so far.</p>") : QString());
        return;
    }
    const DiffStats stats = wordDiffStats(a->article.body, b->article.body);
    m_stats->setText(tr("Body: %1 words inserted, %2 deleted").arg(stats.inserted).arg(stats.deleted));
    QString html;
    html += QStringLiteral("<h3>") + diffHtml(a->article.title, b->article.title) + QStringLiteral("</h3>");
    auto field = [&html](const QString& name, const QString& older, const QString& newer) {
        html += QStringLiteral("<p><b>") + name.toHtmlEscaped() + QStringLiteral(":</b> ")
            + (older == newer ? newer.toHtmlEscaped() : diffHtml(older, newer)) + QStringLiteral("</p>");
    };
    field(tr("Category"), a->article.category, b->article.category);
    field(tr("Tags"), a->article.tags.join(QStringLiteral(", ")), b->article.tags.join(QStringLiteral(", ")));
    field(tr("In force"), period(a->article), period(b->article));
    field(tr("Source"), a->article.source, b->article.source);
    html += QStringLiteral("<hr>") + diffHtml(a->article.body, b->article.body);
    m_diff->setHtml(html);
}

} // namespace minwon
