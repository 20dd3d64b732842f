// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace minwon {

/// Process-wide set-up every executable and test runs first: application
/// names, the environment libpq needs, and the translations for `language`
/// ("ko", "en" or empty for the system's).
void initCore();
/// The language of the desk's windows, "ko" or "en": `commandLine` (--lang)
/// first, then the person's `saved` choice, then Korean for the demo, then
/// the first of the system's `systemLanguages` (QLocale::uiLanguages()).
QString resolveLanguage(const QString& commandLine, const QString& saved, bool demo,
                        const QStringList& systemLanguages);
/// Installs the Korean or English translations (ours and Qt's). Returns the
/// language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace minwon
