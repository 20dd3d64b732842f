// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/DeskOptions.h"
#include "app/DeskServices.h"
#include "services/DeskStartup.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace minwon {

class DeskSettings;
class LocalStore;
class MainWindow;

/// Takes a desk from its command line to a working window: chooses the
/// private or the shared database, starts and migrates it off the GUI
/// thread while saying what happens, signs the person in, builds the
/// services and the window, and stops the private server at exit.
class DeskController : public QObject
{
    Q_OBJECT
public:
    explicit DeskController(const DeskOptions& options, QObject* parent = nullptr);
    ~DeskController() override;

    /// Runs the start-up; false if the person gave up or it failed for good.
    bool start();
    MainWindow* window() const { return m_window; }
    const DeskServices& services() const { return m_services; }

private:
    bool askForSharedConnection(StartupRequest* request);
    bool runStartup(const StartupRequest& request, StartupOutcome* outcome);
    bool signIn(const StartupOutcome& outcome);
    void shutdown();
    void offerDrafts();
    void wireOutbox();

    DeskOptions m_options;
    std::unique_ptr<DeskSettings> m_settings;
    std::unique_ptr<LocalStore> m_localStore;
    DeskServices m_services;
    QPointer<MainWindow> m_window;
    StartupOutcome m_outcome;
};

} // namespace minwon
