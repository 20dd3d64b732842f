// SPDX-License-Identifier: Apache-2.0
#include "common/HeaderMemory.h"

#include "common/SplitterMemory.h"
#include "settings/DeskSettings.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace minwon {

namespace {

constexpr char RestoredProperty[] = "minwonHeaderRestored";
constexpr char ShownProperty[] = "minwonHeaderShown";

// Notes the headers that were on screen once: a table in a tab the person
// left before closing is kept too, one in a tab never opened is not.
class ShownWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            watched->setProperty(ShownProperty, true);
        return false;
    }
};

struct Arranged
{
    QAbstractItemView* view;
    QHeaderView* header;
};

// The header a person arranges: a table's columns, a tree's. Not a hidden
// one (a calendar's), nor one of a window of its own (a popup, a dialog).
QList<Arranged> headersBelow(const QWidget* root)
{
    QList<Arranged> found;
    const auto views = root->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        QHeaderView* header = nullptr;
        if (auto* table = qobject_cast<QTableView*>(view))
            header = table->horizontalHeader();
        else if (auto* tree = qobject_cast<QTreeView*>(view))
            header = tree->header();
        if (header && !header->isHidden() && view->window() == root->window())
            found.append({view, header});
    }
    return found;
}

// Kept with the number of columns it was saved for: Qt's state of another
// number of columns would misplace them.
QByteArray pack(const QHeaderView* header)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << qint32(header->count()) << header->saveState();
    return data;
}

bool unpack(const QByteArray& data, int* columns, QByteArray* state)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_0);
    qint32 count = 0;
    in >> count >> *state;
    *columns = count;
    return in.status() == QDataStream::Ok && count > 0 && !state->isEmpty();
}

void apply(QHeaderView* header, int columns, const QByteArray& state)
{
    if (header->count() == columns && header->restoreState(state))
        header->setProperty(RestoredProperty, true);
}

void restoreWhenReady(QHeaderView* header, int columns, const QByteArray& state)
{
    if (header->count() == columns) {
        apply(header, columns, state);
        return;
    }
    // The columns come later: once as many as were kept are there, after
    // the panel has fitted them to its first rows.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        header, &QHeaderView::sectionCountChanged, header,
        [header, columns, state, connection](int, int count) {
            if (count != columns)
                return;
            QObject::disconnect(*connection);
            QTimer::singleShot(0, header, [header, columns, state] { apply(header, columns, state); });
        });
}

} // namespace

void saveHeaders(const QWidget* root, DeskSettings* settings)
{
    for (const auto& [view, header] : headersBelow(root)) {
        // One never shown (a tab not opened), or without columns yet (its rows
        // never came): keep what was kept before.
        const bool seen = view->isVisible() || header->property(ShownProperty).toBool();
        if (seen && header->count() > 0)
            settings->setHeaderState(layoutKey(root, view), pack(header));
    }
}

void restoreHeaders(QWidget* root, const DeskSettings& settings)
{
    auto* watcher = new ShownWatcher(root);
    for (const auto& [view, header] : headersBelow(root)) {
        header->installEventFilter(watcher);
        int columns = 0;
        QByteArray state;
        if (unpack(settings.headerState(layoutKey(root, view)), &columns, &state))
            restoreWhenReady(header, columns, state);
    }
}

bool headerRestored(const QHeaderView* header)
{
    return header->property(RestoredProperty).toBool();
}

QList<QHeaderView*> arrangeableHeaders(const QWidget* root)
{
    QList<QHeaderView*> headers;
    for (const auto& [view, header] : headersBelow(root))
        headers.append(header);
    return headers;
}

} // namespace minwon
