// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"

#include <QStringList>

class QFont;
class QPainter;
class QRectF;

namespace minwon::reportcharts {

/// Charts of the printed report, drawn with QPainter on any paint device
/// (the PDF at 300 dpi); sizes are relative to the rectangle given.

/// The report's font: text is set without OpenType shaping (no ligatures, no
/// contextual digit forms), which keeps the PDF's text extractable and
/// searchable; Hangul syllables are precomposed and need none.
QFont font(const QStringList& families, double points, bool bold = false);

/// Stacked bars per hour (answered, abandoned, not yet answered) with the
/// service level as a line on a 0–100 % axis at the right.
void drawHourly(QPainter& p, const QRectF& rect, const QList<FigureRow>& hours, const QStringList& fonts);
/// A bar per channel for its service level, with its target marked.
void drawServiceLevel(QPainter& p, const QRectF& rect, const QList<FigureRow>& channels,
                      const QStringList& fonts);
/// Horizontal bars of contacts per category, the largest first.
void drawCategories(QPainter& p, const QRectF& rect, const QList<FigureRow>& categories,
                    const QStringList& fonts);
/// Bars of contacts per day with the service level as a line.
void drawDaily(QPainter& p, const QRectF& rect, const QList<FigureRow>& days, const QStringList& fonts);

} // namespace minwon::reportcharts
