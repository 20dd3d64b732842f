// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/Figures.h"
#include "reports/RequestTicket.h"

#include <QObject>

class QTimer;

namespace minwon {

class DbSession;

/// The service figures of a range of Seoul days, read off the GUI thread.
/// While the range includes today the figures follow the day live: every
/// change of a contact or a case anywhere schedules a reload, at most one
/// per live interval. A newer range makes older answers stale: they are
/// skipped when still queued and dropped when late.
class FiguresService : public QObject
{
    Q_OBJECT
public:
    explicit FiguresService(DbSession* session, QObject* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    /// Today, moving on at midnight.
    void followToday();
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    /// The range includes today: the figures still change.
    bool isLive() const;
    bool isLoading() const { return m_loading; }
    const FigureSet& figures() const { return m_figures; }
    /// The shortest time between two reloads that changes cause (default 5 s).
    void setLiveInterval(int ms);
    /// The wait before the next reload that changes cause: the live interval,
    /// or ten times what the last load took in the database when that is
    /// longer (at most a minute). A center ten times this city's size makes
    /// today's figures take half a second; every supervisor reloading them
    /// every 5 s would keep a server core busy for nothing.
    static int liveDelay(int intervalMs, qint64 lastLoadMs);
    /// The database time of the last load, in milliseconds (-1: none yet).
    qint64 lastLoadMs() const { return m_lastLoadMs; }
    void reload();
    /// Computes the days that became final but are not in the rollup yet
    /// (the last two months), in the background: the figures of a month
    /// then read the rollup. Cheap when it is current. A week per job, one
    /// after the other, so that no job runs long enough on the desk's
    /// connection to look like a stalled database, and loads of figures
    /// queued meanwhile get their turn.
    void refreshRollup();

signals:
    void figuresChanged(const minwon::FigureSet& figures);
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    void onChange(const QString& table);
    void checkDay();
    void setLoading(bool loading);
    void refreshRollupWeek(int week);

    DbSession* m_session;
    QDate m_from;
    QDate m_to;
    bool m_followToday = false;
    FigureSet m_figures;
    RequestGenerations m_generations;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QTimer* m_liveTimer;
    QTimer* m_dayTimer;
    int m_liveInterval = 5000;
    qint64 m_lastLoadMs = -1;
};

} // namespace minwon
