// SPDX-License-Identifier: Apache-2.0
#include "app/DeskController.h"

#include "app/StartupDialog.h"
#include "app/StartupProbe.h"
#include "caseform/CaseFormPanel.h"
#include "common/Format.h"
#include "connection/ConnectionDialog.h"
#include "db/DbSession.h"
#include "demo/DemoSeeder.h"
#include "local/LocalStore.h"
#include "mainwindow/MainWindow.h"
#include "services/AgentService.h"
#include "services/CaseService.h"
#include "services/KbService.h"
#include "services/OutboxService.h"
#include "services/OverviewService.h"
#include "services/QueueService.h"
#include "settings/DeskSettings.h"
#include "workspaces/Workspaces.h"

#include <QApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QMessageBox>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace minwon {

DeskController::DeskController(const DeskOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<DeskSettings>())
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DeskController::shutdown);
}

DeskController::~DeskController()
{
    shutdown();
}

bool DeskController::askForSharedConnection(StartupRequest* request)
{
    ConnectionDialog dialog;
    ConnectionConfig config = m_settings->connection();
    if (config.mode == ConnectionConfig::Mode::Private && config.hosts.isEmpty())
        config.mode = ConnectionConfig::Mode::Shared;
    if (!m_options.user.isEmpty())
        config.user = m_options.user;
    dialog.setConfig(config);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ConnectionConfig chosen = dialog.config();
    m_settings->setConnection(chosen);
    m_settings->sync();
    request->usePrivateServer = chosen.mode == ConnectionConfig::Mode::Private;
    request->shared = chosen;
    request->password = dialog.password();
    request->login = chosen.user;
    return true;
}

bool DeskController::start()
{
    StartupRequest request;
    request.privateRoot = m_options.dataDir;
    const bool shared = !m_options.local && !m_options.demo && m_settings->hasSharedServer();
    if (m_options.configure || shared) {
        if (!askForSharedConnection(&request))
            return false;
    }
    if (request.usePrivateServer) {
        request.seedDemo = m_options.demo;
        request.demo.days = m_options.demoDays;
        request.demo.perWeekday = m_options.demoPerDay;
        QString login = m_options.user;
        if (login.isEmpty() && m_options.demo)
            login = DemoSeeder::loginForRole(m_options.role);
        if (login.isEmpty())
            login = m_settings->lastLogin();
        if (login.isEmpty()) {
            // A private database without a person to sign in as: offer the demo.
            const auto answer = QMessageBox::question(
                nullptr, tr("MinwonDesk"),
                tr("No shared server is configured and nobody is registered in the private database of this "
                   "computer.\n\nLoad the demo city and sign in as a demo counselor?"),
                QMessageBox::Yes | QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return askForSharedConnection(&request) && runStartup(request, &m_outcome)
                    && signIn(m_outcome);
            request.seedDemo = true;
            login = DemoSeeder::loginForRole(QStringLiteral("counselor"));
        }
        request.login = login;
    }
    if (!runStartup(request, &m_outcome))
        return false;
    return signIn(m_outcome);
}

bool DeskController::runStartup(const StartupRequest& request, StartupOutcome* outcome)
{
    StartupDialog dialog;
    dialog.setMessage(tr("Preparing the database…"));
    bool finished = false;
    QThread* thread = QThread::create([request, outcome, &dialog, &finished] {
        *outcome = prepareDatabase(request, [&dialog](const QString& message) {
            QMetaObject::invokeMethod(
                &dialog, [&dialog, message] { dialog.setMessage(message); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, &finished] {
                finished = true;
                dialog.accept();
            },
            Qt::QueuedConnection);
    });
    thread->start();
    // The dialog appears only if the start takes a moment.
    QTimer::singleShot(400, &dialog, [&dialog, &finished] {
        if (!finished)
            dialog.show();
    });
    QEventLoop loop;
    connect(&dialog, &QDialog::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!finished) {
        // Cancelled: let the start-up finish in the background, then leave.
        thread->wait();
        delete thread;
        return false;
    }
    thread->wait();
    delete thread;
    if (!outcome->ok) {
        QMessageBox::critical(nullptr, tr("MinwonDesk cannot start"), outcome->error);
        return false;
    }
    return true;
}

bool DeskController::signIn(const StartupOutcome& outcome)
{
    auto* session = new DbSession(outcome.sessionConfig, outcome.password, this);
    m_services.session = session;
    QEventLoop loop;
    connect(session, &DbSession::stateChanged, &loop, [&loop](DbSession::State state) {
        if (state == DbSession::State::Online || state == DbSession::State::Offline)
            loop.quit();
    });
    session->start();
    if (session->state() != DbSession::State::Online)
        loop.exec();
    if (session->state() != DbSession::State::Online) {
        QMessageBox::critical(nullptr, tr("MinwonDesk cannot sign in"), session->stateMessage());
        return false;
    }
    QString error;
    int offerTimeout = 15;
    DbResult result = session->runSync([&](QSqlDatabase& db) {
        m_services.identity = Identity::load(db, &error);
        if (!m_services.identity.isValid())
            return DbResult::failure(DbError::Kind::AuthFailed, error);
        if (!m_services.reference.load(db, &error))
            return DbResult::failure(DbError::Kind::Other, error);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT app_setting_int('queue.offer_timeout_seconds', 15)")) && q.next())
            offerTimeout = q.value(0).toInt();
        return DbResult::success();
    });
    if (!result.ok) {
        QMessageBox::critical(nullptr, tr("MinwonDesk cannot sign in"), result.message);
        return false;
    }
    m_settings->setLastLogin(m_services.identity.login);

    m_services = DeskServices::create(session, m_services.identity, m_services.reference, this, offerTimeout);
    // Signing in means ready to take contacts; the status bar says so.
    if (m_services.identity.role == QLatin1String("counselor"))
        m_services.agent->setState(QStringLiteral("available"));

    // This person's drafts and outbox on this computer, for this server.
    const ConnectionConfig& cfg = outcome.sessionConfig;
    m_localStore = std::make_unique<LocalStore>(
        LocalStore::defaultPath(m_services.identity.login,
                                cfg.hosts.join(QLatin1Char(',')) + QLatin1Char(':')
                                    + QString::number(cfg.port) + QLatin1Char('/') + cfg.database));
    QString storeError;
    if (m_localStore->open(&storeError)) {
        m_services.localStore = m_localStore.get();
        // The guidance snapshot: search works from the first second, and offline.
        m_services.kb->setSnapshotPath(m_localStore->path());
        m_services.kb->loadSnapshot();
        m_services.outbox = new OutboxService(session, m_localStore.get(), this);
    } else
        QMessageBox::warning(nullptr, tr("MinwonDesk"),
                             tr("Drafts cannot be kept on this computer (%1). Save often.").arg(storeError));

    m_window = new MainWindow(m_services, m_settings.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::connectionSettingsRequested, this, [this] {
        ConnectionDialog dialog(m_window);
        dialog.setConfig(m_settings->connection());
        if (dialog.exec() == QDialog::Accepted) {
            m_settings->setConnection(dialog.config());
            m_settings->sync();
            QMessageBox::information(m_window, tr("Connection settings"),
                                     tr("The new settings apply from the next start."));
        }
    });
    m_window->show();
    if (!m_options.startupReport.isEmpty())
        new StartupProbe(m_options.startupReport, m_window, m_services.kb, this);
    wireOutbox();
    offerDrafts();
    return true;
}

void DeskController::wireOutbox()
{
    MainWindow* window = m_window.data();
    auto* counselor = window ? qobject_cast<CounselorWorkspace*>(window->workspace()) : nullptr;
    if (!m_services.outbox || !counselor)
        return;
    CaseFormPanel* form = counselor->form();
    connect(form, &CaseFormPanel::savedOffline, m_services.outbox, &OutboxService::enqueueCase);
    // Replayed over somebody else's newer change: the normal conflict dialog,
    // through the form; if the form is busy the record waits as a draft.
    connect(m_services.outbox, &OutboxService::conflicted, form, [this, form](const CaseRecord& mine) {
        if (!form->hasCase()) {
            form->loadCase(mine, true);
            form->save();
        } else if (m_services.localStore) {
            m_services.localStore->saveDraft(mine.id, mine.toJson());
        }
    });
    connect(m_services.outbox, &OutboxService::rejected, form,
            [this, window](const CaseRecord& mine, const QString& why) {
                if (m_services.localStore)
                    m_services.localStore->saveDraft(mine.id, mine.toJson());
                QMessageBox::warning(
                    window, tr("A kept save was refused"),
                    tr("The database refused a case kept on this computer (%1). It is in your unfinished "
                       "forms; open it, correct it and save again.")
                        .arg(why));
            });
    // Saves left from an earlier session that ended offline.
    m_services.outbox->replay();
}

void DeskController::offerDrafts()
{
    MainWindow* window = m_window.data();
    if (!m_services.localStore || !window)
        return;
    auto* counselor = qobject_cast<CounselorWorkspace*>(window->workspace());
    const QList<LocalStore::Draft> drafts = m_services.localStore->drafts();
    if (!counselor || drafts.isEmpty())
        return;
    // After a crash or kill: offer the unfinished forms back, newest first.
    QStringList items;
    for (const LocalStore::Draft& d : drafts) {
        const CaseRecord r = CaseRecord::fromJson(d.data);
        items << tr("%1 · %2").arg(format::dateTime(d.savedAt), r.summary.left(60));
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(window, tr("Unfinished complaint forms"),
                                tr("These forms were being written when MinwonDesk last stopped. "
                                   "Open one to finish it (the others are kept):"),
                                items, 0, false, &ok);
    if (!ok)
        return;
    const LocalStore::Draft& draft = drafts.at(qMax(0, int(items.indexOf(chosen))));
    counselor->form()->loadCase(CaseRecord::fromJson(draft.data), true);
}

void DeskController::shutdown()
{
    if (m_services.session && m_services.agent && m_services.session->state() == DbSession::State::Online) {
        // Signing out: offline, when the rules allow it (not with a contact in hand).
        m_services.session->runSync([](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT set_agent_state('offline')"));
            return DbResult::success();
        });
        m_services.agent = nullptr;
    }
    if (m_services.session)
        m_services.session->stop();
    if (m_outcome.startedPrivateServer && !m_outcome.privateRoot.isEmpty()) {
        stopPrivateServerIfIdle(m_outcome.privateRoot);
        m_outcome.startedPrivateServer = false;
    }
}

} // namespace minwon
