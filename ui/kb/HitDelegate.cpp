// SPDX-License-Identifier: Apache-2.0
#include "kb/HitDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace minwon {

namespace {
void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(3);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
    doc.setHtml(index.data(Qt::DisplayRole).toString());
}
} // namespace

void HitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument doc;
    prepare(doc, option, index);
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace minwon
