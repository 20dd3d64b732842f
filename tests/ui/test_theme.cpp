// SPDX-License-Identifier: Apache-2.0
// The semantic colours: readable on the palette they are used with, light
// or dark, and widgets that cache them follow a change of palette.
#include "common/Theme.h"
#include "support/CatchQt.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

using namespace minwon;

namespace {

const theme::Role kRoles[]
    = {theme::Role::Danger, theme::Role::Warning,   theme::Role::Ok,       theme::Role::Info,
       theme::Role::Muted,  theme::Role::Insertion, theme::Role::Deletion, theme::Role::Match};

/// Puts the application palette back as it was, style included.
struct RestorePalette
{
    QPalette previous = QApplication::palette();
    ~RestorePalette()
    {
        theme::apply(theme::Mode::System);
        QApplication::setPalette(previous);
    }
};

} // namespace

TEST_CASE("WCAG contrast is computed as the standard says", "[ui][theme]")
{
    CHECK(theme::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(theme::contrast(Qt::white, Qt::white) == Approx(1.0));
    // #767676 on white is the classic just-AA grey.
    CHECK(theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));
}

TEST_CASE("Semantic colours stay readable under a dark and a light palette", "[ui][theme]")
{
    RestorePalette restore;
    for (const theme::Mode mode : {theme::Mode::Dark, theme::Mode::Light}) {
        theme::apply(mode);
        const QPalette p = QApplication::palette();
        const bool dark = mode == theme::Mode::Dark;
        INFO((dark ? "dark" : "light"));
        REQUIRE(theme::isDark() == dark);
        for (const theme::Role role : kRoles) {
            INFO("role " << int(role));
            const QColor text = theme::text(role);
            CHECK(theme::contrast(text, p.color(QPalette::Base)) >= 4.5);
            CHECK(theme::contrast(text, p.color(QPalette::Window)) >= 4.5);
            CHECK(theme::contrast(theme::onBackground(role), theme::background(role)) >= 4.5);
            // The fill is still a fill: it stands apart from the page a little.
            CHECK(theme::contrast(theme::background(role), p.color(QPalette::Base)) > 1.05);
        }
    }
    // The same role is a different colour in each: the dark values are not the light ones.
    theme::apply(theme::Mode::Dark);
    const QColor darkDanger = theme::text(theme::Role::Danger);
    theme::apply(theme::Mode::Light);
    CHECK(theme::text(theme::Role::Danger) != darkDanger);
}

TEST_CASE("A watched widget restyles when the palette turns dark and back", "[ui][theme]")
{
    RestorePalette restore;
    theme::apply(theme::Mode::Light);
    QLabel label;
    int restyled = 0;
    theme::watch(&label, [&] {
        ++restyled;
        label.setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::text(theme::Role::Danger))));
    });
    CHECK(restyled == 1);
    const QString light = label.styleSheet();
    theme::apply(theme::Mode::Dark);
    QApplication::processEvents();
    CHECK(restyled == 2);
    CHECK(label.styleSheet() != light);
    // Another dark palette is not a change of theme.
    QPalette darker = QApplication::palette();
    darker.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    QApplication::setPalette(darker);
    QApplication::processEvents();
    CHECK(restyled == 2);
    theme::apply(theme::Mode::Light);
    QApplication::processEvents();
    CHECK(restyled == 3);
    CHECK(label.styleSheet() == light);
}

TEST_CASE("The theme word of the command line and the settings", "[ui][theme]")
{
    CHECK(theme::modeFromString(QStringLiteral("dark")) == theme::Mode::Dark);
    CHECK(theme::modeFromString(QStringLiteral("Light")) == theme::Mode::Light);
    CHECK(theme::modeFromString(QStringLiteral("system")) == theme::Mode::System);
    CHECK(theme::modeFromString(QString()) == theme::Mode::System);
}
