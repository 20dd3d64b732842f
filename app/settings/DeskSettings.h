// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QByteArray>
#include <QScopedPointer>
#include <QString>

class QSettings;

namespace minwon {

/// The per-user settings of the desk and the admin tool, kept with QSettings
/// (~/.config/MinwonDesk/minwon-desk.ini). No password is ever written.
/// MINWON_SETTINGS names another file (tests, several desks on one account).
class DeskSettings
{
public:
    DeskSettings();
    explicit DeskSettings(const QString& fileName);
    ~DeskSettings();

    QString fileName() const;

    ConnectionConfig connection() const;
    void setConnection(const ConnectionConfig& config);
    /// True when a shared server has been configured.
    bool hasSharedServer() const;

    QString lastLogin() const;
    void setLastLogin(const QString& login);
    QString language() const; ///< "ko", "en" or empty (system)
    void setLanguage(const QString& language);
    QString theme() const; ///< "light", "dark" or empty (follow the system)
    void setTheme(const QString& theme);
    int fontPointSize() const; ///< 0: system default
    void setFontPointSize(int points);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    /// The position of one divider of the window, by its key (see ui/common/SplitterMemory.h).
    QByteArray splitterState(const QString& key) const;
    void setSplitterState(const QString& key, const QByteArray& state);
    /// The columns of one table (widths, order, hidden ones, sorting), by its
    /// key (see ui/common/HeaderMemory.h).
    QByteArray headerState(const QString& key) const;
    void setHeaderState(const QString& key, const QByteArray& state);

    void sync();

private:
    QScopedPointer<QSettings> m_settings;
};

} // namespace minwon
