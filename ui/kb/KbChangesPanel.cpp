// SPDX-License-Identifier: Apache-2.0
#include "kb/KbChangesPanel.h"

#include "common/Format.h"
#include "common/Guard.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "services/KbEditService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

KbChangesPanel::KbChangesPanel(KbEditService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel(this))
    , m_toggle(new QPushButton(tr("Sho&w"), this))
    , m_confirm(new QPushButton(tr("Conf&irm read"), this))
    , m_list(new QListWidget(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kbChangesPanel"));
    m_list->setObjectName(QStringLiteral("kbChanges"));
    m_toggle->setCheckable(true);
    m_list->setVisible(false);
    m_list->setMaximumHeight(160);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_confirm->setToolTip(tr("Records that you have read the selected changes (all when none is selected)."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_toggle);
    row->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, &KbChangesPanel::reload);
    connect(m_service, &KbEditService::articleChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_toggle, &QPushButton::toggled, m_list, &QWidget::setVisible);
    connect(m_confirm, &QPushButton::clicked, this, &KbChangesPanel::confirm);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int at = m_list->row(item);
        if (at >= 0 && at < m_changes.size())
            emit articleRequested(m_changes.at(at).articleId, m_changes.at(at).title);
    });
    showChanges({});
}

void KbChangesPanel::reload()
{
    m_service->loadMyChanges(guard(this, [this](const QList<KbChange>& changes, const QString& error) {
        if (error.isEmpty())
            showChanges(changes);
    }));
}

void KbChangesPanel::showChanges(const QList<KbChange>& changes)
{
    m_changes = changes;
    m_list->clear();
    for (const KbChange& c : changes) {
        QString text = format::shortDateTime(c.changedAt) + QStringLiteral("  ") + c.title;
        if (c.isCorrection)
            text += QStringLiteral("  ") + tr("[correction]");
        else if (c.status == QLatin1String("expired"))
            text += QStringLiteral("  ") + tr("[expired]");
        if (!c.changeNote.isEmpty())
            text += QStringLiteral(" — ") + c.changeNote;
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
        if (c.isCorrection)
            item->setForeground(theme::text(theme::Role::Danger));
    }
    const int count = int(changes.size());
    m_summary->setText(
        count == 0
            ? tr("No guidance changed since you last confirmed.")
            : tr("<b>%n guidance change(s) since your last shift</b> to read and confirm.", nullptr, count));
    m_toggle->setEnabled(count > 0);
    m_confirm->setEnabled(count > 0);
    if (count == 0)
        m_toggle->setChecked(false);
}

void KbChangesPanel::confirm()
{
    QList<std::pair<QString, int>> versions;
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    for (int i = 0; i < m_changes.size(); ++i)
        if (selected.isEmpty() || selected.contains(m_list->item(i)))
            versions.append({m_changes.at(i).articleId, m_changes.at(i).version});
    if (versions.isEmpty())
        return;
    m_confirm->setEnabled(false);
    const int count = int(versions.size());
    m_service->acknowledge(versions, guard(this, [this, count](const QString& error) {
                               if (!error.isEmpty()) {
                                   m_confirm->setEnabled(true);
                                   emit message(error);
                                   return;
                               }
                               emit message(tr("%n change(s) confirmed as read.", nullptr, count));
                               reload();
                           }));
}

} // namespace minwon
