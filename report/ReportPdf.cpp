// SPDX-License-Identifier: Apache-2.0
#include "ReportPdf.h"

#include "ReportCharts.h"
#include "domain/Labels.h"
#include "reports/ReportFormat.h"
#include "reports/ReportTexts.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <functional>

namespace minwon {

using namespace reportformat;
using reporttexts::Text;

namespace {

constexpr int kDpi = 300;
constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
constexpr double kMarginMm = 14;
constexpr double kFooterMm = 8;
constexpr double kGapMm = 4;

double mm(double v)
{
    return v * kDpi / 25.4;
}

// What the report is made of, before it is cut into pages.
struct Block
{
    enum class Kind
    {
        Title,
        Heading,
        Note,
        Kpis,
        Chart,
        Table
    };
    Kind kind = Kind::Note;
    QString text;
    QString subText;
    double heightMm = 0; ///< charts and KPI tiles
    std::function<void(QPainter&, const QRectF&)> paint; ///< charts
    // Tables
    QStringList headers;
    QList<QStringList> rows;
    QList<double> weights;
    QList<bool> numeric;
    QList<int> boldRows;
};

// A block, or the rows of a table, placed on a page.
struct Placed
{
    int block = 0;
    double y = 0; ///< mm from the top of the content area
    double height = 0;
    int rowFrom = 0;
    int rowTo = 0; ///< exclusive
};

QString seoulDateTime(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString seoulShort(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))).toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

struct ReportPdfWriter::Impl
{
    explicit Impl(const DailyReport& r)
        : report(r)
    {
    }

    DailyReport report;
    QList<Block> blocks;
    QList<QList<Placed>> pages;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    QString path;
    int nextPage = 0;
    QStringList families = fontFamilies();

    QFont font(double points, bool bold = false) const { return reportcharts::font(families, points, bold); }
    double rowHeightMm() const { return 5.2; }
    double headerHeightMm() const { return 8.6; }
    double textHeightMm(const QString& text, double points, double widthMm) const;

    void build();
    void paginate();
    void addTable(const QString& heading, FigureDimension dimension, const QList<FigureRow>& rows,
                  bool withTotal);
    void drawPage(int index);
    void drawTable(QPainter& p, const Block& b, const QRectF& rect, int from, int to);
    void drawKpis(QPainter& p, const QRectF& rect);
};

QStringList ReportPdfWriter::fontFamilies()
{
    for (const QString& f : {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                             QStringLiteral("NanumGothic"), QStringLiteral("Noto Sans CJK")})
        if (QFontDatabase::hasFamily(f))
            return {f};
    return {QFont().defaultFamily()};
}

double ReportPdfWriter::Impl::textHeightMm(const QString& text, double points, double widthMm) const
{
    // Measured at the writer's resolution: 300 dpi.
    QFont f = font(points);
    QImage probe(1, 1, QImage::Format_ARGB32);
    probe.setDotsPerMeterX(int(kDpi / 0.0254));
    probe.setDotsPerMeterY(int(kDpi / 0.0254));
    const QFontMetricsF metrics(f, &probe);
    const QRectF r = metrics.boundingRect(QRectF(0, 0, mm(widthMm), 1e6), Qt::TextWordWrap, text);
    return r.height() * 25.4 / kDpi + 1.0;
}

void ReportPdfWriter::Impl::addTable(const QString& heading, FigureDimension dimension,
                                     const QList<FigureRow>& rows, bool withTotal)
{
    Block h;
    h.kind = Block::Kind::Heading;
    h.text = heading;
    blocks.append(h);
    Block t;
    t.kind = Block::Kind::Table;
    QList<Column> columns = mainColumns();
    if (dimension == FigureDimension::Channel)
        columns.insert(5, Column::Threshold);
    for (Column c : columns) {
        t.headers << columnTitle(c, dimension, Style::Display);
        t.numeric << isNumeric(c);
        t.weights << (c == Column::Label ? 2.4 : 1.0);
    }
    for (const FigureRow& row : rows) {
        QStringList cells;
        for (Column c : columns)
            cells << cellText(row, c, Style::Display);
        t.rows << cells;
    }
    if (withTotal) {
        FigureRow total;
        total.label = reporttexts::text(Text::Total);
        total.m = report.figures.total;
        QStringList cells;
        for (Column c : columns)
            cells << (c == Column::Threshold ? QString() : cellText(total, c, Style::Display));
        t.boldRows << int(t.rows.size());
        t.rows << cells;
    }
    blocks.append(t);
}

void ReportPdfWriter::Impl::build()
{
    const FigureSet& f = report.figures;
    Block title;
    title.kind = Block::Kind::Title;
    title.text = report.title();
    title.subText = reporttexts::generated(seoulDateTime(report.generatedAt));
    blocks.append(title);

    Block heading;
    heading.kind = Block::Kind::Heading;
    heading.text = reporttexts::text(Text::HeadlineFigures);
    blocks.append(heading);
    Block kpis;
    kpis.kind = Block::Kind::Kpis;
    kpis.heightMm = 44;
    blocks.append(kpis);
    if (f.total.shortAbandoned > 0) {
        Block note;
        note.kind = Block::Kind::Note;
        note.text = reporttexts::shortAbandonNote(f.total.shortAbandoned);
        blocks.append(note);
    }

    auto chart = [&](Text name, double height, std::function<void(QPainter&, const QRectF&)> paint) {
        Block h;
        h.kind = Block::Kind::Heading;
        h.text = reporttexts::text(name);
        blocks.append(h);
        Block c;
        c.kind = Block::Kind::Chart;
        c.heightMm = height;
        c.paint = std::move(paint);
        blocks.append(c);
    };
    const QStringList fam = families;
    chart(Text::ContactsByHour, 62,
          [f, fam](QPainter& p, const QRectF& r) { reportcharts::drawHourly(p, r, f.byHour, fam); });
    chart(Text::ServiceLevelByChannel, 58,
          [f, fam](QPainter& p, const QRectF& r) { reportcharts::drawServiceLevel(p, r, f.byChannel, fam); });
    addTable(reporttexts::text(Text::ByChannel), FigureDimension::Channel, f.byChannel, true);
    addTable(reporttexts::text(Text::ByHour), FigureDimension::Hour, f.byHour, true);
    if (!f.byCategory.isEmpty()) {
        const double height = 14 + 6.0 * double(qMin<qsizetype>(f.byCategory.size(), 12));
        chart(Text::ContactsByCategory, height, [f, fam](QPainter& p, const QRectF& r) {
            reportcharts::drawCategories(p, r, f.byCategory, fam);
        });
    }
    addTable(reporttexts::text(Text::ByCategory), FigureDimension::Category, f.byCategory, false);
    addTable(reporttexts::text(Text::ByCounselor), FigureDimension::Counselor, f.byCounselor, false);
    addTable(reporttexts::text(Text::ByRoom), FigureDimension::Room, f.byRoom, false);
    if (report.from != report.to) {
        chart(Text::ContactsByDay, 58,
              [f, fam](QPainter& p, const QRectF& r) { reportcharts::drawDaily(p, r, f.byDay, fam); });
        addTable(reporttexts::text(Text::ByDay), FigureDimension::Day, f.byDay, false);
    }

    // Reviews.
    Block reviews;
    reviews.kind = Block::Kind::Heading;
    reviews.text = reporttexts::text(Text::Reviews);
    blocks.append(reviews);
    Block line;
    line.kind = Block::Kind::Note;
    line.text = report.reviews.reviewed == 0
        ? reporttexts::text(Text::NoReviews)
        : reporttexts::reviewLine(report.reviews.reviewed, report.reviews.approved, report.reviews.returned);
    blocks.append(line);
    if (report.reviews.scored > 0) {
        Block scored;
        scored.kind = Block::Kind::Note;
        scored.text = reporttexts::scoredLine(report.reviews.scored);
        blocks.append(scored);
        Block t;
        t.kind = Block::Kind::Table;
        t.headers = {reporttexts::text(Text::Moment), reporttexts::text(Text::AverageScore)};
        t.numeric = {false, true};
        t.weights = {3, 1};
        for (int i = 0; i < 5; ++i)
            t.rows << QStringList {reporttexts::momentName(i),
                                   QLocale().toString(report.reviews.averageScores[size_t(i)], 'f', 2)};
        blocks.append(t);
    }

    // Forwards.
    Block fh;
    fh.kind = Block::Kind::Heading;
    fh.text = reporttexts::text(Text::ForwardsByDepartment);
    blocks.append(fh);
    if (report.departments.isEmpty()) {
        Block none;
        none.kind = Block::Kind::Note;
        none.text = reporttexts::text(Text::NoOpenForwards);
        blocks.append(none);
    } else {
        Block t;
        t.kind = Block::Kind::Table;
        t.headers = {reporttexts::text(Text::Department), reporttexts::text(Text::Open),
                     reporttexts::text(Text::Overdue), reporttexts::text(Text::OldestSent)};
        t.numeric = {false, true, true, false};
        t.weights = {3, 1, 1, 1.6};
        for (const DepartmentLoad& d : report.departments)
            t.rows << QStringList {d.departmentName, QLocale().toString(d.open),
                                   QLocale().toString(d.overdue), seoulShort(d.oldestSentAt)};
        blocks.append(t);
    }
    if (!report.overdueForwards.isEmpty()) {
        Block h;
        h.kind = Block::Kind::Heading;
        h.text = reporttexts::text(Text::OverdueForwards);
        blocks.append(h);
        Block t;
        t.kind = Block::Kind::Table;
        t.headers
            = {reporttexts::text(Text::Department), reporttexts::text(Text::Sent),
               reporttexts::text(Text::Due), reporttexts::text(Text::State), reporttexts::text(Text::Case)};
        t.numeric = {false, false, false, false, false};
        t.weights = {2.2, 1.2, 1.2, 1, 4};
        for (const OpenForward& fw : report.overdueForwards)
            t.rows << QStringList {fw.departmentName, seoulShort(fw.sentAt), seoulShort(fw.dueAt),
                                   labels::forwardState(fw.state), fw.summary};
        blocks.append(t);
    }
    Block definitions;
    definitions.kind = Block::Kind::Note;
    definitions.text = reporttexts::text(Text::Definitions);
    definitions.subText = QStringLiteral("small");
    blocks.append(definitions);
}

void ReportPdfWriter::Impl::paginate()
{
    const double contentWidth = kPageWidthMm - 2 * kMarginMm;
    const double contentHeight = kPageHeightMm - 2 * kMarginMm - kFooterMm;
    pages.clear();
    pages.append(QList<Placed>());
    double y = 0;
    auto newPage = [&] {
        pages.append(QList<Placed>());
        y = 0;
    };
    auto heightOf = [&](const Block& b) -> double {
        switch (b.kind) {
        case Block::Kind::Title:
            return 18;
        case Block::Kind::Heading:
            return 9;
        case Block::Kind::Note:
            return textHeightMm(b.text, b.subText.isEmpty() ? 8.5 : 7, contentWidth) + 1.5;
        case Block::Kind::Kpis:
        case Block::Kind::Chart:
            return b.heightMm;
        case Block::Kind::Table:
            return headerHeightMm() + rowHeightMm() * double(b.rows.size());
        }
        return 0;
    };
    // The smallest piece a block can start with: a heading stays with it.
    auto minimumOf = [&](const Block& b) -> double {
        if (b.kind == Block::Kind::Table)
            return headerHeightMm() + rowHeightMm() * double(qMin<qsizetype>(b.rows.size(), 3));
        return heightOf(b);
    };
    for (int i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks.at(i);
        if (b.kind == Block::Kind::Heading && i + 1 < blocks.size()) {
            if (y > 0 && y + heightOf(b) + minimumOf(blocks.at(i + 1)) > contentHeight)
                newPage();
        }
        if (b.kind != Block::Kind::Table) {
            const double h = heightOf(b);
            if (y > 0 && y + h > contentHeight)
                newPage();
            pages.last().append({i, y, h, 0, 0});
            y += h + (b.kind == Block::Kind::Heading ? 0 : kGapMm);
            continue;
        }
        int row = 0;
        const int total = int(b.rows.size());
        do {
            const double room = contentHeight - y - headerHeightMm();
            int fit = int(room / rowHeightMm());
            if (fit < qMin(3, total - row) && y > 0) {
                newPage();
                continue;
            }
            fit = qMax(1, qMin(fit, total - row));
            const double h = headerHeightMm() + rowHeightMm() * fit;
            pages.last().append({i, y, h, row, row + fit});
            row += fit;
            y += h;
            if (row < total)
                newPage();
        } while (row < total);
        y += kGapMm;
    }
}

void ReportPdfWriter::Impl::drawKpis(QPainter& p, const QRectF& rect)
{
    const FigureMeasures& m = report.figures.total;
    const QList<std::pair<QString, QString>> tiles {
        {columnTitle(Column::Contacts, FigureDimension::Day, Style::Display), QLocale().toString(m.contacts)},
        {columnTitle(Column::Answered, FigureDimension::Day, Style::Display), QLocale().toString(m.answered)},
        {columnTitle(Column::Abandoned, FigureDimension::Day, Style::Display),
         QLocale().toString(m.abandoned)},
        {reporttexts::text(Text::ServiceLevel), percent(m.serviceLevel())},
        {columnTitle(Column::Asa, FigureDimension::Day, Style::Display), seconds(m.asaSeconds())},
        {columnTitle(Column::Aht, FigureDimension::Day, Style::Display), seconds(m.ahtSeconds())},
        {columnTitle(Column::AbandonRate, FigureDimension::Day, Style::Display), percent(m.abandonRate())},
        {columnTitle(Column::Fcr, FigureDimension::Day, Style::Display), percent(m.fcrRate())},
    };
    const double gap = mm(3);
    const double w = (rect.width() - 3 * gap) / 4;
    const double h = (rect.height() - gap) / 2;
    for (int i = 0; i < tiles.size(); ++i) {
        const QRectF tile(rect.left() + (i % 4) * (w + gap), rect.top() + (i / 4) * (h + gap), w, h);
        p.setPen(QPen(QColor(0xc8, 0xd0, 0xdc), mm(0.3)));
        p.setBrush(QColor(0xf4, 0xf7, 0xfb));
        p.drawRoundedRect(tile, mm(1.5), mm(1.5));
        p.setPen(QColor(0x55, 0x5f, 0x6d));
        p.setFont(font(8));
        p.drawText(tile.adjusted(mm(3), mm(2), -mm(3), 0), Qt::AlignLeft | Qt::AlignTop, tiles.at(i).first);
        p.setPen(QColor(0x12, 0x2b, 0x4a));
        p.setFont(font(17, true));
        p.drawText(tile.adjusted(mm(3), 0, -mm(3), -mm(2.5)), Qt::AlignLeft | Qt::AlignBottom,
                   tiles.at(i).second);
    }
}

void ReportPdfWriter::Impl::drawTable(QPainter& p, const Block& b, const QRectF& rect, int from, int to)
{
    double total = 0;
    for (double w : b.weights)
        total += w;
    QList<double> widths;
    for (double w : b.weights)
        widths << rect.width() * w / total;
    const double header = mm(headerHeightMm());
    const double rowH = mm(rowHeightMm());
    const double pad = mm(1.5);

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.drawRect(QRectF(rect.left(), rect.top(), rect.width(), header));
    p.setFont(font(7, true));
    p.setPen(Qt::white);
    double x = rect.left();
    for (int c = 0; c < b.headers.size(); ++c) {
        // Headers wrap onto a second line rather than lose letters.
        const QRectF cell(x + pad, rect.top(), widths.at(c) - 2 * pad, header);
        p.drawText(
            cell, Qt::AlignVCenter | Qt::TextWordWrap | (b.numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft),
            b.headers.at(c));
        x += widths.at(c);
    }
    double y = rect.top() + header;
    for (int r = from; r < to; ++r) {
        const bool bold = b.boldRows.contains(r);
        if (bold || (r - from) % 2 == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(bold ? QColor(0xe3, 0xea, 0xf3) : QColor(0xf5, 0xf7, 0xfa));
            p.drawRect(QRectF(rect.left(), y, rect.width(), rowH));
        }
        p.setFont(font(7.5, bold));
        p.setPen(QColor(0x1d, 0x23, 0x2b));
        x = rect.left();
        const QStringList& cells = b.rows.at(r);
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QRectF cell(x + pad, y, widths.at(c) - 2 * pad, rowH);
            const QString text = p.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, int(cell.width()));
            p.drawText(cell, Qt::AlignVCenter | (b.numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += widths.at(c);
        }
        y += rowH;
    }
    p.setPen(QPen(QColor(0xc8, 0xd0, 0xdc), mm(0.2)));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

void ReportPdfWriter::Impl::drawPage(int index)
{
    QPainter& p = *painter;
    const QRectF content(mm(kMarginMm), mm(kMarginMm), mm(kPageWidthMm - 2 * kMarginMm),
                         mm(kPageHeightMm - 2 * kMarginMm - kFooterMm));
    for (const Placed& placed : pages.at(index)) {
        const Block& b = blocks.at(placed.block);
        const QRectF rect(content.left(), content.top() + mm(placed.y), content.width(), mm(placed.height));
        switch (b.kind) {
        case Block::Kind::Title:
            p.setPen(QColor(0x12, 0x2b, 0x4a));
            p.setFont(font(16, true));
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, b.text);
            p.setPen(QColor(0x55, 0x5f, 0x6d));
            p.setFont(font(8.5));
            p.drawText(rect.adjusted(0, mm(9), 0, 0), Qt::AlignLeft | Qt::AlignTop, b.subText);
            p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), mm(0.6)));
            p.drawLine(QPointF(rect.left(), rect.bottom() - mm(1.5)),
                       QPointF(rect.right(), rect.bottom() - mm(1.5)));
            break;
        case Block::Kind::Heading:
            p.setPen(QColor(0x1f, 0x4e, 0x79));
            p.setFont(font(11, true));
            p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, b.text);
            break;
        case Block::Kind::Note:
            p.setPen(QColor(0x33, 0x3a, 0x44));
            p.setFont(font(b.subText.isEmpty() ? 8.5 : 7));
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.text);
            break;
        case Block::Kind::Kpis:
            drawKpis(p, rect);
            break;
        case Block::Kind::Chart:
            p.save();
            b.paint(p, rect);
            p.restore();
            break;
        case Block::Kind::Table:
            drawTable(p, b, rect, placed.rowFrom, placed.rowTo);
            break;
        }
    }
    // Footer: the title and the page number.
    const QRectF footer(mm(kMarginMm), mm(kPageHeightMm - kMarginMm - kFooterMm + 2),
                        mm(kPageWidthMm - 2 * kMarginMm), mm(kFooterMm - 2));
    p.setPen(QPen(QColor(0xc8, 0xd0, 0xdc), mm(0.2)));
    p.drawLine(footer.topLeft(), footer.topRight());
    p.setPen(QColor(0x6b, 0x75, 0x82));
    p.setFont(font(7));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, report.title());
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, reporttexts::page(index + 1, int(pages.size())));
}

ReportPdfWriter::ReportPdfWriter(const DailyReport& report)
    : d(std::make_unique<Impl>(report))
{
    d->build();
    d->paginate();
}

ReportPdfWriter::~ReportPdfWriter()
{
    if (d->painter && d->painter->isActive())
        abort();
}

bool ReportPdfWriter::begin(const QString& path, QString* error)
{
    d->path = path;
    d->writer = std::make_unique<QPdfWriter>(path);
    d->writer->setResolution(kDpi);
    d->writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    d->writer->setTitle(d->report.title());
    d->writer->setCreator(QStringLiteral("MinwonDesk"));
    d->painter = std::make_unique<QPainter>();
    if (!d->painter->begin(d->writer.get())) {
        if (error)
            *error = path;
        d->painter.reset();
        d->writer.reset();
        return false;
    }
    d->painter->setRenderHint(QPainter::Antialiasing);
    d->nextPage = 0;
    return true;
}

int ReportPdfWriter::pageCount() const
{
    return int(d->pages.size());
}

bool ReportPdfWriter::renderPage(int index)
{
    if (!d->painter || index != d->nextPage || index >= pageCount())
        return false;
    if (index > 0 && !d->writer->newPage())
        return false;
    d->drawPage(index);
    ++d->nextPage;
    return true;
}

bool ReportPdfWriter::finish(QString* error)
{
    if (!d->painter)
        return false;
    while (d->nextPage < pageCount())
        renderPage(d->nextPage);
    const bool ok = d->painter->end();
    d->painter.reset();
    d->writer.reset();
    if (!ok && error)
        *error = d->path;
    return ok;
}

void ReportPdfWriter::abort()
{
    if (d->painter) {
        d->painter->end();
        d->painter.reset();
    }
    d->writer.reset();
    if (!d->path.isEmpty())
        QFile::remove(d->path);
}

bool writeReportPdf(const DailyReport& report, const QString& path, QString* error)
{
    ReportPdfWriter writer(report);
    if (!writer.begin(path, error))
        return false;
    for (int i = 0; i < writer.pageCount(); ++i)
        writer.renderPage(i);
    return writer.finish(error);
}

} // namespace minwon
