// SPDX-License-Identifier: Apache-2.0
#include "editor/CallbackList.h"

#include "common/Format.h"
#include "common/HeaderMemory.h"
#include "common/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minwon {

CallbackList::CallbackList(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_called(new QPushButton(tr("Mark as &called back"), this))
{
    setObjectName(QStringLiteral("callbackList"));
    m_list->setObjectName(QStringLiteral("callbacks"));
    m_list->setAccessibleName(tr("Citizens to call back"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Answered"), tr("Citizen"), tr("Phone"), tr("Channel"), tr("Counselor"),
                             tr("Article"), tr("Wrong version"), tr("Correction"), tr("Called back")});
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_summary->setWordWrap(true);
    m_called->setObjectName(QStringLiteral("calledBackButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_called);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CallbackList::updateButton);
    connect(m_called, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem* item : m_list->selectedItems()) {
            const int at = m_list->indexOfTopLevelItem(item);
            if (at >= 0 && at < m_callbacks.size() && !m_callbacks.at(at).calledAt.isValid())
                emit calledBack(m_callbacks.at(at).caseId, m_callbacks.at(at).articleId,
                                m_callbacks.at(at).correctionVersion);
        }
    });
    setCallbacks({});
}

void CallbackList::updateButton()
{
    bool open = false;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        const int at = m_list->indexOfTopLevelItem(item);
        if (at >= 0 && at < m_callbacks.size() && !m_callbacks.at(at).calledAt.isValid())
            open = true;
    }
    m_called->setEnabled(open);
}

void CallbackList::setCallbacks(const QList<KbCallback>& callbacks)
{
    m_callbacks = callbacks;
    m_list->clear();
    int waiting = 0;
    for (const KbCallback& c : callbacks) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, format::dateTime(c.openedAt));
        item->setText(1, c.citizenName);
        item->setText(2, c.phone.isEmpty() ? c.sender : c.phone);
        item->setText(3, c.channel);
        item->setText(4, c.counselorName);
        item->setText(5, c.title);
        item->setText(6, QString::number(c.wrongVersion));
        item->setText(7, QString::number(c.correctionVersion));
        item->setData(0, Qt::UserRole, c.caseId.toString(QUuid::WithoutBraces));
        if (c.calledAt.isValid()) {
            item->setText(8, format::shortDateTime(c.calledAt) + QLatin1Char(' ') + c.calledByName);
            for (int col = 0; col < 9; ++col)
                item->setForeground(col, theme::text(theme::Role::Muted));
        } else {
            ++waiting;
        }
    }
    if (!headerRestored(m_list->header())) {
        for (int c = 0; c < m_list->columnCount(); ++c)
            m_list->resizeColumnToContents(c);
    }
    m_summary->setText(waiting == 0
                           ? tr("No citizen answered with a corrected version is waiting for a call-back.")
                           : tr("<b>%n citizen(s) were answered with a version that was later corrected.</b> "
                                "Call them back with the corrected guidance.",
                                nullptr, waiting));
    updateButton();
}

} // namespace minwon
