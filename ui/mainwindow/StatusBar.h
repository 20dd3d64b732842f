// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbSession.h"

#include <QStatusBar>

class QLabel;

namespace minwon {

class AgentStateWidget;
struct DeskServices;

/// Always on screen: whether the database is reachable (in words and a
/// mark, not only a colour) and who is signed in.
class StatusBar : public QStatusBar
{
    Q_OBJECT
public:
    StatusBar(const DeskServices& services, QWidget* parent = nullptr);

    QString connectionText() const;
    QString personText() const;
    /// The counselor's own state as shown; empty for roles without one.
    QString agentText() const;

private:
    void showState(minwon::DbSession::State state, const QString& message);

    QLabel* m_connection;
    QLabel* m_person;
    AgentStateWidget* m_agent = nullptr;
};

} // namespace minwon
