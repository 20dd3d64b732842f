// SPDX-License-Identifier: Apache-2.0
#include "common/SplitterMemory.h"

#include "settings/DeskSettings.h"

#include <QSplitter>
#include <QStringList>

namespace minwon {

namespace {

QString className(const QWidget* widget)
{
    return QString::fromLatin1(widget->metaObject()->className()).section(QStringLiteral("::"), -1);
}

} // namespace

QString splitterKey(const QWidget* root, const QSplitter* splitter)
{
    return layoutKey(root, splitter);
}

QString layoutKey(const QWidget* root, const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget()) {
        const QWidget* parent = w->parentWidget();
        int index = 0;
        if (parent) {
            const QString name = className(w);
            const auto siblings = parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
            for (const QWidget* sibling : siblings) {
                if (sibling == w)
                    break;
                if (className(sibling) == name)
                    ++index;
            }
        }
        path.prepend(className(w) + QString::number(index));
    }
    return path.join(QLatin1Char('.'));
}

void saveSplitters(const QWidget* root, DeskSettings* settings)
{
    const auto splitters = root->findChildren<QSplitter*>();
    for (const QSplitter* splitter : splitters) {
        // One never shown (a tab not opened) has no sizes yet: keep what was saved before.
        if (splitter->isVisible())
            settings->setSplitterState(splitterKey(root, splitter), splitter->saveState());
    }
}

void restoreSplitters(QWidget* root, const DeskSettings& settings)
{
    const auto splitters = root->findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters) {
        const QByteArray state = settings.splitterState(splitterKey(root, splitter));
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace minwon
