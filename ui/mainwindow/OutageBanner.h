// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbSession.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace minwon {

class OutboxService;

/// Across the top of the window while the database is unreachable: says so
/// plainly, says what still works, counts what waits on this computer, and
/// shows the replay's progress when the line is back.
class OutageBanner : public QFrame
{
    Q_OBJECT
public:
    OutageBanner(DbSession* session, OutboxService* outbox, QWidget* parent = nullptr);
    QString text() const;

private:
    void update();

    DbSession* m_session;
    OutboxService* m_outbox;
    QLabel* m_label;
    QTimer* m_hide;
    int m_pending = 0;
    int m_done = -1;
    int m_total = 0;
};

} // namespace minwon
