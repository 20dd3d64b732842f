// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QCoreApplication;

namespace minwon {

/// Process-wide set-up every executable and test runs first: application
/// names, the environment libpq needs, and the translations for `language`
/// ("ko", "en" or empty for the system's).
void initCore();
/// Installs the Korean or English translations (ours and Qt's). Returns the
/// language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace minwon
