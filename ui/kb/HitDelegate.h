// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace minwon {

/// Draws a search hit in two lines: the title with the matched parts in bold
/// and marked, and the snippet around the first match below it. The text
/// comes as HTML in Qt::DisplayRole (already escaped and highlighted).
class HitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace minwon
