// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace minwon::demo {

/// Invented Korean names and numbers for demo data: nothing here belongs to
/// a real person.
QString personName(QRandomGenerator& rng);
/// A mobile number as a citizen would say it: 010-XXXX-XXXX.
QString mobileNumber(QRandomGenerator& rng);
/// A weighted pick: weights need not sum to anything in particular.
int weightedIndex(QRandomGenerator& rng, const double* weights, int count);

} // namespace minwon::demo
