// SPDX-License-Identifier: Apache-2.0
#include "common/ColumnMenu.h"

#include "common/HeaderMemory.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace minwon {

namespace {

struct ColumnMenuTr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMenu)
};

int visibleSections(const QHeaderView* header)
{
    return header->count() - header->hiddenSectionCount();
}

void resetColumns(QHeaderView* header)
{
    for (int logical = 0; logical < header->count(); ++logical) {
        header->setSectionHidden(logical, false);
        const int visual = header->visualIndex(logical);
        if (visual != logical)
            header->moveSection(visual, logical);
    }
}

} // namespace

QMenu* columnMenu(QHeaderView* header, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QAbstractItemModel* model = header->model();
    if (model == nullptr)
        return menu;
    // In the order the columns stand.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString name = model->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
        if (name.isEmpty())
            continue;
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last column shown stays: a table without columns cannot be
        // right-clicked back.
        action->setEnabled(header->isSectionHidden(logical) || visibleSections(header) > 1);
        QObject::connect(action, &QAction::toggled, header, [header, logical](bool shown) {
            if (shown || visibleSections(header) > 1)
                header->setSectionHidden(logical, !shown);
        });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(ColumnMenuTr::tr("Show all columns in their first order"));
    QObject::connect(reset, &QAction::triggered, header, [header] { resetColumns(header); });
    return menu;
}

void offerColumnMenus(QWidget* root)
{
    for (QHeaderView* header : arrangeableHeaders(root)) {
        header->setSectionsMovable(true);
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        QObject::connect(header, &QHeaderView::customContextMenuRequested, header,
                         [header](const QPoint& at) {
                             columnMenu(header, header)->popup(header->viewport()->mapToGlobal(at));
                         });
    }
}

} // namespace minwon
