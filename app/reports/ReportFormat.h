// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace minwon::reportformat {

/// How a figure is written: for a person (71.4 %, 5:26) or for a
/// spreadsheet (71.4, 326.0 with the unit in the column title).
enum class Style
{
    Display,
    Csv
};

/// The columns of a breakdown table, shared by the window, the PDF and the CSV.
enum class Column
{
    Label,
    Contacts,
    Answered,
    Abandoned,
    ShortAbandons,
    AnsweredInSl,
    ServiceLevel,
    Threshold,
    Asa,
    Aht,
    Talk,
    Acw,
    AbandonRate,
    CasesCompleted,
    FcrResolved,
    Fcr,
    Callbacks
};

/// The columns a person reads first (window and PDF).
const QList<Column>& mainColumns();
/// Every column (CSV).
const QList<Column>& allColumns();

QString columnTitle(Column column, FigureDimension dimension, Style style);
QString cellText(const FigureRow& row, Column column, Style style);
/// A sortable value for the window's tables.
QVariant cellValue(const FigureRow& row, Column column);
bool isNumeric(Column column);

QString dimensionTitle(FigureDimension dimension);
/// "2021. 4. 16. (금)" under the Korean UI, "Fri 16 Apr 2021" otherwise.
QString date(const QDate& day);
/// A day, or "from – to" for a range.
QString range(const QDate& from, const QDate& to);
QString percent(std::optional<double> value, Style style = Style::Display);
/// 0:45, 5:26, 1:02:03; "—" when there is nothing to average.
QString seconds(std::optional<double> value, Style style = Style::Display);
QString threshold(int seconds);

} // namespace minwon::reportformat
