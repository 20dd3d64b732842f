// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class QTimer;

namespace minwon {

class DbSession;

/// Watches for categories running above their usual level (report_surges):
/// checks every minute and shortly after new cases, and says when a surge
/// starts, changes and ends.
class SurgeService : public QObject
{
    Q_OBJECT
public:
    explicit SurgeService(DbSession* session, QObject* parent = nullptr);

    /// Checks now (`at` moves the clock for tests).
    void check(const QDateTime& at = {});
    /// How often to check without new cases (default 60 s); 0 stops.
    void setInterval(int ms);
    const QList<Surge>& active() const { return m_active; }

signals:
    void surgeStarted(const minwon::Surge& surge);
    void surgeUpdated(const minwon::Surge& surge);
    void surgeEnded(const QString& category);
    void checkFailed(const QString& message);

private:
    void apply(const QList<Surge>& surges);

    DbSession* m_session;
    QList<Surge> m_active;
    QTimer* m_timer;
    QTimer* m_soon;
};

} // namespace minwon
