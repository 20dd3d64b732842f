// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

class QHeaderView;
class QWidget;

namespace minwon {

class DeskSettings;

/// How a person arranged the columns of each table and tree of the window
/// (widths, order, hidden columns, the sorting), kept per user like the
/// dividers (SplitterMemory.h) and known by the view's place in the widget
/// tree. A table whose columns a newer version changed starts at its
/// default; one whose model brings its columns later (set later, or with its
/// first rows) gets them back when they come. Only the tables on screen, or
/// once on screen since restoreHeaders(), are saved: one in a tab never
/// opened keeps what was kept before.
void saveHeaders(const QWidget* root, DeskSettings* settings);
void restoreHeaders(QWidget* root, const DeskSettings& settings);
/// True once `header` got the person's columns back: a panel that fits its
/// columns to their text then leaves them as the person set them.
bool headerRestored(const QHeaderView* header);
/// The headers saveHeaders() keeps: each table's columns and each tree's,
/// not hidden ones, nor those of another window (a popup, a dialog).
QList<QHeaderView*> arrangeableHeaders(const QWidget* root);

} // namespace minwon
