// SPDX-License-Identifier: Apache-2.0
#include "supervisor/FiguresPanel.h"

#include "common/Format.h"
#include "reports/FiguresService.h"
#include "reports/ReportFormat.h"
#include "reports/ReportTexts.h"
#include "supervisor/FigureChart.h"
#include "supervisor/FigureTableModel.h"
#include "supervisor/FigureTexts.h"

#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace minwon {

using reportformat::Column;

namespace {

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

KpiStrip::KpiStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiStrip"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    const FigureDimension d = FigureDimension::Day;
    using S = reportformat::Style;
    const QList<std::tuple<QString, QString, Column>> tiles {
        {QStringLiteral("contacts"), reportformat::columnTitle(Column::Contacts, d, S::Display),
         Column::Contacts},
        {QStringLiteral("answered"), reportformat::columnTitle(Column::Answered, d, S::Display),
         Column::Answered},
        {QStringLiteral("abandoned"), reportformat::columnTitle(Column::Abandoned, d, S::Display),
         Column::Abandoned},
        {QStringLiteral("service_level"), reporttexts::text(reporttexts::Text::ServiceLevel),
         Column::ServiceLevel},
        {QStringLiteral("asa"), reportformat::columnTitle(Column::Asa, d, S::Display), Column::Asa},
        {QStringLiteral("aht"), reportformat::columnTitle(Column::Aht, d, S::Display), Column::Aht},
        {QStringLiteral("abandon_rate"), reportformat::columnTitle(Column::AbandonRate, d, S::Display),
         Column::AbandonRate},
        {QStringLiteral("fcr"), reportformat::columnTitle(Column::Fcr, d, S::Display), Column::Fcr},
    };
    for (int i = 0; i < tiles.size(); ++i) {
        const auto& [name, title, column] = tiles.at(i);
        auto* tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("kpi_") + name);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setToolTip(figuretexts::columnHint(column, {}));
        tile->setAutoFillBackground(true);
        QPalette palette = tile->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::Base));
        tile->setPalette(palette);
        auto* layout = new QVBoxLayout(tile);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(0);
        auto* caption = new QLabel(title, tile);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto* value = new QLabel(QStringLiteral("—"), tile);
        value->setFont(scaled(value->font(), 1.9, true));
        value->setAccessibleName(title);
        layout->addWidget(caption);
        layout->addWidget(value);
        m_values.insert(name, value);
        grid->addWidget(tile, 0, i);
        grid->setColumnStretch(i, 1);
    }
}

void KpiStrip::setFigures(const FigureMeasures& m)
{
    const QLocale locale;
    m_values.value(QStringLiteral("contacts"))->setText(locale.toString(m.contacts));
    m_values.value(QStringLiteral("answered"))->setText(locale.toString(m.answered));
    m_values.value(QStringLiteral("abandoned"))->setText(locale.toString(m.abandoned));
    m_values.value(QStringLiteral("service_level"))->setText(reportformat::percent(m.serviceLevel()));
    m_values.value(QStringLiteral("asa"))->setText(reportformat::seconds(m.asaSeconds()));
    m_values.value(QStringLiteral("aht"))->setText(reportformat::seconds(m.ahtSeconds()));
    m_values.value(QStringLiteral("abandon_rate"))->setText(reportformat::percent(m.abandonRate()));
    m_values.value(QStringLiteral("fcr"))->setText(reportformat::percent(m.fcrRate()));
}

QString KpiStrip::value(const QString& name) const
{
    const QLabel* label = m_values.value(name);
    return label ? label->text() : QString();
}

FiguresPanel::FiguresPanel(FiguresService* service, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_mode(mode)
    , m_kpis(new KpiStrip(this))
    , m_status(new QLabel(this))
{
    setObjectName(mode == Mode::Today ? QStringLiteral("todayFigures") : QStringLiteral("rangeFigures"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    if (mode == Mode::Today) {
        auto* title = new QLabel(tr("Today's service figures"), this);
        title->setFont(scaled(title->font(), 1.15, true));
        top->addWidget(title);
    } else {
        auto* fromLabel = new QLabel(tr("From"), this);
        top->addWidget(fromLabel);
        m_from = new QDateEdit(this);
        m_to = new QDateEdit(this);
        fromLabel->setBuddy(m_from);
        for (QDateEdit* edit : {m_from, m_to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(format::dateEditFormat());
            // Room for the weekday beside the popup button (the size hint cuts it).
            edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(
                                      edit->locale().toString(QDate(2026, 12, 30), edit->displayFormat()))
                                  + 3 * edit->fontMetrics().height());
            edit->setMaximumDate(reportToday().addYears(1));
        }
        m_from->setObjectName(QStringLiteral("figuresFrom"));
        m_to->setObjectName(QStringLiteral("figuresTo"));
        top->addWidget(m_from);
        auto* toLabel = new QLabel(tr("to"), this);
        toLabel->setBuddy(m_to);
        m_to->setAccessibleName(tr("Until"));
        top->addWidget(toLabel);
        top->addWidget(m_to);
        const QDate today = reportToday();
        const QDate firstOfMonth(today.year(), today.month(), 1);
        const QList<std::tuple<QString, QDate, QDate>> presets {
            {tr("Today"), today, today},
            {tr("Yesterday"), today.addDays(-1), today.addDays(-1)},
            {tr("Last 7 days"), today.addDays(-6), today},
            {tr("This month"), firstOfMonth, today},
            {tr("Last month"), firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)},
        };
        for (const auto& [label, from, to] : presets) {
            auto* button = new QPushButton(label, this);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this,
                    [this, from = from, to = to] { setRange(from, to); });
            top->addWidget(button);
        }
        m_from->setDate(today);
        m_to->setDate(today);
        connect(m_from, &QDateEdit::dateChanged, this, &FiguresPanel::applyRange);
        connect(m_to, &QDateEdit::dateChanged, this, &FiguresPanel::applyRange);
    }
    top->addStretch();
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_kpis);

    if (mode == Mode::Today) {
        // The day's curve and the channels against their targets side by side,
        // the channels' table below.
        auto* charts = new QSplitter(Qt::Horizontal, this);
        charts->addWidget(chartFor(FigureDimension::Hour));
        QWidget* channelChart = chartFor(FigureDimension::Channel);
        // Wide enough for the channels' names on the left: below that Qt Charts cuts them to "…".
        channelChart->setMinimumWidth(channelChart->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
        charts->addWidget(channelChart);
        charts->setStretchFactor(0, 2);
        charts->setStretchFactor(1, 1);
        charts->setChildrenCollapsible(false);
        auto* split = new QSplitter(Qt::Vertical, this);
        split->addWidget(charts);
        QTableView* channels = tableFor(FigureDimension::Channel);
        channels->setAccessibleName(reporttexts::text(reporttexts::Text::ByChannel));
        split->addWidget(channels);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setChildrenCollapsible(false);
        layout->addWidget(split, 1);
    } else {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("figureBreakdowns"));
        const QList<std::pair<FigureDimension, reporttexts::Text>> tabs {
            {FigureDimension::Hour, reporttexts::Text::ByHour},
            {FigureDimension::Channel, reporttexts::Text::ByChannel},
            {FigureDimension::Category, reporttexts::Text::ByCategory},
            {FigureDimension::Counselor, reporttexts::Text::ByCounselor},
            {FigureDimension::Room, reporttexts::Text::ByRoom},
            {FigureDimension::Day, reporttexts::Text::ByDay}};
        for (const auto& [dimension, text] : tabs) {
            QTableView* table = tableFor(dimension);
            table->setAccessibleName(reporttexts::text(text));
            m_tabs->addTab(beside(table, chartFor(dimension)), reporttexts::text(text));
        }
        layout->addWidget(m_tabs, 1);
    }

    connect(m_service, &FiguresService::figuresChanged, this, &FiguresPanel::onFigures);
    connect(m_service, &FiguresService::loadingChanged, this,
            [this](bool) { m_status->setText(statusText()); });
    connect(m_service, &FiguresService::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("⚠ Not up to date"));
        m_status->setToolTip(message);
    });
    if (mode == Mode::Today)
        m_service->followToday();
    else
        applyRange();
}

FigureChart* FiguresPanel::chartFor(FigureDimension dimension)
{
    auto* chart = new FigureChart(dimension, this);
    m_charts.insert(int(dimension), chart);
    return chart;
}

QTableView* FiguresPanel::tableFor(FigureDimension dimension)
{
    auto* model = new FigureTableModel(dimension, this);
    m_models.insert(int(dimension), model);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(FigureTableModel::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("figureTable%1").arg(int(dimension)));
    view->setModel(proxy);
    view->setSortingEnabled(dimension != FigureDimension::Hour && dimension != FigureDimension::Day);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setWordWrap(false);
    // As wide as its columns: the chart beside it takes the rest.
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setMinimumHeight(view->fontMetrics().height() * 6);
    return view;
}

QWidget* FiguresPanel::beside(QTableView* table, FigureChart* chart)
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table);
    split->addWidget(chart);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    return split;
}

void FiguresPanel::setRange(const QDate& from, const QDate& to)
{
    if (!m_from) {
        m_service->setRange(from, to);
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    applyRange();
}

void FiguresPanel::applyRange()
{
    if (m_to->date() < m_from->date()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(m_from->date());
    }
    m_service->setRange(m_from->date(), m_to->date());
    m_status->setText(statusText());
    emit rangeChanged(m_from->date(), m_to->date());
}

QString FiguresPanel::statusText() const
{
    if (m_service->isLoading())
        return tr("Loading…");
    const FigureSet& f = m_service->figures();
    if (!f.isValid())
        return {};
    const QString at = f.computedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
                           .time()
                           .toString(QStringLiteral("HH:mm:ss"));
    if (m_service->isLive())
        return tr("Live, updated %1").arg(at);
    return tr("%1, computed %2").arg(reportformat::range(f.from, f.to), at);
}

void FiguresPanel::onFigures(const FigureSet& figures)
{
    m_kpis->setFigures(figures.total);
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        it.value()->setRows(figures.rows(FigureDimension(it.key())));
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
        it.value()->setRows(figures.rows(FigureDimension(it.key())));
    m_status->setText(statusText());
    m_status->setToolTip({});
}

} // namespace minwon
