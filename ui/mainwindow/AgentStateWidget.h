// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/AgentService.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace minwon {

/// The counselor's own state in the status bar, in a word and a mark (not
/// only a colour), with the time in it; in after-contact work the time left
/// in the time box, and how far over it.
class AgentStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AgentStateWidget(AgentService* service, QWidget* parent = nullptr);
    QString text() const;

private:
    void refresh();

    AgentService* m_service;
    QLabel* m_label;
    QTimer* m_tick;
};

} // namespace minwon
