// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/MainWindow.h"

#include "caseform/CaseFormPanel.h"
#include "common/ColumnMenu.h"
#include "common/Guard.h"
#include "common/HeaderMemory.h"
#include "common/SplitterMemory.h"
#include "domain/Labels.h"
#include "kb/KbPanel.h"
#include "mainwindow/OutageBanner.h"
#include "mainwindow/StatusBar.h"
#include "queue/QueuePanel.h"
#include "services/AgentService.h"
#include "settings/DeskSettings.h"
#include "workspaces/Workspaces.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QVBoxLayout>

namespace minwon {

MainWindow::MainWindow(const DeskServices& services, DeskSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_workspace(createWorkspace(services, this))
    , m_statusBar(new StatusBar(services, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MinwonDesk — %1").arg(Identity::roleTitle(services.identity.role)));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new OutageBanner(services.session, services.outbox, central);
    layout->addWidget(m_banner);
    m_workspace->setParent(central);
    layout->addWidget(m_workspace, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    createMenus();
    if (auto* counselor = qobject_cast<CounselorWorkspace*>(m_workspace))
        connect(counselor, &CounselorWorkspace::message, this,
                [this](const QString& text) { m_statusBar->showMessage(text, 8000); });
    if (auto* editor = qobject_cast<EditorWorkspace*>(m_workspace))
        connect(editor, &EditorWorkspace::message, this,
                [this](const QString& text) { m_statusBar->showMessage(text, 8000); });
    if (auto* supervisor = qobject_cast<SupervisorWorkspace*>(m_workspace))
        connect(supervisor, &SupervisorWorkspace::message, this,
                [this](const QString& text) { m_statusBar->showMessage(text, 8000); });
    if (m_settings->fontPointSize() > 0) {
        QFont font = QApplication::font();
        font.setPointSize(m_settings->fontPointSize());
        QApplication::setFont(font);
    }
    // First start: most of the screen, from 1366×768 to 4K; later, where the person left it.
    const QSize screenSize = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(QSize(1600, 1000).boundedTo(screenSize * 95 / 100).expandedTo(QSize(1000, 600)));
    // A layout saved on a larger screen is brought back within this one.
    if (width() > screenSize.width() || height() > screenSize.height())
        resize(size().boundedTo(screenSize));
    restoreState(m_settings->windowState());
    restoreSplitters(this, *m_settings);
    restoreHeaders(this, *m_settings);
    offerColumnMenus(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connection = file->addAction(tr("&Connection settings…"));
    connect(connection, &QAction::triggered, this, &MainWindow::connectionSettingsRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    // Not Ctrl+Q (the platform's Quit): that quotes guidance, and a counselor
    // in the middle of a call must never close the window by quoting.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    if (auto* counselor = qobject_cast<CounselorWorkspace*>(m_workspace)) {
        QMenu* work = menuBar()->addMenu(tr("&Contact"));
        QAction* next = work->addAction(tr("&Take next contact"));
        next->setShortcut(Qt::Key_F2);
        connect(next, &QAction::triggered, counselor->queue(), &QueuePanel::takeNext);
        QAction* search = work->addAction(tr("&Search guidance"));
        search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_F3)});
        connect(search, &QAction::triggered, counselor->kb(), &KbPanel::focusSearch);
        QAction* quote = work->addAction(tr("&Use guidance in answer"));
        quote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
        connect(quote, &QAction::triggered, counselor->kb(), &KbPanel::quoteCurrent);
        QAction* save = work->addAction(tr("&Save case"));
        save->setShortcut(QKeySequence::Save);
        save->setShortcutContext(Qt::WidgetShortcut); // the form's own shortcut handles Ctrl+S
        connect(save, &QAction::triggered, counselor->form(), &CaseFormPanel::save);
        QAction* complete = work->addAction(tr("&Complete case"));
        complete->setShortcutContext(Qt::WidgetShortcut);
        complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        connect(complete, &QAction::triggered, counselor->form(), &CaseFormPanel::complete);
    }

    if (auto* supervisor = qobject_cast<SupervisorWorkspace*>(m_workspace)) {
        QMenu* report = menuBar()->addMenu(tr("&Report"));
        QAction* daily = report->addAction(tr("&Daily report (PDF and CSV)…"));
        daily->setShortcut(QKeySequence::Print);
        connect(daily, &QAction::triggered, supervisor, [supervisor] { supervisor->openReportDialog(); });
    }

    if (m_services.agent) {
        QMenu* state = menuBar()->addMenu(tr("&State"));
        const std::pair<const char*, QKeySequence> states[]
            = {{"available", QKeySequence(Qt::CTRL | Qt::Key_1)},
               {"break", QKeySequence(Qt::CTRL | Qt::Key_2)},
               {"offline", QKeySequence(Qt::CTRL | Qt::Key_3)}};
        for (const auto& [code, key] : states) {
            const QString name = QLatin1String(code);
            QAction* action = state->addAction(labels::agentState(name));
            action->setShortcut(key);
            connect(action, &QAction::triggered, this, [this, name] {
                m_services.agent->setState(name, guard(this, [this](bool ok, const QString& text) {
                                               if (!ok)
                                                   m_statusBar->showMessage(text, 8000);
                                           }));
            });
        }
        if (auto* counselor = qobject_cast<CounselorWorkspace*>(m_workspace)) {
            state->addSeparator();
            QAction* finish = state->addAction(tr("&End the contact (after-contact work)"));
            finish->setShortcut(Qt::Key_F4);
            connect(finish, &QAction::triggered, counselor->queue(), &QueuePanel::finishInHand);
            QAction* release = state->addAction(tr("&Release the contact to the queue"));
            connect(release, &QAction::triggered, counselor->queue(), &QueuePanel::releaseInHand);
            QAction* transfer = state->addAction(tr("&Transfer the contact…"));
            transfer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
            connect(transfer, &QAction::triggered, counselor->queue(), &QueuePanel::transferInHand);
            QAction* decline = state->addAction(tr("&Decline the ringing call"));
            connect(decline, &QAction::triggered, counselor->queue(), &QueuePanel::declineOffer);
        }
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* bigger = view->addAction(tr("&Larger text"));
    bigger->setShortcut(QKeySequence::ZoomIn);
    connect(bigger, &QAction::triggered, this, [this] { changeFontSize(1); });
    QAction* smaller = view->addAction(tr("S&maller text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [this] { changeFontSize(-1); });
    view->addSeparator();
    view->addMenu(createLanguageMenu(view));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(Qt::Key_F1);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(tr("&About MinwonDesk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MinwonDesk"),
                           tr("<b>MinwonDesk %1</b><p>The civil-complaint call-center workstation.</p>"
                              "<p>Licensed under the Apache License 2.0.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showShortcuts()
{
    const QString rows = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString table = QStringLiteral("<table cellspacing=6>");
    table += rows.arg(QStringLiteral("F2"), tr("Take the next contact"));
    table += rows.arg(QStringLiteral("Enter"), tr("Take the selected contact (in the queue)"));
    table += rows.arg(QStringLiteral("Ctrl+K / F3"), tr("Search guidance"));
    table += rows.arg(QStringLiteral("Ctrl+Q"), tr("Use the shown guidance in the answer"));
    table += rows.arg(QStringLiteral("Ctrl+S"), tr("Save the case"));
    table += rows.arg(QStringLiteral("Ctrl+Enter"), tr("Complete the case"));
    table += rows.arg(QStringLiteral("F4"), tr("End the contact: after-contact work begins"));
    table += rows.arg(QStringLiteral("Ctrl+T"), tr("Transfer the contact to a counselor or a room"));
    table += rows.arg(QStringLiteral("Ctrl+1 / Ctrl+2 / Ctrl+3"), tr("Available / break / offline"));
    table += rows.arg(QStringLiteral("Ctrl++ / Ctrl+-"), tr("Larger or smaller text"));
    table += rows.arg(QStringLiteral("F1"), tr("This list"));
    table += QStringLiteral("</table>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(table);
    box.exec();
}

void MainWindow::changeFontSize(int delta)
{
    QFont font = QApplication::font();
    const int size = qBound(8, font.pointSize() + delta, 32);
    font.setPointSize(size);
    QApplication::setFont(font);
    m_settings->setFontPointSize(size);
}

QMenu* MainWindow::createLanguageMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Lan&guage"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    // Each language by its own name, as a person who does not read the
    // other one looks for it: these two are never translated.
    const std::pair<QString, QString> choices[] = {{QString(), tr("&System language")},
                                                   {QStringLiteral("ko"), QStringLiteral("한국어")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    const QString saved = m_settings->language();
    for (const auto& [code, name] : choices) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        action->setToolTip(tr("Applies after restarting MinwonDesk"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
    return menu;
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_settings->setLanguage(language);
    m_settings->sync();
    // The open windows keep their language: translating them live is not worth its risks.
    m_statusBar->showMessage(tr("The language changes when MinwonDesk is started again."), 10000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    saveSplitters(this, m_settings);
    saveHeaders(this, m_settings);
    m_settings->sync();
    event->accept();
}

} // namespace minwon
