// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"
#include "reports/ReportFormat.h"

#include <QString>

namespace minwon::figuretexts {

/// What a figure means, for tooltips (the definitions of docs/figures.md).
QString columnHint(reportformat::Column column, const FigureRow& row);

} // namespace minwon::figuretexts
