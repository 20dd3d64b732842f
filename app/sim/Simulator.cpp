// SPDX-License-Identifier: Apache-2.0
#include "sim/Simulator.h"

#include "db/SqlConnection.h"
#include "demo/DemoMix.h"
#include "demo/DemoNames.h"
#include "text/PhoneNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimer>

#include <cmath>

namespace minwon {

namespace {

struct SimulatorTr
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)
};

double exponential(QRandomGenerator& rng, double mean)
{
    return -mean * std::log(1.0 - rng.generateDouble() * 0.999999);
}

} // namespace

struct Simulator::Desk
{
    QString login;
    std::unique_ptr<SqlConnection> connection;
    QTimer* timer = nullptr;
    QString contact; // in hand
    QString phase; // idle, talking, wrapping
    QString subcategory;
};

Simulator::Simulator(const ConnectionConfig& config, const Options& options, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_rng(options.seed)
    , m_arrivals(new QTimer(this))
    , m_report(new QTimer(this))
{
    m_arrivals->setSingleShot(true);
    connect(m_arrivals, &QTimer::timeout, this, &Simulator::arrive);
    m_report->setInterval(5000);
    connect(m_report, &QTimer::timeout, this, [this] { emit progress(m_stats); });
}

Simulator::~Simulator()
{
    stop();
    qDeleteAll(m_desks);
}

void Simulator::loadTemplates()
{
    QFile file(QStringLiteral(":/demo/case_templates.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject categories
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("categories")).toObject();
        for (auto it = categories.begin(); it != categories.end(); ++it)
            for (const QJsonValue& v : it.value().toArray())
                m_previews[it.key()] << v.toObject().value(QStringLiteral("summary")).toString();
    }
    for (int i = 0; i < 300; ++i) {
        QString number = demo::mobileNumber(m_rng);
        m_regulars << number.remove(QLatin1Char('-'));
    }
}

bool Simulator::start(QString* error)
{
    if (viaGateway()) {
        m_network = new QNetworkAccessManager(this);
    } else {
        m_connection = std::make_unique<SqlConnection>(m_config, QString(), QStringLiteral("sim"));
        if (!m_connection->open(error))
            return false;
    }
    loadTemplates();
    for (int i = 0; i < m_options.desks; ++i) {
        auto* desk = new Desk;
        // The last counselors of the demo city; counselor01 stays free for a person.
        desk->login = QStringLiteral("counselor%1").arg(50 - i, 2, 10, QLatin1Char('0'));
        ConnectionConfig config = m_config;
        config.user = desk->login;
        config.applicationName = QStringLiteral("minwon-sim-desk");
        desk->connection = std::make_unique<SqlConnection>(config, QString(), QStringLiteral("sim-desk"));
        QString deskError;
        if (!desk->connection->open(&deskError)) {
            if (error)
                *error = SimulatorTr::tr("Simulated desk %1 cannot sign in: %2").arg(desk->login, deskError);
            delete desk;
            return false;
        }
        QSqlQuery q(desk->connection->db());
        // A simulated counselor starts with empty hands.
        q.exec(
            QStringLiteral("SELECT release_contact(id) FROM contacts WHERE claimed_by = current_person_id() "
                           "AND state = 'claimed'"));
        q.exec(QStringLiteral("SELECT set_agent_state('available')"));
        desk->phase = QStringLiteral("idle");
        desk->timer = new QTimer(this);
        desk->timer->setSingleShot(true);
        connect(desk->timer, &QTimer::timeout, this, [this, desk] { deskStep(desk); });
        desk->timer->start(int(m_rng.bounded(500, 3000)));
        m_desks << desk;
    }
    m_running = true;
    m_clock.start();
    m_report->start();
    scheduleArrival();
    return true;
}

void Simulator::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_arrivals->stop();
    m_report->stop();
    for (Desk* desk : std::as_const(m_desks)) {
        desk->timer->stop();
        QSqlQuery q(desk->connection->db());
        if (!desk->contact.isEmpty())
            q.exec(QStringLiteral("SELECT release_contact('%1')").arg(desk->contact));
        q.exec(QStringLiteral("SELECT set_agent_state('offline')"));
    }
    emit progress(m_stats);
    emit finished();
}

bool Simulator::note(bool ok, const QString& error)
{
    if (!ok) {
        ++m_stats.errors;
        m_stats.lastError = error;
    }
    return ok;
}

void Simulator::scheduleArrival()
{
    if (!m_running)
        return;
    // Through the gateway, arrivals are counted when sent; the end waits
    // for the answers still on their way.
    const int counted = viaGateway() ? m_sent : m_stats.arrived;
    if ((m_options.durationSeconds > 0 && m_clock.elapsed() >= m_options.durationSeconds * 1000LL)
        || (m_options.maxContacts > 0 && counted >= m_options.maxContacts)) {
        if (m_inFlight > 0)
            m_ending = true;
        else
            stop();
        return;
    }
    const double meanMs = 60000.0 / qMax(0.01, m_options.perMinute);
    m_arrivals->start(int(qMin(exponential(m_rng, meanMs), 3600000.0)));
}

void Simulator::arrive()
{
    const QString channel = demo::pickChannel(m_rng);
    const QString sub = demo::pickSubcategory(m_rng);
    const QStringList previews = m_previews.value(sub);
    const QString preview = previews.isEmpty() ? QString() : previews.at(int(m_rng.bounded(previews.size())));
    const bool voice = channel == QLatin1String("phone") || channel == QLatin1String("fax");
    QString sender;
    QString display;
    if (voice || channel == QLatin1String("sms")) {
        // Numbers are stored in one form so that a caller's history is found
        // however the number was written.
        const PhoneNumber number
            = PhoneNumber::parse(m_rng.bounded(8) == 0 ? m_regulars.at(int(m_rng.bounded(m_regulars.size())))
                                                       : demo::mobileNumber(m_rng));
        sender = number.key();
        display = number.display();
    } else {
        display = QStringLiteral("user%1").arg(m_rng.bounded(100000, 999999));
        sender = channel + QLatin1Char(':') + display;
    }
    const int priority = sub == QLatin1String("covid19.violation") ? 5 : (m_rng.bounded(20) == 0 ? 3 : 0);
    const int room = m_rng.bounded(6) == 0 ? 1 + int(m_rng.bounded(2)) : 0;

    if (viaGateway()) {
        // As a connector sends it: the number as the caller ID shows it,
        // the handle as the platform names the person.
        QJsonObject contact {{QStringLiteral("channel"), channel},
                             {QStringLiteral("sender"), display},
                             {QStringLiteral("text"), preview},
                             {QStringLiteral("priority"), priority},
                             {QStringLiteral("category_hint"), sub}};
        if (room > 0)
            contact.insert(QStringLiteral("room"), room);
        arriveViaGateway(contact, channel == QLatin1String("phone"));
        scheduleArrival();
        return;
    }

    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("INSERT INTO contacts (channel, sender, sender_display, preview, priority, "
                             "preferred_room, category_hint, source) "
                             "VALUES (?, ?, ?, ?, ?, nullif(?, 0), ?, 'simulator') RETURNING id"));
    q.addBindValue(channel);
    q.addBindValue(sender);
    q.addBindValue(display);
    q.addBindValue(preview);
    q.addBindValue(priority);
    q.addBindValue(room);
    q.addBindValue(sub);
    if (note(q.exec() && q.next(), q.lastError().text())) {
        ++m_stats.arrived;
        const QString id = q.value(0).toString();
        if (channel == QLatin1String("phone") && m_rng.generateDouble() < m_options.abandonRate) {
            // This caller gives up after a while unless someone answers first.
            const int patience = int(qBound(3000.0, exponential(m_rng, 40000.0), 180000.0));
            QTimer::singleShot(patience, this, [this, id] {
                if (!m_running)
                    return;
                QSqlQuery a(m_connection->db());
                if (note(a.exec(QStringLiteral("SELECT abandon_contact('%1')").arg(id)) && a.next(),
                         a.lastError().text())
                    && a.value(0).toBool())
                    ++m_stats.abandoned;
            });
        }
    }
    scheduleArrival();
}

void Simulator::arriveViaGateway(const QJsonObject& contact, bool phone)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ++m_sent;
    post(QStringLiteral("/v1/contacts"), contact, key, 0,
         [this, contact, phone](int status, const QJsonObject& reply) {
             if (status != 201) {
                 note(false,
                      QStringLiteral("HTTP %1 %2")
                          .arg(status)
                          .arg(reply.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("reason"))
                                   .toString()));
                 return;
             }
             ++m_stats.arrived;
             const QString id = reply.value(QStringLiteral("contact_id")).toString();
             if (phone && m_rng.generateDouble() < m_options.abandonRate) {
                 // The caller hangs up: the telephony connector reports it.
                 const int patience = int(qBound(3000.0, exponential(m_rng, 40000.0), 180000.0));
                 QTimer::singleShot(patience, this, [this, id] {
                     if (!m_running)
                         return;
                     post(QStringLiteral("/v1/contacts/%1/abandon").arg(id), {},
                          QUuid::createUuid().toString(QUuid::WithoutBraces), 0,
                          [this](int abandonStatus, const QJsonObject& answer) {
                              if (abandonStatus == 200 && answer.value(QStringLiteral("abandoned")).toBool())
                                  ++m_stats.abandoned;
                              else if (abandonStatus != 409) // 409: someone answered first
                                  note(false, QStringLiteral("HTTP %1 on abandon").arg(abandonStatus));
                          });
                 });
             } else if (!phone && m_rng.bounded(6) == 0) {
                 // Some writers send a second message before anyone answers.
                 QTimer::singleShot(int(m_rng.bounded(3000, 30000)), this,
                                    [this, contact] { followUp(contact); });
             }
         });
}

void Simulator::followUp(const QJsonObject& contact)
{
    if (!m_running)
        return;
    const QStringList previews = m_previews.value(contact.value(QStringLiteral("category_hint")).toString());
    if (previews.isEmpty())
        return;
    QJsonObject message {{QStringLiteral("channel"), contact.value(QStringLiteral("channel"))},
                         {QStringLiteral("sender"), contact.value(QStringLiteral("sender"))},
                         {QStringLiteral("text"), previews.at(int(m_rng.bounded(previews.size())))}};
    post(QStringLiteral("/v1/messages"), message, QUuid::createUuid().toString(QUuid::WithoutBraces), 0,
         [this](int status, const QJsonObject&) {
             if (status == 200 || status == 201)
                 ++m_stats.messages;
             else
                 note(false, QStringLiteral("HTTP %1 on a follow-up").arg(status));
         });
}

void Simulator::post(const QString& path, const QJsonObject& body, const QString& key, int attempt,
                     std::function<void(int status, const QJsonObject& reply)> done)
{
    QNetworkRequest request(m_options.intakeUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_options.intakeToken.toLatin1());
    request.setRawHeader("Idempotency-Key", key.toLatin1());
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, body, key, attempt, done] {
        reply->deleteLater();
        --m_inFlight;
        auto settle = qScopeGuard([this] {
            if (m_ending && m_inFlight == 0)
                stop();
        });
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0)
            answer
                = {{QStringLiteral("error"), QJsonObject {{QStringLiteral("reason"), reply->errorString()}}}};
        // Retried with the same key: the gateway makes sure it counts once.
        const bool retry = status == 0 || status == 429 || status == 503;
        if (retry && attempt < 3 && m_running) {
            const int wait = qBound(200, reply->rawHeader("Retry-After").toInt() * 1000, 10000);
            ++m_inFlight; // still on its way
            QTimer::singleShot(wait, this, [this, path, body, key, attempt, done] {
                --m_inFlight;
                post(path, body, key, attempt + 1, done);
            });
            return;
        }
        done(status, answer);
    });
}

void Simulator::deskStep(Desk* desk)
{
    if (!m_running)
        return;
    QSqlQuery q(desk->connection->db());
    const double scale = qMax(0.01, m_options.timeScale);
    if (desk->phase == QLatin1String("idle")) {
        if (!note(q.exec(QStringLiteral("SELECT claim_next()")) && q.next(), q.lastError().text())) {
            desk->timer->start(2000);
            return;
        }
        if (q.isNull(0)) {
            desk->timer->start(int(m_rng.bounded(1000, 4000)));
            return;
        }
        desk->contact = q.value(0).toString();
        q.prepare(QStringLiteral(
            "SELECT coalesce(category_hint, 'other.general') FROM contacts WHERE id = ?::uuid"));
        q.addBindValue(desk->contact);
        desk->subcategory = q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("other.general");
        desk->phase = QStringLiteral("talking");
        ++m_stats.claimed;
        desk->timer->start(int(qBound(3000.0, exponential(m_rng, 150000.0) + 30000.0, 600000.0) / scale));
        return;
    }
    if (desk->phase == QLatin1String("talking")) {
        note(q.exec(QStringLiteral("SELECT finish_contact('%1')").arg(desk->contact)), q.lastError().text());
        desk->phase = QStringLiteral("wrapping");
        desk->timer->start(int(m_rng.bounded(15000, 60000) / scale));
        return;
    }
    // Wrapping up: the case, completed with a result, ends after-contact work.
    const QString sub = desk->subcategory;
    const QStringList previews = m_previews.value(sub);
    q.prepare(QStringLiteral(
        "INSERT INTO cases (id, contact_id, channel, sender, category_code, subcategory_code, "
        " summary, answer, wrapup_code, state, completed_at, counselor_id, room_id, updated_by) "
        "SELECT gen_random_uuid(), c.id, c.channel, c.sender, split_part(?, '.', 1), ?, "
        " coalesce(nullif(c.preview, ''), '문의'), '안내 완료', ?, 'completed', now(), "
        " current_person_id(), (SELECT room_id FROM people WHERE id = current_person_id()), "
        " current_person_id() FROM contacts c WHERE c.id = ?::uuid"));
    q.addBindValue(sub);
    q.addBindValue(sub);
    q.addBindValue(sub == QLatin1String("covid19.violation") ? QStringLiteral("violation")
                                                             : QStringLiteral("answered"));
    q.addBindValue(desk->contact);
    if (note(q.exec(), q.lastError().text()))
        ++m_stats.completed;
    else
        q.exec(QStringLiteral("SELECT release_contact('%1')").arg(desk->contact));
    desk->contact.clear();
    desk->phase = QStringLiteral("idle");
    desk->timer->start(int(m_rng.bounded(500, 5000) / scale));
}

} // namespace minwon
