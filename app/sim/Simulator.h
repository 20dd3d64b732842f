// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUuid>

#include <memory>

class QTimer;

namespace minwon {

class SqlConnection;

/// Puts contacts into the queue at a given rate with the brief's channel and
/// category mix, lets some callers hang up before anyone answers, and (with
/// desks > 0) plays counselors who take, handle and complete them. The demo
/// runs it so the queue moves; benchmarks run it at ten times the city's
/// rate. One thread, timers only.
class Simulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double perMinute = 20; ///< arrival rate (Poisson)
        int durationSeconds = 0; ///< 0: until stopped
        int maxContacts = 0; ///< 0: no limit
        int desks = 0; ///< simulated counselors
        double abandonRate = 0.06; ///< share of phone callers who hang up while waiting
        double timeScale = 1.0; ///< >1 compresses talk and after-contact times
        quint32 seed = 1;
    };

    struct Stats
    {
        int arrived = 0;
        int abandoned = 0;
        int claimed = 0;
        int completed = 0;
        int errors = 0;
        QString lastError;
    };

    /// `config` is used for arrivals (any role allowed to insert contacts);
    /// simulated desks sign in as counselor logins on the same server.
    Simulator(const ConnectionConfig& config, const Options& options, QObject* parent = nullptr);
    ~Simulator() override;

    bool start(QString* error);
    void stop();
    const Stats& stats() const { return m_stats; }

signals:
    void progress(const minwon::Simulator::Stats& stats);
    void finished();

private:
    struct Desk;
    void scheduleArrival();
    void arrive();
    void deskStep(Desk* desk);
    void loadTemplates();
    bool note(bool ok, const QString& error);

    ConnectionConfig m_config;
    Options m_options;
    QRandomGenerator m_rng;
    std::unique_ptr<SqlConnection> m_connection;
    QList<Desk*> m_desks;
    QTimer* m_arrivals;
    QTimer* m_report;
    QElapsedTimer m_clock;
    Stats m_stats;
    QHash<QString, QStringList> m_previews;
    QStringList m_regulars;
    bool m_running = false;
};

} // namespace minwon
