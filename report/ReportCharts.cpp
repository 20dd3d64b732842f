// SPDX-License-Identifier: Apache-2.0
#include "ReportCharts.h"

#include "reports/ReportFormat.h"
#include "reports/ReportTexts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace minwon::reportcharts {

using reporttexts::Text;

namespace {

const QColor kAnswered(0x2f, 0x6f, 0xb0);
const QColor kAbandoned(0xe0, 0x7b, 0x39);
const QColor kOther(0xb9, 0xc2, 0xcc);
const QColor kLine(0x2e, 0x8b, 0x57);
const QColor kBelowTarget(0xd9, 0x53, 0x4f);
const QColor kAxis(0x8a, 0x94, 0xa3);
const QColor kText(0x33, 0x3a, 0x44);
const QColor kGrid(0xe6, 0xea, 0xef);

QFont chartFont(const QStringList& families, double points, bool bold = false)
{
    return font(families, points, bold);
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

// Counts on the axis: four equal steps of a whole, round number.
double niceMaximum(double value)
{
    return 4 * std::max(1.0, niceCeiling(value / 4));
}

struct Plot
{
    QRectF area; ///< where the bars go
    double maxLeft = 1;
};

// Left axis with counts, optional right axis 0–100 %, grid lines, legend on top.
Plot frame(QPainter& p, const QRectF& rect, double maxCount, bool percentAxis, const QStringList& fonts,
           const QList<std::pair<QColor, QString>>& legend)
{
    p.setFont(chartFont(fonts, 7));
    const QFontMetricsF fm(p.font(), p.device());
    const double legendH = fm.height() * 1.8;
    const double left = fm.horizontalAdvance(QLocale().toString(qint64(niceMaximum(maxCount)))) + fm.height();
    const double right
        = percentAxis ? fm.horizontalAdvance(QStringLiteral("100 %")) + fm.height() : fm.height();
    const double bottom = fm.height() * 2.0;
    Plot plot;
    plot.area = QRectF(rect.left() + left, rect.top() + legendH, rect.width() - left - right,
                       rect.height() - legendH - bottom);
    plot.maxLeft = niceMaximum(maxCount);

    // Legend.
    double x = plot.area.left();
    const double box = fm.height() * 0.7;
    for (const auto& [color, label] : legend) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(x, rect.top() + (legendH - box) / 2 - fm.height() * 0.2, box, box));
        p.setPen(kText);
        const QRectF textRect(x + box * 1.5, rect.top(), fm.horizontalAdvance(label) + box,
                              legendH - fm.height() * 0.4);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        x = textRect.right() + box * 2;
    }

    // Grid and axes.
    const int steps = 4;
    for (int i = 0; i <= steps; ++i) {
        const double y = plot.area.bottom() - plot.area.height() * i / steps;
        p.setPen(QPen(i == 0 ? kAxis : kGrid, 0));
        p.drawLine(QPointF(plot.area.left(), y), QPointF(plot.area.right(), y));
        p.setPen(kText);
        const QString value = QLocale().toString(qint64(std::lround(plot.maxLeft * i / steps)));
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, left - fm.height() * 0.4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, value);
        if (percentAxis)
            p.drawText(QRectF(plot.area.right() + fm.height() * 0.4, y - fm.height() / 2, right, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(100 * i / steps));
    }
    return plot;
}

void drawLine(QPainter& p, const Plot& plot, const QList<std::optional<double>>& values)
{
    const int n = int(values.size());
    if (n == 0)
        return;
    const double slot = plot.area.width() / n;
    QPainterPath path;
    bool open = false;
    QList<QPointF> dots;
    for (int i = 0; i < n; ++i) {
        if (!values.at(i)) {
            open = false;
            continue;
        }
        const QPointF point(plot.area.left() + slot * (i + 0.5),
                            plot.area.bottom() - plot.area.height() * *values.at(i));
        if (open)
            path.lineTo(point);
        else
            path.moveTo(point);
        open = true;
        dots << point;
    }
    p.setPen(QPen(kLine, plot.area.height() / 120.0));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(kLine);
    const double r = plot.area.height() / 90.0;
    for (const QPointF& d : dots)
        p.drawEllipse(d, r, r);
}

} // namespace

QFont font(const QStringList& families, double points, bool bold)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void drawHourly(QPainter& p, const QRectF& rect, const QList<FigureRow>& hours, const QStringList& fonts)
{
    qint64 peak = 0;
    for (const FigureRow& h : hours)
        peak = std::max(peak, h.m.contacts);
    const Plot plot = frame(p, rect, double(peak), true, fonts,
                            {{kAnswered, reporttexts::text(Text::Answered)},
                             {kAbandoned, reporttexts::text(Text::Abandoned)},
                             {kOther, reporttexts::text(Text::Other)},
                             {kLine, reporttexts::text(Text::ServiceLevel)}});
    const int n = int(hours.size());
    if (n == 0)
        return;
    const double slot = plot.area.width() / n;
    const double barW = slot * 0.7;
    QList<std::optional<double>> service;
    const QFontMetricsF fm(p.font(), p.device());
    for (int i = 0; i < n; ++i) {
        const FigureMeasures& m = hours.at(i).m;
        const double x = plot.area.left() + slot * i + (slot - barW) / 2;
        double y = plot.area.bottom();
        const qint64 other = std::max<qint64>(0, m.contacts - m.answered - m.abandoned);
        for (const auto& [count, color] : {std::pair {m.answered, kAnswered},
                                           std::pair {m.abandoned, kAbandoned}, std::pair {other, kOther}}) {
            const double h = plot.area.height() * double(count) / plot.maxLeft;
            if (h <= 0)
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(QRectF(x, y - h, barW, h));
            y -= h;
        }
        service << m.serviceLevel();
        if (i % 2 == 0) {
            p.setPen(kText);
            p.drawText(QRectF(plot.area.left() + slot * i - slot, plot.area.bottom() + fm.height() * 0.2,
                              slot * 3, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, QString::number(hours.at(i).key.toInt()));
        }
    }
    drawLine(p, plot, service);
}

void drawServiceLevel(QPainter& p, const QRectF& rect, const QList<FigureRow>& channels,
                      const QStringList& fonts)
{
    p.setFont(chartFont(fonts, 7));
    const QFontMetricsF fm(p.font(), p.device());
    const double legendH = fm.height() * 1.8;
    const double left = fm.horizontalAdvance(QStringLiteral("100 %")) + fm.height();
    const QRectF area(rect.left() + left, rect.top() + legendH, rect.width() - left - fm.height(),
                      rect.height() - legendH - fm.height() * 2.6);
    // Legend.
    const double box = fm.height() * 0.7;
    double x = area.left();
    for (const auto& [color, label] : {std::pair {kAnswered, reporttexts::text(Text::ServiceLevel)},
                                       std::pair {kBelowTarget, reporttexts::text(Text::Target)}}) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (color == kBelowTarget)
            p.drawRect(
                QRectF(x, rect.top() + legendH / 2 - fm.height() * 0.2 - box * 0.1, box * 1.6, box * 0.25));
        else
            p.drawRect(QRectF(x, rect.top() + (legendH - box) / 2 - fm.height() * 0.2, box, box));
        p.setPen(kText);
        const QRectF textRect(x + box * 2, rect.top(), fm.horizontalAdvance(label) + box,
                              legendH - fm.height() * 0.4);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        x = textRect.right() + box * 2;
    }
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - area.height() * i / 4;
        p.setPen(QPen(i == 0 ? kAxis : kGrid, 0));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, left - fm.height() * 0.4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(25 * i));
    }
    const int n = int(channels.size());
    if (n == 0)
        return;
    const double slot = area.width() / n;
    const double barW = slot * 0.55;
    for (int i = 0; i < n; ++i) {
        const FigureRow& c = channels.at(i);
        const double cx = area.left() + slot * (i + 0.5);
        const std::optional<double> sl = c.m.serviceLevel();
        const double target = c.targetPct / 100.0;
        if (sl) {
            const double h = area.height() * *sl;
            p.setPen(Qt::NoPen);
            p.setBrush(*sl + 1e-9 >= target ? kAnswered : kBelowTarget.lighter(130));
            p.drawRect(QRectF(cx - barW / 2, area.bottom() - h, barW, h));
        }
        p.setPen(kText);
        p.drawText(QRectF(cx - slot / 2, area.bottom() - area.height() * sl.value_or(0) - fm.height() * 1.1,
                          slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignBottom, reportformat::percent(sl));
        if (target > 0) {
            const double ty = area.bottom() - area.height() * target;
            p.setPen(QPen(kBelowTarget, area.height() / 110.0));
            p.drawLine(QPointF(cx - slot * 0.42, ty), QPointF(cx + slot * 0.42, ty));
        }
        p.setPen(kText);
        const QString name = fm.elidedText(c.label, Qt::ElideRight, slot * 0.98);
        p.drawText(QRectF(cx - slot / 2, area.bottom() + fm.height() * 0.2, slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, name);
        p.setPen(kAxis);
        p.drawText(QRectF(cx - slot / 2, area.bottom() + fm.height() * 1.25, slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, reportformat::threshold(c.thresholdSeconds));
    }
}

void drawCategories(QPainter& p, const QRectF& rect, const QList<FigureRow>& categories,
                    const QStringList& fonts)
{
    QList<FigureRow> rows = categories;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FigureRow& a, const FigureRow& b) { return a.m.contacts > b.m.contacts; });
    if (rows.size() > 12)
        rows.resize(12);
    p.setFont(chartFont(fonts, 7.5));
    const QFontMetricsF fm(p.font(), p.device());
    double labelW = 0;
    for (const FigureRow& r : rows)
        labelW = std::max(labelW, fm.horizontalAdvance(r.label));
    labelW = std::min(labelW + fm.height(), rect.width() * 0.35);
    qint64 peak = 1;
    for (const FigureRow& r : rows)
        peak = std::max(peak, r.m.contacts);
    const double valueW = fm.horizontalAdvance(QLocale().toString(peak)) + fm.height();
    const double rowH = rows.isEmpty() ? 0 : std::min(rect.height() / double(rows.size()), fm.height() * 1.9);
    for (int i = 0; i < rows.size(); ++i) {
        const FigureRow& r = rows.at(i);
        const double y = rect.top() + rowH * i;
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), y, labelW - fm.height() * 0.5, rowH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideRight, labelW - fm.height() * 0.5));
        const double w = (rect.width() - labelW - valueW) * double(r.m.contacts) / double(peak);
        p.setPen(Qt::NoPen);
        p.setBrush(kAnswered);
        p.drawRect(QRectF(rect.left() + labelW, y + rowH * 0.18, w, rowH * 0.64));
        p.setPen(kText);
        p.drawText(QRectF(rect.left() + labelW + w + fm.height() * 0.3, y, valueW, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(r.m.contacts));
    }
}

void drawDaily(QPainter& p, const QRectF& rect, const QList<FigureRow>& days, const QStringList& fonts)
{
    qint64 peak = 0;
    for (const FigureRow& d : days)
        peak = std::max(peak, d.m.contacts);
    const Plot plot = frame(p, rect, double(peak), true, fonts,
                            {{kAnswered, reporttexts::text(Text::Answered)},
                             {kAbandoned, reporttexts::text(Text::Abandoned)},
                             {kLine, reporttexts::text(Text::ServiceLevel)}});
    const int n = int(days.size());
    if (n == 0)
        return;
    const double slot = plot.area.width() / n;
    const double barW = slot * 0.7;
    const QFontMetricsF fm(p.font(), p.device());
    const int every = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("00-00 ")) / slot)));
    QList<std::optional<double>> service;
    for (int i = 0; i < n; ++i) {
        const FigureMeasures& m = days.at(i).m;
        const double x = plot.area.left() + slot * i + (slot - barW) / 2;
        const double ha = plot.area.height() * double(m.answered) / plot.maxLeft;
        const double hb = plot.area.height() * double(m.abandoned) / plot.maxLeft;
        p.setPen(Qt::NoPen);
        p.setBrush(kAnswered);
        p.drawRect(QRectF(x, plot.area.bottom() - ha, barW, ha));
        p.setBrush(kAbandoned);
        p.drawRect(QRectF(x, plot.area.bottom() - ha - hb, barW, hb));
        service << m.serviceLevel();
        if (i % every == 0) {
            p.setPen(kText);
            p.drawText(QRectF(plot.area.left() + slot * i - slot * every,
                              plot.area.bottom() + fm.height() * 0.2, slot * (2 * every + 1), fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, days.at(i).key.mid(5));
        }
    }
    drawLine(p, plot, service);
}

} // namespace minwon::reportcharts
