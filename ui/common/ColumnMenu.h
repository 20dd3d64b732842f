// SPDX-License-Identifier: Apache-2.0
#pragma once

class QHeaderView;
class QMenu;
class QWidget;

namespace minwon {

/// Lets a person arrange the columns of every table and tree of the window:
/// drag a column header to move the column, right-click a header for a menu
/// that hides or shows each column (never the last one shown) and puts them
/// all back as they came. HeaderMemory keeps the arrangement per user.
void offerColumnMenus(QWidget* root);

/// The menu a right click on `header` opens (for tests and the keyboard).
QMenu* columnMenu(QHeaderView* header, QWidget* parent);

} // namespace minwon
