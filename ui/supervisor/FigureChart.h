// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"

#include <QChartView>

namespace minwon {

/// A Qt Charts picture of one breakdown, beside its table: stacked bars per
/// hour or day with the service level as a line, service level per channel
/// against its target, bars per category, counselor or room.
class FigureChart : public QChartView
{
    Q_OBJECT
public:
    explicit FigureChart(FigureDimension dimension, QWidget* parent = nullptr);

    void setRows(const QList<FigureRow>& rows);
    FigureDimension dimension() const { return m_dimension; }

private:
    void build(const QList<FigureRow>& rows);
    void buildTimeline(const QList<FigureRow>& rows);
    void buildServiceLevel(const QList<FigureRow>& rows);
    void buildRanking(const QList<FigureRow>& rows);
    void buildRooms(const QList<FigureRow>& rows);

    FigureDimension m_dimension;
    QList<FigureRow> m_rows; ///< kept to redraw in the other theme
};

} // namespace minwon
