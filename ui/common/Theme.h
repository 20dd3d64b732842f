// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QPalette;
class QWidget;

namespace minwon::theme {

/// What a colour means, never which colour it is: every widget asks here,
/// and gets a light or a dark value from the application's palette.
enum class Role
{
    Danger, ///< breach, error, overdue, returned
    Warning, ///< close to a limit, someone else is editing
    Ok, ///< connected, available
    Info, ///< on a contact, notices
    Muted, ///< secondary text, claimed elsewhere, done
    Insertion, ///< text added in a diff
    Deletion, ///< text removed in a diff
    Match, ///< a search term in a hit
};

/// The desk's choice: follow the system, or force light or dark.
enum class Mode
{
    System,
    Light,
    Dark,
};

/// True when the palette reads light on dark (Window lighter than WindowText).
bool isDark(const QPalette& palette);
/// The application's palette.
bool isDark();

/// Text in this role on the palette's Base or Window (contrast >= 4.5).
QColor text(Role role, const QPalette& palette);
QColor text(Role role);
/// A tinted background for this role and the text to put on it (contrast >= 4.5).
QColor background(Role role, const QPalette& palette);
QColor background(Role role);
QColor onBackground(Role role, const QPalette& palette);
QColor onBackground(Role role);

/// "#rrggbb", for style sheets and rich text.
QString css(const QColor& colour);

/// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);

/// "light", "dark" or "system" (empty and unknown words are System).
Mode modeFromString(const QString& word);
/// Applies the mode to the application: Fusion with a dark palette for Dark,
/// Fusion with a light palette for Light, the platform's palette for System.
void apply(Mode mode);

/// Calls restyle now and again whenever the application's palette turns
/// from light to dark or back, for widgets that put colours into style
/// sheets or rich text. The watch lives as long as the widget.
void watch(QWidget* widget, std::function<void()> restyle);

} // namespace minwon::theme
