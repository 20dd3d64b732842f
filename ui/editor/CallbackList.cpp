// SPDX-License-Identifier: Apache-2.0
#include "editor/CallbackList.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minwon {

CallbackList::CallbackList(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("callbackList"));
    m_list->setObjectName(QStringLiteral("callbacks"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Answered"), tr("Citizen"), tr("Phone"), tr("Channel"), tr("Counselor"),
                             tr("Article"), tr("Wrong version"), tr("Correction")});
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    setCallbacks({});
}

void CallbackList::setCallbacks(const QList<KbCallback>& callbacks)
{
    m_list->clear();
    for (const KbCallback& c : callbacks) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, c.openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, c.citizenName);
        item->setText(2, c.phone.isEmpty() ? c.sender : c.phone);
        item->setText(3, c.channel);
        item->setText(4, c.counselorName);
        item->setText(5, c.title);
        item->setText(6, QString::number(c.wrongVersion));
        item->setText(7, QString::number(c.correctionVersion));
        item->setData(0, Qt::UserRole, c.caseId.toString(QUuid::WithoutBraces));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    const int count = int(callbacks.size());
    m_summary->setText(count == 0
                           ? tr("No citizen was answered with a corrected version.")
                           : tr("<b>%n citizen(s) were answered with a version that was later corrected.</b> "
                                "Call them back with the corrected guidance.",
                                nullptr, count));
}

} // namespace minwon
