// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/DeskServices.h"

#include <QMainWindow>

class QMenu;

namespace minwon {

class DeskSettings;
class OutageBanner;
class StatusBar;

/// One window for the whole day. Its workspace follows the signed-in
/// person's role; it remembers its size and layout per user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const DeskServices& services, DeskSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QWidget* workspace() const { return m_workspace; }
    StatusBar* deskStatusBar() const { return m_statusBar; }
    OutageBanner* banner() const { return m_banner; }
    void showShortcuts();

signals:
    void connectionSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void changeFontSize(int delta);
    QMenu* createLanguageMenu(QWidget* parent);
    void chooseLanguage(const QString& language);

    DeskServices m_services;
    DeskSettings* m_settings;
    QWidget* m_workspace;
    StatusBar* m_statusBar;
    OutageBanner* m_banner = nullptr;
};

} // namespace minwon
