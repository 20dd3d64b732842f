// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace minwon {

class DepartmentLoadModel;
class ForwardTracker;
class ForwardTrackingModel;

/// Forward tracking: open forwards per department with their age, and the
/// forwards themselves, the overdue ones first. Choosing a department
/// narrows the list; ages tick.
class ForwardTrackingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardTrackingPanel(ForwardTracker* tracker, QWidget* parent = nullptr);

    ForwardTrackingModel* model() const { return m_model; }
    DepartmentLoadModel* departments() const { return m_departments; }
    QTableView* forwardView() const { return m_forwardView; }
    QTableView* departmentView() const { return m_departmentView; }
    /// Shows only this department's forwards ("" for all).
    void showDepartment(const QString& code);

signals:
    void caseRequested(const QUuid& caseId);

private:
    void updateStatus();

    ForwardTracker* m_tracker;
    ForwardTrackingModel* m_model;
    DepartmentLoadModel* m_departments;
    QSortFilterProxyModel* m_filter;
    QTableView* m_departmentView;
    QTableView* m_forwardView;
    QLabel* m_status;
    QTimer* m_ticker;
};

} // namespace minwon
