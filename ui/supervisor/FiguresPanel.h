// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace minwon {

class FigureChart;
class FigureTableModel;
class FiguresService;

/// The headline figures as tiles: contacts, answered, abandoned, service
/// level, ASA, AHT, abandonment rate, first-contact resolution.
class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    explicit KpiStrip(QWidget* parent = nullptr);
    void setFigures(const FigureMeasures& m);
    /// The value shown for a tile (for tests): contacts, answered, abandoned,
    /// service_level, asa, aht, abandon_rate, fcr.
    QString value(const QString& name) const;

private:
    QHash<QString, QLabel*> m_values;
};

/// The service figures of a range of days: tiles, and per breakdown (hour,
/// channel, category, counselor, room, day) a table with a chart beside it.
/// The Today variant is the live dashboard: tiles, the hours and the channels.
class FiguresPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Today,
        Range
    };

    FiguresPanel(FiguresService* service, Mode mode, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    KpiStrip* kpis() const { return m_kpis; }
    FigureTableModel* model(FigureDimension dimension) const { return m_models.value(int(dimension)); }
    FigureChart* chart(FigureDimension dimension) const { return m_charts.value(int(dimension)); }
    QTabWidget* breakdowns() const { return m_tabs; }
    QString statusText() const;

signals:
    void rangeChanged(const QDate& from, const QDate& to);

private:
    FigureChart* chartFor(FigureDimension dimension);
    QTableView* tableFor(FigureDimension dimension);
    QWidget* beside(QTableView* table, FigureChart* chart);
    void onFigures(const FigureSet& figures);
    void applyRange();

    FiguresService* m_service;
    Mode m_mode;
    KpiStrip* m_kpis;
    QTabWidget* m_tabs = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status;
    QHash<int, FigureTableModel*> m_models;
    QHash<int, FigureChart*> m_charts;
};

} // namespace minwon
