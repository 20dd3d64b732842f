// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeServer.h"

#include "intake/IntakeDbPool.h"
#include "intake/IntakeTokens.h"
#include "intake/Open311.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace minwon {

namespace {

constexpr int kPurgeIntervalMs = 3600 * 1000;

bool isOpen311(const HttpRequest& request)
{
    return request.path.startsWith(QLatin1String("/open311/"));
}

QString uuidArgument(const QString& text)
{
    // Canonical form only: 8-4-4-4-12 hex digits.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch() ? text.toLower() : QString();
}

QByteArray bearerToken(const HttpRequest& request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() > 7 && value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return value.mid(7).trimmed();
    return {};
}

} // namespace

IntakeServer::IntakeServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(new HttpServer(m_options.limits, this))
    , m_purgeTimer(new QTimer(this))
    , m_drainDeadline(new QTimer(this))
{
    m_clock.start();
    if (!m_options.logSink) {
        m_options.logSink = [](const QByteArray& line) {
            // One write a line: lines from other threads never interleave.
            const QByteArray out = line + '\n';
            std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
            std::fflush(stderr);
        };
    }
    m_options.database.applicationName = QStringLiteral("minwon-intake");
    m_http->setHandler([this](const HttpRequest& request) { handle(request); });
    m_http->setLogger([this](const HttpRequest& request, const HttpResponse& response, qint64 bytesOut) {
        logRequest(request, response, bytesOut);
    });
    m_purgeTimer->setInterval(kPurgeIntervalMs);
    connect(m_purgeTimer, &QTimer::timeout, this, &IntakeServer::purge);
    m_drainDeadline->setSingleShot(true);
    connect(m_drainDeadline, &QTimer::timeout, this, [this] {
        logEvent({{QStringLiteral("event"), QStringLiteral("drain_timeout")},
                  {QStringLiteral("connections"), m_http->connectionCount()}});
        m_http->abortAll();
        finish();
    });
    connect(m_http, &HttpServer::drained, this, &IntakeServer::finish);
}

IntakeServer::~IntakeServer()
{
    if (m_pool)
        m_pool->stop();
}

bool IntakeServer::start(QString* error)
{
    if (m_started)
        return true;
    if (!m_http->listen(m_options.address, m_options.port, error))
        return false;
    m_pool = new IntakeDbPool(m_options.database, m_options.password, m_options.dbConnections, this);
    m_pool->setRetryDelay(m_options.dbRetryDelayMs);
    m_started = true;
    m_purgeTimer->start();
    QTimer::singleShot(60000, this, &IntakeServer::purge);
    logEvent({{QStringLiteral("event"), QStringLiteral("listening")},
              {QStringLiteral("address"), m_http->address().toString()},
              {QStringLiteral("port"), int(m_http->port())},
              {QStringLiteral("db_connections"), m_options.dbConnections},
              {QStringLiteral("max_body_bytes"), qint64(m_options.limits.maxBodyBytes)}});
    return true;
}

quint16 IntakeServer::port() const
{
    return m_http->port();
}

void IntakeServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    logEvent({{QStringLiteral("event"), QStringLiteral("shutting_down")},
              {QStringLiteral("connections"), m_http->connectionCount()},
              {QStringLiteral("in_flight"), m_http->inFlight()}});
    m_purgeTimer->stop();
    m_drainDeadline->start(m_options.drainTimeoutMs);
    m_http->shutdown();
}

void IntakeServer::purge()
{
    if (m_stopping)
        return;
    auto reply = std::make_shared<StoreReply>();
    m_pool->submit([reply](DbContext& db) { return IntakeStore::purgeIdempotency(db, reply.get()); },
                   [this, reply](const DbJobResult& result) {
                       if (result.failure == DbError::Kind::None)
                           logEvent({{QStringLiteral("event"), QStringLiteral("idempotency_purged")},
                                     {QStringLiteral("detail"), QString::fromUtf8(reply->body)}});
                   });
}

void IntakeServer::finish()
{
    if (m_finished || !m_stopping)
        return;
    m_finished = true;
    m_drainDeadline->stop();
    if (m_pool)
        m_pool->stop(); // the jobs still queued run to their end first
    logEvent({{QStringLiteral("event"), QStringLiteral("stopped")}});
    emit finished();
}

// Routing ---------------------------------------------------------------------

void IntakeServer::handle(const HttpRequest& request)
{
    static const QRegularExpression abandonPath(QStringLiteral("^/v1/contacts/([^/]+)/abandon$"));
    static const QRegularExpression statusPath(QStringLiteral("^/open311/v2/requests/([^/]+)\\.json$"));
    const QString& path = request.path;
    Route route = Route::None;
    QByteArray allowed;
    QString argument;
    if (path == QLatin1String("/health")) {
        route = Route::Health;
        allowed = "GET";
    } else if (path == QLatin1String("/v1/contacts")) {
        route = Route::CreateContact;
        allowed = "POST";
    } else if (path == QLatin1String("/v1/messages")) {
        route = Route::AppendMessage;
        allowed = "POST";
    } else if (const auto m = abandonPath.match(path); m.hasMatch()) {
        route = Route::Abandon;
        allowed = "POST";
        argument = m.captured(1);
    } else if (path == QLatin1String("/open311/v2/services.json")) {
        route = Route::Services;
        allowed = "GET";
    } else if (path == QLatin1String("/open311/v2/requests.json")) {
        route = Route::Open311Create;
        allowed = "POST";
    } else if (const auto s = statusPath.match(path); s.hasMatch()) {
        route = Route::Open311Status;
        allowed = "GET";
        argument = s.captured(1);
    }
    if (route == Route::None) {
        respond(request,
                error(request, 404, QStringLiteral("not_found"),
                      QStringLiteral("There is nothing at this path.")));
        return;
    }
    if (request.method != allowed) {
        HttpResponse r = error(request, 405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("Use %1 here.").arg(QString::fromLatin1(allowed)));
        r.setHeader("Allow", allowed);
        respond(request, r);
        return;
    }
    if ((route == Route::Health || route == Route::Services || route == Route::Open311Status)
        && !admitPublic(request))
        return;
    switch (route) {
    case Route::Health:
        runJob(
            request, [](DbContext& db, StoreReply* reply) { return IntakeStore::health(db, reply); }, {},
            false);
        return;
    case Route::Services: {
        const QString language = m_options.language;
        runJob(
            request,
            [language](DbContext& db, StoreReply* reply) { return Open311::services(db, language, reply); },
            {}, false);
        return;
    }
    case Route::Open311Status: {
        const QString id = uuidArgument(argument);
        if (id.isEmpty()) {
            respond(request,
                    error(request, 404, QStringLiteral("not_found"),
                          QStringLiteral("No service request has this id.")));
            return;
        }
        const QString language = m_options.language;
        runJob(
            request,
            [id, language](DbContext& db, StoreReply* reply) {
                return Open311::status(db, id, language, reply);
            },
            {}, false);
        return;
    }
    case Route::Open311Create:
        handleOpen311Create(request);
        return;
    case Route::CreateContact:
    case Route::AppendMessage:
    case Route::Abandon:
        handleV1(request, route, argument);
        return;
    case Route::None:
        return;
    }
}

// Authentication and rate limits ---------------------------------------------------

void IntakeServer::authenticate(const HttpRequest& request, const QByteArray& token, AuthDone done)
{
    if (token.isEmpty()) {
        HttpResponse r = error(request, 401, QStringLiteral("missing_token"),
                               QStringLiteral("Send the connector's token: Authorization: Bearer <token>."));
        r.setHeader("WWW-Authenticate", "Bearer realm=\"minwon-intake\"");
        respond(request, r);
        return;
    }
    if (!IntakeTokens::looksLikeToken(token)) {
        admit(request, CachedConnector());
        return;
    }
    const QString hash = IntakeTokens::hash(QString::fromLatin1(token));
    const auto cached = m_tokenCache.constFind(hash);
    if (cached != m_tokenCache.constEnd() && cached->expiresMs > m_clock.elapsed()) {
        const CachedConnector entry = cached.value();
        if (admit(request, entry))
            done(entry.connector);
        return;
    }
    // Not known (or known too long ago): ask the database once for all the
    // requests that carry this token meanwhile.
    auto& waiting = m_authWaiting[hash];
    waiting.append({request, std::move(done)});
    if (waiting.size() > 1)
        return;
    auto reply = std::make_shared<StoreReply>();
    m_pool->submit([hash, reply](DbContext& db) { return IntakeStore::findConnector(db, hash, reply.get()); },
                   [this, hash, reply](const DbJobResult& result) { finishAuth(hash, *reply, result); },
                   false);
}

void IntakeServer::finishAuth(const QString& hash, const StoreReply& reply, const DbJobResult& result)
{
    const QList<std::pair<HttpRequest, AuthDone>> waiting = m_authWaiting.take(hash);
    if (result.failure != DbError::Kind::None) {
        for (const auto& [request, done] : waiting)
            respond(request, failure(request, result));
        return;
    }
    CachedConnector entry;
    entry.found = reply.found;
    entry.connector = reply.connector;
    // Unknown tokens are remembered briefly too, so a client hammering with
    // a wrong token does not hammer the database.
    entry.expiresMs
        = m_clock.elapsed() + (reply.found ? m_options.tokenCacheMs : qMin(2000, m_options.tokenCacheMs));
    if (m_tokenCache.size() > 10000)
        m_tokenCache.clear();
    m_tokenCache.insert(hash, entry);
    for (const auto& [request, done] : waiting)
        if (admit(request, entry))
            done(entry.connector);
}

bool IntakeServer::admitPublic(const HttpRequest& request)
{
    int retryAfter = 1;
    if (m_rates.take(QStringLiteral("address:") + request.peer.toString(), m_options.publicRatePerMinute,
                     m_options.publicBurst, &retryAfter))
        return true;
    HttpResponse r = error(request, 429, QStringLiteral("rate_limited"),
                           QStringLiteral("More than %1 requests a minute from this address.")
                               .arg(m_options.publicRatePerMinute));
    r.setHeader("Retry-After", QByteArray::number(retryAfter));
    respond(request, r);
    return false;
}

bool IntakeServer::admit(const HttpRequest& request, const CachedConnector& entry)
{
    if (!entry.found || !entry.connector.active) {
        HttpResponse r = error(request, 401, QStringLiteral("invalid_token"),
                               entry.found ? QStringLiteral("The token was revoked.")
                                           : QStringLiteral("The token is not valid."));
        r.setHeader("WWW-Authenticate", "Bearer realm=\"minwon-intake\", error=\"invalid_token\"");
        respond(request, r);
        return false;
    }
    int retryAfter = 1;
    if (!m_rates.take(entry.connector.id, entry.connector.ratePerMinute, entry.connector.burst,
                      &retryAfter)) {
        HttpResponse r = error(request, 429, QStringLiteral("rate_limited"),
                               QStringLiteral("More than %1 requests a minute (burst %2) for this connector.")
                                   .arg(entry.connector.ratePerMinute)
                                   .arg(entry.connector.burst));
        r.setHeader("Retry-After", QByteArray::number(retryAfter));
        r.logFields.insert(QStringLiteral("connector"), entry.connector.name);
        respond(request, r);
        return false;
    }
    return true;
}

// The JSON API -----------------------------------------------------------------------

void IntakeServer::handleV1(const HttpRequest& request, Route route, const QString& argument)
{
    authenticate(request, bearerToken(request),
                 [this, request, route, argument](const IntakeConnector& connector) {
                     continueV1(request, route, argument, connector);
                 });
}

void IntakeServer::continueV1(const HttpRequest& request, Route route, const QString& argument,
                              const IntakeConnector& connector)
{
    QJsonObject logFields {{QStringLiteral("connector"), connector.name}};
    auto refuse = [&](HttpResponse r) {
        for (auto it = logFields.begin(); it != logFields.end(); ++it)
            r.logFields.insert(it.key(), it.value());
        respond(request, r);
    };
    const QByteArray key = request.header("idempotency-key");
    if (!key.isEmpty())
        logFields.insert(QStringLiteral("idempotency_key"), QString::fromLatin1(key.left(200)));
    if (!request.body.trimmed().isEmpty() && request.mediaType() != "application/json") {
        refuse(error(request, 415, QStringLiteral("unsupported_media_type"),
                     QStringLiteral("Send the body as Content-Type: application/json.")));
        return;
    }
    InputError inputError;
    const std::optional<QJsonObject> body = IntakeInput::parseJsonObject(request.body, &inputError);
    if (!body) {
        refuse(inputError.response());
        return;
    }
    if (key.isEmpty()) {
        refuse(error(request, 400, QStringLiteral("missing_idempotency_key"),
                     QStringLiteral(
                         "Send an Idempotency-Key header (a unique id per request; the same on a retry).")));
        return;
    }
    if (!IntakeInput::isValidIdempotencyKey(key)) {
        refuse(error(request, 400, QStringLiteral("invalid_idempotency_key"),
                     QStringLiteral("The Idempotency-Key is 1 to 200 visible ASCII characters.")));
        return;
    }
    IdempotencyKey idem;
    idem.connectorId = connector.id;
    idem.key = QString::fromLatin1(key);
    idem.method = request.method;
    idem.path = request.path;
    idem.requestHash = IntakeInput::requestHash(request.method, request.path, *body);
    const QString source = QStringLiteral("intake:") + connector.name;

    if (route == Route::Abandon) {
        const QString id = uuidArgument(argument);
        if (id.isEmpty()) {
            refuse(
                error(request, 404, QStringLiteral("not_found"), QStringLiteral("No contact has this id.")));
            return;
        }
        if (!IntakeInput::abandon(*body, &inputError)) {
            refuse(inputError.response());
            return;
        }
        runJob(
            request,
            [idem, id, connector, source](DbContext& db, StoreReply* reply) {
                return IntakeStore::abandonContact(db, idem, id, connector, source, reply);
            },
            logFields);
        return;
    }
    const std::optional<ContactInput> in
        = IntakeInput::contact(*body, route == Route::AppendMessage, &inputError);
    if (!in) {
        refuse(inputError.response());
        return;
    }
    logFields.insert(QStringLiteral("channel"), in->channel);
    if (route == Route::AppendMessage && !IntakeInput::isTextChannel(in->channel)) {
        refuse(error(
            request, 422, QStringLiteral("channel_not_text"),
            QStringLiteral("Follow-up messages belong to text channels; \"%1\" is a call.").arg(in->channel),
            {{QStringLiteral("field"), QStringLiteral("channel")}}));
        return;
    }
    if (!connector.allows(in->channel)) {
        refuse(error(request, 403, QStringLiteral("channel_not_allowed"),
                     QStringLiteral("This connector may not use the channel \"%1\".").arg(in->channel)));
        return;
    }
    const ContactInput contact = *in;
    if (route == Route::CreateContact)
        runJob(
            request,
            [idem, contact, source](DbContext& db, StoreReply* reply) {
                return IntakeStore::createContact(db, idem, contact, source, reply);
            },
            logFields);
    else
        runJob(
            request,
            [idem, contact, source](DbContext& db, StoreReply* reply) {
                return IntakeStore::appendMessage(db, idem, contact, source, reply);
            },
            logFields);
}

// Open311 ------------------------------------------------------------------------------

void IntakeServer::handleOpen311Create(const HttpRequest& request)
{
    const QByteArray type = request.mediaType();
    if (type != "application/x-www-form-urlencoded" && type != "application/json") {
        respond(request,
                error(request, 415, QStringLiteral("unsupported_media_type"),
                      QStringLiteral("Send application/x-www-form-urlencoded (or application/json).")));
        return;
    }
    InputError inputError;
    const auto fields = Open311::parseFields(type, request.body, &inputError);
    if (!fields) {
        inputError.status = 400;
        respond(request, Open311::errorResponse(inputError));
        return;
    }
    const auto in = Open311::request(*fields, &inputError);
    // The token comes as GeoReport's api_key field or as a bearer token.
    const QByteArray bearer = bearerToken(request);
    const QByteArray token
        = !bearer.isEmpty() ? bearer : fields->value(QStringLiteral("api_key")).trimmed().toLatin1();
    if (!in) {
        // Input errors are only told to a known connector.
        authenticate(request, token, [this, request, inputError](const IntakeConnector& connector) {
            HttpResponse r = Open311::errorResponse(inputError);
            r.logFields.insert(QStringLiteral("connector"), connector.name);
            respond(request, r);
        });
        return;
    }
    const Open311Request parsed = *in;
    authenticate(request, token, [this, request, parsed](const IntakeConnector& connector) {
        continueOpen311Create(request, parsed, connector);
    });
}

void IntakeServer::continueOpen311Create(const HttpRequest& request, const Open311Request& in,
                                         const IntakeConnector& connector)
{
    QJsonObject logFields {{QStringLiteral("connector"), connector.name},
                           {QStringLiteral("channel"), QStringLiteral("web")}};
    if (!connector.allows(QStringLiteral("web"))) {
        HttpResponse r = error(request, 403, QStringLiteral("channel_not_allowed"),
                               QStringLiteral("This connector may not use the channel \"web\"."));
        r.logFields = logFields;
        respond(request, r);
        return;
    }
    // GeoReport has no idempotency; a client that sends the header gets it.
    IdempotencyKey idem;
    const QByteArray key = request.header("idempotency-key");
    if (!key.isEmpty()) {
        if (!IntakeInput::isValidIdempotencyKey(key)) {
            HttpResponse r
                = error(request, 400, QStringLiteral("invalid_idempotency_key"),
                        QStringLiteral("The Idempotency-Key is 1 to 200 visible ASCII characters."));
            r.logFields = logFields;
            respond(request, r);
            return;
        }
        logFields.insert(QStringLiteral("idempotency_key"), QString::fromLatin1(key));
        idem.connectorId = connector.id;
        idem.key = QString::fromLatin1(key);
        idem.method = request.method;
        idem.path = request.path;
        QJsonObject canonical;
        // The fields without the api_key, in a fixed order.
        canonical.insert(QStringLiteral("service_code"), in.serviceCode);
        canonical.insert(QStringLiteral("description"), in.description);
        canonical.insert(QStringLiteral("address_string"), in.addressString);
        canonical.insert(QStringLiteral("sender"), in.sender);
        canonical.insert(QStringLiteral("name"), in.firstName + QLatin1Char('\n') + in.lastName);
        canonical.insert(QStringLiteral("media_url"), in.mediaUrl);
        canonical.insert(QStringLiteral("lat"), in.lat ? QJsonValue(*in.lat) : QJsonValue());
        canonical.insert(QStringLiteral("long"), in.lon ? QJsonValue(*in.lon) : QJsonValue());
        idem.requestHash = IntakeInput::requestHash(request.method, request.path, canonical);
    }
    runJob(
        request,
        [idem, in](DbContext& db, StoreReply* reply) { return Open311::create(db, idem, in, reply); },
        logFields);
}

// Jobs and answers -----------------------------------------------------------------------

void IntakeServer::runJob(const HttpRequest& request, Job job, QJsonObject logFields, bool transaction)
{
    auto reply = std::make_shared<StoreReply>();
    HttpRequest head = request;
    head.body = QByteArray();
    m_pool->submit([job, reply](DbContext& db) { return job(db, reply.get()); },
                   [this, head, reply, logFields](const DbJobResult& result) {
                       HttpResponse r;
                       if (result.failure != DbError::Kind::None) {
                           r = failure(head, result);
                       } else {
                           r.status = reply->status;
                           r.body = reply->body;
                           r.reason = reply->reason;
                           if (reply->replayed)
                               r.setHeader("Idempotent-Replayed", "true");
                       }
                       if (head.path == QLatin1String("/health") && result.failure == DbError::Kind::None) {
                           QJsonObject body = QJsonDocument::fromJson(r.body).object();
                           body.insert(QStringLiteral("connections"), m_http->connectionCount());
                           body.insert(QStringLiteral("in_flight"), m_http->inFlight());
                           body.insert(QStringLiteral("queued_jobs"), m_pool->queued());
                           r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                       }
                       for (auto it = logFields.begin(); it != logFields.end(); ++it)
                           r.logFields.insert(it.key(), it.value());
                       if (!reply->contactId.isEmpty())
                           r.logFields.insert(QStringLiteral("contact_id"), reply->contactId);
                       if (reply->replayed)
                           r.logFields.insert(QStringLiteral("replayed"), true);
                       respond(head, r);
                   },
                   transaction);
}

void IntakeServer::respond(const HttpRequest& request, HttpResponse response)
{
    m_http->respond(request.connectionId, response);
}

HttpResponse IntakeServer::error(const HttpRequest& request, int status, const QString& reason,
                                 const QString& message, const QJsonObject& extra) const
{
    if (isOpen311(request))
        return Open311::errorResponse(status, reason, message);
    return HttpResponse::error(status, reason, message, extra);
}

HttpResponse IntakeServer::failure(const HttpRequest& request, const DbJobResult& result) const
{
    HttpResponse r;
    switch (result.failure) {
    case DbError::Kind::Invalid:
    case DbError::Kind::TooLong:
        r = error(request, 422, QStringLiteral("invalid_field"),
                  QStringLiteral("The database refused a value."));
        break;
    case DbError::Kind::Conflict:
        r = error(request, 503, QStringLiteral("database_busy"),
                  QStringLiteral(
                      "The database was busy with the same records; retry with the same Idempotency-Key."));
        r.setHeader("Retry-After", "1");
        break;
    case DbError::Kind::Duplicate:
    case DbError::Kind::PermissionDenied:
    case DbError::Kind::SchemaTooNew:
    case DbError::Kind::Other:
    case DbError::Kind::None:
        r = error(request, 500, QStringLiteral("internal_error"),
                  QStringLiteral("The gateway could not complete the request; nothing was saved."));
        r.logFields.insert(QStringLiteral("db_detail"), result.failureText.left(300));
        break;
    case DbError::Kind::DriverMissing:
    case DbError::Kind::Unreachable:
    case DbError::Kind::ConnectionLost:
    case DbError::Kind::AuthFailed:
    case DbError::Kind::TlsRefused:
    case DbError::Kind::DatabaseMissing:
    case DbError::Kind::ReadOnly:
        // Nothing was written; the same request (same Idempotency-Key) can be sent again.
        r = error(request, 503, QStringLiteral("database_unavailable"),
                  QStringLiteral("The database is unavailable; nothing was saved. Retry later with the same "
                                 "Idempotency-Key."));
        r.setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        break;
    }
    r.logFields.insert(QStringLiteral("db_error"), DbError::kindName(result.failure));
    return r;
}

// Logs ------------------------------------------------------------------------------------

void IntakeServer::logRequest(const HttpRequest& request, const HttpResponse& response, qint64 bytesOut)
{
    QJsonObject line = response.logFields;
    line.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"),
                response.status >= 500       ? QStringLiteral("error")
                    : response.status >= 400 ? QStringLiteral("warn")
                                             : QStringLiteral("info"));
    line.insert(QStringLiteral("request_id"), request.requestId);
    line.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
    line.insert(QStringLiteral("path"), request.path);
    line.insert(QStringLiteral("status"), response.status);
    const double ms = request.started.isValid() ? double(request.started.nsecsElapsed()) / 1e6 : 0.0;
    line.insert(QStringLiteral("duration_ms"), qRound(ms * 100.0) / 100.0);
    line.insert(QStringLiteral("bytes_in"), request.bytesIn);
    line.insert(QStringLiteral("bytes_out"), bytesOut);
    line.insert(QStringLiteral("remote"), request.peer.toString());
    if (!response.reason.isEmpty())
        line.insert(QStringLiteral("reason"), response.reason);
    if (!line.contains(QStringLiteral("connector")))
        line.insert(QStringLiteral("connector"), QJsonValue());
    if (!line.contains(QStringLiteral("idempotency_key"))) {
        const QByteArray key = request.header("idempotency-key");
        line.insert(QStringLiteral("idempotency_key"),
                    key.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(key.left(200))));
    }
    m_options.logSink(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void IntakeServer::logEvent(const QJsonObject& fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QStringLiteral("info"));
    m_options.logSink(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

} // namespace minwon
