// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/KbWorkflow.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace minwon {

/// The citizens who were answered with a version that a correction replaced,
/// with their contact, so that they can be called back.
class CallbackList : public QWidget
{
    Q_OBJECT
public:
    explicit CallbackList(QWidget* parent = nullptr);
    void setCallbacks(const QList<KbCallback>& callbacks);
    QTreeWidget* list() const { return m_list; }
    QPushButton* calledButton() const { return m_called; }

signals:
    /// The person says they called this citizen back.
    void calledBack(const QUuid& caseId, const QString& articleId, int correctionVersion);

private:
    void updateButton();

    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_called;
    QList<KbCallback> m_callbacks;
};

} // namespace minwon
