// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QSplitter;
class QWidget;

namespace minwon {

class DeskSettings;

/// Where a person put the dividers of the window (queue, guidance, form,
/// the supervisor's board...), kept per user with the window's size.
/// Each QSplitter below `root` is known by its place in the widget tree
/// (class names and positions), so no widget needs an object name; a
/// splitter that a newer version moved simply starts at its default.
void saveSplitters(const QWidget* root, DeskSettings* settings);
void restoreSplitters(QWidget* root, const DeskSettings& settings);
/// The key of `splitter` below `root` ("CentralWidget0.QSplitter1"...).
QString splitterKey(const QWidget* root, const QSplitter* splitter);
/// The key of any `widget` below `root`: the class names and positions of
/// its ancestors (the tables' columns are kept by it too, HeaderMemory.h).
QString layoutKey(const QWidget* root, const QWidget* widget);

} // namespace minwon
