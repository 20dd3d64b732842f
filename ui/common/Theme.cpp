// SPDX-License-Identifier: Apache-2.0
#include "common/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

namespace minwon::theme {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

struct Entry
{
    Pair text; ///< on Base/Window
    Pair background; ///< tinted fill
    Pair onBackground; ///< text on the fill
};

// Light values: dark saturated text on white, pale fills. Dark values: light
// text on a dark grey base, deep fills. Each pair keeps WCAG AA (4.5:1).
Entry entry(Role role)
{
    switch (role) {
    case Role::Danger:
        return {{0xb00020, 0xff8a8a}, {0xfbd3d7, 0x5c1a20}, {0x6e0014, 0xffe0e0}};
    case Role::Warning:
        return {{0x8a5a00, 0xf2c064}, {0xfff0b8, 0x4d3a0a}, {0x5c3d00, 0xffedc0}};
    case Role::Ok:
        return {{0x176e36, 0x7fd99a}, {0xdcf2e3, 0x1a4228}, {0x0e4a22, 0xd2f5dc}};
    case Role::Info:
        return {{0x1f5fa8, 0x8fbcff}, {0xe3f0ff, 0x1b3252}, {0x123e70, 0xdbe9ff}};
    case Role::Muted:
        return {{0x5c5c5c, 0xa8a8a8}, {0xececec, 0x3a3a3a}, {0x404040, 0xd0d0d0}};
    case Role::Insertion:
        return {{0x116329, 0x8fe3a4}, {0xccffd8, 0x1f4a2b}, {0x055d20, 0xc6f7d2}};
    case Role::Deletion:
        return {{0x82071e, 0xffa8a8}, {0xffd7d5, 0x5a1e22}, {0x82071e, 0xffd0cc}};
    case Role::Match:
        return {{0x6b4e00, 0xffdf70}, {0xffe27a, 0x6b5800}, {0x000000, 0xfff6c8}};
    }
    return {{0x000000, 0xffffff}, {0xffffff, 0x000000}, {0x000000, 0xffffff}};
}

QColor pick(const Pair& pair, const QPalette& palette)
{
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8f, 0xbc, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// Re-runs a widget's restyle when light turns to dark or back.
class Watcher : public QObject
{
public:
    Watcher(QWidget* widget, std::function<void()> restyle)
        : QObject(widget)
        , m_restyle(std::move(restyle))
        , m_dark(isDark())
    {
        widget->installEventFilter(this);
        m_restyle();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const auto type = event->type();
        if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && !m_busy
            && isDark() != m_dark) {
            m_dark = isDark();
            m_busy = true;
            m_restyle();
            m_busy = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_restyle;
    bool m_dark;
    bool m_busy = false;
};

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor text(Role role, const QPalette& palette)
{
    return pick(entry(role).text, palette);
}

QColor text(Role role)
{
    return text(role, QGuiApplication::palette());
}

QColor background(Role role, const QPalette& palette)
{
    return pick(entry(role).background, palette);
}

QColor background(Role role)
{
    return background(role, QGuiApplication::palette());
}

QColor onBackground(Role role, const QPalette& palette)
{
    return pick(entry(role).onBackground, palette);
}

QColor onBackground(Role role)
{
    return onBackground(role, QGuiApplication::palette());
}

QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Mode modeFromString(const QString& word)
{
    if (word.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    if (word.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Mode::Light;
    return Mode::System;
}

void apply(Mode mode)
{
    // The platform's style, to go back to when the person chooses System again.
    static const QString systemStyle = QApplication::style()->name();
    static bool forced = false;
    if (mode == Mode::System) {
        if (!forced)
            return; // the platform's style and palette already follow the system
        if (QStyle* style = QStyleFactory::create(systemStyle))
            QApplication::setStyle(style);
        // An empty palette resolves to the style's and the platform's colours.
        QApplication::setPalette(QPalette());
        forced = false;
        return;
    }
    forced = true;
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

void watch(QWidget* widget, std::function<void()> restyle)
{
    new Watcher(widget, std::move(restyle));
}

} // namespace minwon::theme
