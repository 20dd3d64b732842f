// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "supervisor/SupervisorWorkspace.h"

#include <QWidget>

namespace minwon {

struct DeskServices;
class CaseFormPanel;
class EditorPanel;
class KbPanel;
class QueuePanel;
class OverviewPanel;

/// The counselor's day: queue, guidance and complaint form side by side.
class CounselorWorkspace : public QWidget
{
    Q_OBJECT
public:
    CounselorWorkspace(const DeskServices& services, QWidget* parent = nullptr);
    QueuePanel* queue() const { return m_queue; }
    KbPanel* kb() const { return m_kb; }
    CaseFormPanel* form() const { return m_form; }

signals:
    void message(const QString& text);

private:
    QueuePanel* m_queue;
    KbPanel* m_kb;
    CaseFormPanel* m_form;
};

/// The supervisor's view: the live figures beside the queue per channel and
/// who is doing what, the service figures of any range, the day's cases to
/// review, forward tracking, surge notices and the daily report (SupervisorDesk).
class SupervisorWorkspace : public SupervisorDesk
{
    Q_OBJECT
public:
    explicit SupervisorWorkspace(const DeskServices& services, QWidget* parent = nullptr);
};

/// Knowledge-base editors and approvers: the articles with their state, the
/// editor, the history with word-level differences, approval and call-backs.
class EditorWorkspace : public QWidget
{
    Q_OBJECT
public:
    EditorWorkspace(const DeskServices& services, QWidget* parent = nullptr);
    EditorPanel* panel() const { return m_panel; }

signals:
    void message(const QString& text);

private:
    EditorPanel* m_panel;
};

/// Department staff: the forwards addressed to their department.
class DepartmentWorkspace : public QWidget
{
    Q_OBJECT
public:
    DepartmentWorkspace(const DeskServices& services, QWidget* parent = nullptr);
};

/// The workspace for a role (counselor, supervisor, kb_editor, kb_approver, department, admin).
QWidget* createWorkspace(const DeskServices& services, QWidget* parent);

} // namespace minwon
