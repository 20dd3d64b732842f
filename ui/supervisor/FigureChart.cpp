// SPDX-License-Identifier: Apache-2.0
#include "supervisor/FigureChart.h"

#include "common/Theme.h"
#include "reports/ReportTexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace minwon {

using reporttexts::Text;

namespace {

// Series colours; on a dark chart the deep ones lighter and the pale ones deeper.
QColor seriesColour(QRgb light)
{
    const QColor c = QColor::fromRgb(light);
    if (!theme::isDark())
        return c;
    return c.lightness() < 128 ? c.lighter(135) : c.darker(135);
}
constexpr QRgb kAnswered = 0x2f6fb0;
constexpr QRgb kAbandoned = 0xe07b39;
constexpr QRgb kOther = 0xb9c2cc;
constexpr QRgb kLine = 0x2e8b57;
constexpr QRgb kTarget = 0xd9534f;

QBarSet* barSet(const QString& name, const QColor& color)
{
    auto* set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

QValueAxis* countAxis(qint64 peak)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, double(std::max<qint64>(peak, 4)));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

QValueAxis* percentAxis()
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%d %%"));
    return axis;
}

} // namespace

FigureChart::FigureChart(FigureDimension dimension, QWidget* parent)
    : QChartView(parent)
    , m_dimension(dimension)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    setMinimumSize(280, 220);
    theme::watch(this, [this] {
        chart()->setTheme(theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart()->setBackgroundRoundness(0);
        if (!m_rows.isEmpty())
            setRows(m_rows);
    });
}

void FigureChart::setRows(const QList<FigureRow>& rows)
{
    m_rows = rows;
    QChart* c = chart();
    c->removeAllSeries();
    c->legend()->setVisible(true);
    const QList<QAbstractAxis*> axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    build(rows);
    // Small labels: 24 hours or 31 days fit under the bars without being cut.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QAbstractAxis* axis : c->axes())
        axis->setLabelsFont(small);
    c->legend()->setFont(small);
}

void FigureChart::build(const QList<FigureRow>& rows)
{
    switch (m_dimension) {
    case FigureDimension::Hour:
    case FigureDimension::Day:
        buildTimeline(rows);
        break;
    case FigureDimension::Channel:
        buildServiceLevel(rows);
        break;
    case FigureDimension::Category:
    case FigureDimension::Counselor:
        buildRanking(rows);
        break;
    case FigureDimension::Room:
        buildRooms(rows);
        break;
    }
}

void FigureChart::buildTimeline(const QList<FigureRow>& rows)
{
    QChart* c = chart();
    auto* series = new QStackedBarSeries;
    QBarSet* answered = barSet(reporttexts::text(Text::Answered), seriesColour(kAnswered));
    QBarSet* abandoned = barSet(reporttexts::text(Text::Abandoned), seriesColour(kAbandoned));
    QBarSet* other = barSet(reporttexts::text(Text::Other), seriesColour(kOther));
    auto* line = new QLineSeries;
    line->setName(reporttexts::text(Text::ServiceLevel));
    line->setColor(seriesColour(kLine));
    line->setPointsVisible(true);
    qint64 peak = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const FigureMeasures& m = rows.at(i).m;
        *answered << double(m.answered);
        *abandoned << double(m.abandoned);
        *other << double(std::max<qint64>(0, m.contacts - m.answered - m.abandoned));
        peak = std::max(peak, m.contacts);
        if (const auto sl = m.serviceLevel())
            line->append(i, *sl * 100.0);
    }
    series->append({answered, abandoned, other});
    series->setBarWidth(0.75);
    c->addSeries(series);
    c->addSeries(line);
    // A label every few bars: 24 hours or 31 days of labels would not fit
    // under a chart beside a table and would all be cut to "…".
    const int n = int(rows.size());
    const bool hours = m_dimension == FigureDimension::Hour;
    const int step = hours ? 3 : std::max(1, (n + 9) / 10);
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    for (int i = 0; i < n; i += step)
        x->append(hours ? QString::number(rows.at(i).key.toInt()) : rows.at(i).key.mid(5), i);
    x->setRange(-0.5, std::max(0, n - 1) + 0.5);
    x->setGridLineVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = countAxis(peak);
    c->addAxis(y, Qt::AlignLeft);
    QValueAxis* pct = percentAxis();
    pct->setGridLineVisible(false);
    c->addAxis(pct, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(y);
    line->attachAxis(x);
    line->attachAxis(pct);
}

void FigureChart::buildServiceLevel(const QList<FigureRow>& rows)
{
    // Horizontal bars: the channels' names read in full on the left.
    QChart* c = chart();
    auto* series = new QHorizontalBarSeries;
    QBarSet* level = barSet(reporttexts::text(Text::ServiceLevel), seriesColour(kAnswered));
    QBarSet* target = barSet(reporttexts::text(Text::Target), seriesColour(kTarget).lighter(140));
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) { // the first channel on top
        const FigureRow& row = *it;
        if (row.m.contacts == 0 && rows.size() > 4)
            continue; // quiet channels would crowd the picture; the table lists them
        *level << row.m.serviceLevel().value_or(0) * 100.0;
        *target << row.targetPct;
        categories << row.label;
    }
    series->append({target, level});
    c->addSeries(series);
    // Qt Charts cuts the names to "…" when a bar's slot is low (a 768-pixel
    // screen): keep two lines of text per channel, plus the axis and legend.
    setMinimumHeight(int(categories.size() * 2.2 * fontMetrics().height()) + 5 * fontMetrics().height());
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    c->addAxis(y, Qt::AlignLeft);
    QValueAxis* x = percentAxis();
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

void FigureChart::buildRanking(const QList<FigureRow>& rows)
{
    QChart* c = chart();
    QList<FigureRow> sorted = rows;
    const bool byContacts = m_dimension == FigureDimension::Category;
    auto value = [byContacts](const FigureRow& r) { return byContacts ? r.m.contacts : r.m.answered; };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const FigureRow& a, const FigureRow& b) { return value(a) > value(b); });
    sorted.erase(
        std::remove_if(sorted.begin(), sorted.end(), [&](const FigureRow& r) { return value(r) == 0; }),
        sorted.end());
    if (sorted.size() > 15)
        sorted.resize(15);
    std::reverse(sorted.begin(), sorted.end()); // the largest on top
    auto* series = new QHorizontalBarSeries;
    QBarSet* set = barSet(reporttexts::text(byContacts ? Text::ContactsByCategory : Text::Answered),
                          seriesColour(kAnswered));
    QStringList categories;
    qint64 peak = 0;
    for (const FigureRow& r : sorted) {
        *set << double(value(r));
        categories << r.label;
        peak = std::max(peak, value(r));
    }
    series->append(set);
    series->setLabelsVisible(true);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    c->addAxis(y, Qt::AlignLeft);
    QValueAxis* x = countAxis(peak);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    c->legend()->setVisible(false);
}

void FigureChart::buildRooms(const QList<FigureRow>& rows)
{
    QChart* c = chart();
    auto* series = new QBarSeries;
    QBarSet* answered = barSet(reporttexts::text(Text::Answered), seriesColour(kAnswered));
    QBarSet* abandoned = barSet(reporttexts::text(Text::Abandoned), seriesColour(kAbandoned));
    QStringList categories;
    qint64 peak = 0;
    for (const FigureRow& r : rows) {
        *answered << double(r.m.answered);
        *abandoned << double(r.m.abandoned);
        categories << r.label;
        peak = std::max({peak, r.m.answered, r.m.abandoned});
    }
    series->append({answered, abandoned});
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    c->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = countAxis(peak);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace minwon
