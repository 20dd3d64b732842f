// SPDX-License-Identifier: Apache-2.0
#include "workspaces/Workspaces.h"

#include "admin/UserAdminPanel.h"
#include "app/DeskServices.h"
#include "caseform/CaseFormPanel.h"
#include "common/OverviewPanel.h"
#include "department/ForwardsPanel.h"
#include "editor/EditorPanel.h"
#include "kb/KbChangesPanel.h"
#include "kb/KbPanel.h"
#include "queue/QueuePanel.h"
#include "services/UserService.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace minwon {

CounselorWorkspace::CounselorWorkspace(const DeskServices& services, QWidget* parent)
    : QWidget(parent)
    , m_queue(new QueuePanel(services.queue, services.identity.id, services.identity.roomId, this))
    , m_kb(new KbPanel(services.kb, this))
    , m_form(new CaseFormPanel(services.cases, this))
{
    setObjectName(QStringLiteral("counselorWorkspace"));
    m_queue->setReferenceData(services.reference);
    m_form->setReferenceData(services.reference);
    m_form->setLocalStore(services.localStore);
    m_form->refreshReturned();
    // Guidance: what changed since the last shift above the search.
    auto* changes = new KbChangesPanel(services.kbEdit, this);
    auto* guidance = new QWidget(this);
    auto* guidanceLayout = new QVBoxLayout(guidance);
    guidanceLayout->setContentsMargins(0, 0, 0, 0);
    guidanceLayout->addWidget(changes);
    guidanceLayout->addWidget(m_kb, 1);
    changes->reload();
    connect(changes, &KbChangesPanel::articleRequested, m_kb, [this](const QString&, const QString& title) {
        m_kb->searchField()->setText(title);
        m_kb->focusSearch();
    });
    connect(changes, &KbChangesPanel::message, this, &CounselorWorkspace::message);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("counselorSplitter"));
    splitter->addWidget(m_queue);
    splitter->addWidget(guidance);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({470, 470, 420});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_queue, &QueuePanel::contactClaimed, m_form, &CaseFormPanel::startCase);
    connect(m_queue, &QueuePanel::contactLeft, m_form, &CaseFormPanel::closeForContact);
    connect(m_form, &CaseFormPanel::completed, m_queue, [this](const QUuid&) { m_queue->clearInHand(); });
    connect(m_kb, &KbPanel::quoteRequested, m_form, &CaseFormPanel::addQuote);
    connect(m_queue, &QueuePanel::message, this, &CounselorWorkspace::message);
    connect(m_form, &CaseFormPanel::message, this, &CounselorWorkspace::message);
}

SupervisorWorkspace::SupervisorWorkspace(const DeskServices& services, QWidget* parent)
    : SupervisorDesk(services, parent)
{
    // SupervisorDesk names itself "supervisorWorkspace", the name the main window knows.
    // People and their sign-in: supervisors manage counselors, administrators
    // everyone; the database decides (the panel shows what it refuses).
    auto* users = new UserAdminPanel(new UserService(services.session, this), this);
    users->setObjectName(QStringLiteral("userAdminPanel"));
    tabs()->addTab(users, tr("&People"));
}

EditorWorkspace::EditorWorkspace(const DeskServices& services, QWidget* parent)
    : QWidget(parent)
    , m_panel(new EditorPanel(services.kbEdit, services.identity, this))
{
    setObjectName(QStringLiteral("editorWorkspace"));
    m_panel->setReferenceData(services.reference);
    // The counselors' search, to see an article as they will find it.
    m_panel->addTab(new KbPanel(services.kb, this), tr("Counse&lors' view"));
    connect(m_panel, &EditorPanel::message, this, &EditorWorkspace::message);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    m_panel->reload();
}

DepartmentWorkspace::DepartmentWorkspace(const DeskServices& services, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("departmentWorkspace"));
    auto* forwards = new ForwardsPanel(services.forwards, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(forwards);
}

QWidget* createWorkspace(const DeskServices& services, QWidget* parent)
{
    const QString& role = services.identity.role;
    if (role == QLatin1String("supervisor") || role == QLatin1String("admin"))
        return new SupervisorWorkspace(services, parent);
    if (role == QLatin1String("kb_editor") || role == QLatin1String("kb_approver"))
        return new EditorWorkspace(services, parent);
    if (role == QLatin1String("department"))
        return new DepartmentWorkspace(services, parent);
    return new CounselorWorkspace(services, parent);
}

} // namespace minwon
