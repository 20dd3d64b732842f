// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/KbWorkflow.h"

#include <QWidget>

class QLabel;
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

private:
    QLabel* m_summary;
    QTreeWidget* m_list;
};

} // namespace minwon
