// SPDX-License-Identifier: Apache-2.0
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace minwon {

void initCore()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MinwonDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("minwondesk.invalid"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("minwon-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINWON_VERSION));
    // libpq's own messages stay in English so that errors can be classified;
    // people read our translated explanation instead.
    qputenv("PGLOCALEDIR", "/nonexistent");
    // Never let a stray environment send a desk to another server.
    qunsetenv("PGSERVICE");
    // Without TZ the C library stats /etc/localtime again for every
    // conversion to local time: with a long queue on screen, thousands of
    // system calls a second on the GUI thread. Read the zone once.
    if (qEnvironmentVariableIsEmpty("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

QString resolveLanguage(const QString& commandLine, const QString& saved, bool demo,
                        const QStringList& systemLanguages)
{
    auto known
        = [](const QString& lang) { return lang == QLatin1String("ko") || lang == QLatin1String("en"); };
    if (!commandLine.isEmpty())
        return commandLine == QLatin1String("ko") ? QStringLiteral("ko") : QStringLiteral("en");
    if (known(saved))
        return saved;
    if (demo)
        return QStringLiteral("ko");
    return !systemLanguages.isEmpty() && systemLanguages.first().startsWith(QLatin1String("ko"))
        ? QStringLiteral("ko")
        : QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QString lang = resolveLanguage(language, {}, false, QLocale::system().uiLanguages());
    QLocale::setDefault(QLocale(lang == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                lang == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));

    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/minwon_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace minwon
