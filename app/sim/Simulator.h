// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

class QNetworkAccessManager;
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
        /// Set: arrivals, follow-up messages and hang-ups go through the
        /// intake gateway at this URL (http://host:port) with this connector
        /// token, the way real connectors send them. Empty: straight into the
        /// database. Simulated desks always work on the database.
        QUrl intakeUrl;
        QString intakeToken;
    };

    struct Stats
    {
        int arrived = 0;
        int abandoned = 0;
        int claimed = 0;
        int completed = 0;
        int messages = 0; ///< follow-up messages sent through the gateway
        int errors = 0;
        QString lastError;
    };

    /// `config` is used for arrivals (any role allowed to insert contacts)
    /// unless they go through the gateway; simulated desks sign in as
    /// counselor logins on the same server.
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
    void arriveViaGateway(const QJsonObject& contact, bool phone);
    void followUp(const QJsonObject& contact);
    /// POST to the gateway; retried with the same Idempotency-Key after a
    /// 429, a 503 or a network error. `done` gets the final status and body.
    void post(const QString& path, const QJsonObject& body, const QString& key, int attempt,
              std::function<void(int status, const QJsonObject& reply)> done);
    bool viaGateway() const { return !m_options.intakeUrl.isEmpty(); }
    void deskStep(Desk* desk);
    void loadTemplates();
    bool note(bool ok, const QString& error);

    ConnectionConfig m_config;
    Options m_options;
    QRandomGenerator m_rng;
    std::unique_ptr<SqlConnection> m_connection;
    QNetworkAccessManager* m_network = nullptr;
    QList<Desk*> m_desks;
    QTimer* m_arrivals;
    QTimer* m_report;
    QElapsedTimer m_clock;
    Stats m_stats;
    QHash<QString, QStringList> m_previews;
    QStringList m_regulars;
    bool m_running = false;
    int m_sent = 0; ///< contacts sent to the gateway
    int m_inFlight = 0; ///< gateway requests not answered yet
    bool m_ending = false; ///< the limit is reached; stop once nothing is in flight
};

} // namespace minwon
