// SPDX-License-Identifier: Apache-2.0
#include "settings/DeskSettings.h"

#include <QSettings>

namespace minwon {

DeskSettings::DeskSettings()
{
    const QString file = qEnvironmentVariable("MINWON_SETTINGS");
    if (!file.isEmpty())
        m_settings.reset(new QSettings(file, QSettings::IniFormat));
    else
        m_settings.reset(new QSettings(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("MinwonDesk"), QStringLiteral("minwon-desk")));
}

DeskSettings::DeskSettings(const QString& fileName)
    : m_settings(new QSettings(fileName, QSettings::IniFormat))
{
}

DeskSettings::~DeskSettings() = default;

QString DeskSettings::fileName() const
{
    return m_settings->fileName();
}

ConnectionConfig DeskSettings::connection() const
{
    return ConnectionConfig::load(*m_settings);
}

void DeskSettings::setConnection(const ConnectionConfig& config)
{
    config.save(*m_settings);
}

bool DeskSettings::hasSharedServer() const
{
    const ConnectionConfig config = connection();
    return config.mode == ConnectionConfig::Mode::Shared && !config.hosts.isEmpty();
}

QString DeskSettings::lastLogin() const
{
    return m_settings->value(QStringLiteral("session/last_login")).toString();
}

void DeskSettings::setLastLogin(const QString& login)
{
    m_settings->setValue(QStringLiteral("session/last_login"), login);
}

QString DeskSettings::language() const
{
    const QString lang = m_settings->value(QStringLiteral("ui/language")).toString();
    return lang == QLatin1String("ko") || lang == QLatin1String("en") ? lang : QString();
}

void DeskSettings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

QString DeskSettings::theme() const
{
    const QString theme = m_settings->value(QStringLiteral("ui/theme")).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QString();
}

void DeskSettings::setTheme(const QString& theme)
{
    m_settings->setValue(QStringLiteral("ui/theme"), theme);
}

int DeskSettings::fontPointSize() const
{
    bool ok = false;
    const int size = m_settings->value(QStringLiteral("ui/font_points"), 0).toInt(&ok);
    return ok && size >= 8 && size <= 32 ? size : 0;
}

void DeskSettings::setFontPointSize(int points)
{
    m_settings->setValue(QStringLiteral("ui/font_points"), points);
}

QByteArray DeskSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void DeskSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray DeskSettings::windowState() const
{
    return m_settings->value(QStringLiteral("ui/state")).toByteArray();
}

void DeskSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("ui/state"), state);
}

QByteArray DeskSettings::splitterState(const QString& key) const
{
    return m_settings->value(QStringLiteral("layout/") + key).toByteArray();
}

void DeskSettings::setSplitterState(const QString& key, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("layout/") + key, state);
}

QByteArray DeskSettings::headerState(const QString& key) const
{
    return m_settings->value(QStringLiteral("columns/") + key).toByteArray();
}

void DeskSettings::setHeaderState(const QString& key, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("columns/") + key, state);
}

void DeskSettings::sync()
{
    m_settings->sync();
}

} // namespace minwon
