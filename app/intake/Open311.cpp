// SPDX-License-Identifier: Apache-2.0
#include "intake/Open311.h"

#include "text/PhoneNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace minwon {

namespace {

struct Open311Tr
{
    Q_DECLARE_TR_FUNCTIONS(Open311)
};

InputError bad(const QString& field, const QString& message,
               const QString& reason = QStringLiteral("invalid_field"))
{
    return InputError {400, reason, message, field};
}

bool hasHangul(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
            return true;
    return false;
}

/// Korean names are written family name first, without a space.
QString fullName(const QString& first, const QString& last)
{
    if (first.isEmpty() || last.isEmpty())
        return (first + last).trimmed();
    if (hasHangul(first) && hasHangul(last))
        return last + first;
    return first + QLatin1Char(' ') + last;
}

bool textField(const QHash<QString, QString>& fields, const QString& name, int maxPoints, QString* out,
               InputError* error, bool allowNewlines = false)
{
    const QString v = fields.value(name).trimmed();
    if (!IntakeInput::isCleanText(v, allowNewlines)) {
        *error = bad(name, QStringLiteral("\"%1\" contains control characters.").arg(name));
        return false;
    }
    if (IntakeInput::codePoints(v) > maxPoints) {
        *error = bad(name, QStringLiteral("\"%1\" is longer than %2 characters.").arg(name).arg(maxPoints),
                     QStringLiteral("field_too_long"));
        return false;
    }
    *out = v;
    return true;
}

bool coordinate(const QHash<QString, QString>& fields, const QString& name, double limit,
                std::optional<double>* out, InputError* error)
{
    const QString v = fields.value(name).trimmed();
    if (v.isEmpty())
        return true;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || d < -limit || d > limit) {
        *error = bad(
            name, QStringLiteral("\"%1\" must be a number from %2 to %3.").arg(name).arg(-limit).arg(limit));
        return false;
    }
    *out = d;
    return true;
}

QString nameIn(const QString& language, const QVariant& ko, const QVariant& en)
{
    return (language == QLatin1String("ko") ? ko : en).toString();
}

void setArray(StoreReply* reply, int status, const QJsonArray& body)
{
    reply->status = status;
    reply->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void setError(StoreReply* reply, int status, const QString& reason, const QString& description)
{
    reply->status = status;
    reply->body = Open311::errorResponse(status, reason, description).body;
    reply->reason = reason;
}

QJsonValue timeOrNull(const QVariant& v)
{
    const QString t = IntakeStore::isoTime(v);
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

} // namespace

namespace Open311 {

HttpResponse errorResponse(int status, const QString& reason, const QString& description)
{
    HttpResponse r = HttpResponse::json(status,
                                        QJsonArray {QJsonObject {{QStringLiteral("code"), status},
                                                                 {QStringLiteral("description"), description},
                                                                 {QStringLiteral("reason"), reason}}});
    r.reason = reason;
    return r;
}

HttpResponse errorResponse(const InputError& error)
{
    return errorResponse(error.status, error.reason, error.message);
}

std::optional<QHash<QString, QString>> parseFields(const QByteArray& mediaType, const QByteArray& body,
                                                   InputError* error)
{
    QHash<QString, QString> fields;
    if (!isValidUtf8(body)) {
        *error = InputError {
            400, QStringLiteral("invalid_utf8"), QStringLiteral("The body is not valid UTF-8."), {}};
        return std::nullopt;
    }
    if (mediaType == "application/json") {
        const auto object = IntakeInput::parseJsonObject(body, error);
        if (!object)
            return std::nullopt;
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (it.value().isString())
                fields.insert(it.key(), it.value().toString());
            else if (it.value().isDouble())
                fields.insert(it.key(), QString::number(it.value().toDouble(), 'g', 12));
            else if (!it.value().isNull() && !it.key().startsWith(QLatin1String("attribute"))) {
                *error = bad(it.key(), QStringLiteral("\"%1\" must be a string.").arg(it.key()));
                return std::nullopt;
            }
        }
        return fields;
    }
    // application/x-www-form-urlencoded, as GeoReport v2 clients send it.
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        key = QByteArray::fromPercentEncoding(key);
        value = QByteArray::fromPercentEncoding(value);
        if (!isValidUtf8(key) || !isValidUtf8(value)) {
            *error = InputError {400,
                                 QStringLiteral("invalid_utf8"),
                                 QStringLiteral("A form field is not valid UTF-8 once decoded."),
                                 {}};
            return std::nullopt;
        }
        const QString name = QString::fromUtf8(key);
        if (name.startsWith(QLatin1String("attribute[")))
            continue; // our services have no attributes
        if (fields.contains(name)) {
            *error = bad(name, QStringLiteral("\"%1\" is given twice.").arg(name),
                         QStringLiteral("duplicate_field"));
            return std::nullopt;
        }
        fields.insert(name, QString::fromUtf8(value));
    }
    return fields;
}

std::optional<Open311Request> request(const QHash<QString, QString>& fields, InputError* error)
{
    Open311Request r;
    r.apiKey = fields.value(QStringLiteral("api_key")).trimmed();
    if (!textField(fields, QStringLiteral("service_code"), 64, &r.serviceCode, error)
        || !textField(fields, QStringLiteral("description"), 4000, &r.description, error, true)
        || !textField(fields, QStringLiteral("address_string"), 250, &r.addressString, error)
        || !textField(fields, QStringLiteral("email"), 200, &r.email, error)
        || !textField(fields, QStringLiteral("device_id"), 100, &r.deviceId, error)
        || !textField(fields, QStringLiteral("account_id"), 100, &r.accountId, error)
        || !textField(fields, QStringLiteral("first_name"), 50, &r.firstName, error)
        || !textField(fields, QStringLiteral("last_name"), 50, &r.lastName, error)
        || !textField(fields, QStringLiteral("phone"), 40, &r.phone, error)
        || !textField(fields, QStringLiteral("media_url"), 500, &r.mediaUrl, error)
        || !coordinate(fields, QStringLiteral("lat"), 90, &r.lat, error)
        || !coordinate(fields, QStringLiteral("long"), 180, &r.lon, error))
        return std::nullopt;
    if (r.serviceCode.isEmpty()) {
        *error = bad(QStringLiteral("service_code"), QStringLiteral("\"service_code\" is required."),
                     QStringLiteral("missing_field"));
        return std::nullopt;
    }
    if (r.description.isEmpty()) {
        *error = bad(QStringLiteral("description"), QStringLiteral("\"description\" is required."),
                     QStringLiteral("missing_field"));
        return std::nullopt;
    }
    if (r.lat.has_value() != r.lon.has_value()) {
        *error = bad(QStringLiteral("lat"), QStringLiteral("\"lat\" and \"long\" come together."));
        return std::nullopt;
    }
    if (!r.email.isEmpty()) {
        static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!mail.match(r.email).hasMatch()) {
            *error = bad(QStringLiteral("email"), QStringLiteral("\"email\" is not an e-mail address."));
            return std::nullopt;
        }
    }
    if (!r.mediaUrl.isEmpty()) {
        const QUrl url(r.mediaUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            *error
                = bad(QStringLiteral("media_url"), QStringLiteral("\"media_url\" must be an http(s) URL."));
            return std::nullopt;
        }
    }
    const QString name = fullName(r.firstName, r.lastName);
    if (!r.phone.isEmpty()) {
        const PhoneNumber number = PhoneNumber::parse(r.phone);
        if (!number.isValid()) {
            *error
                = bad(QStringLiteral("phone"), QStringLiteral("\"phone\" is not a Korean telephone number."));
            return std::nullopt;
        }
        r.phoneDisplay = number.display();
        r.sender = number.key();
        r.senderDisplay = name.isEmpty() ? number.display() : name;
        return r;
    }
    // Without a telephone number the citizen is known by e-mail, account or device.
    if (!r.email.isEmpty())
        r.sender = QStringLiteral("web:") + r.email.toLower();
    else if (!r.accountId.isEmpty())
        r.sender = QStringLiteral("web:account:") + r.accountId;
    else if (!r.deviceId.isEmpty())
        r.sender = QStringLiteral("web:device:") + r.deviceId;
    r.senderDisplay = !name.isEmpty() ? name
        : !r.email.isEmpty()          ? r.email
        : !r.accountId.isEmpty()      ? r.accountId
                                      : QString();
    return r;
}

DbJobResult services(DbContext& db, const QString& language, StoreReply* reply)
{
    bool ok = false;
    // Services are the categories a case can be filed under: the active
    // leaves of the category tree, grouped by their parent.
    QSqlQuery& q = db.exec(
        QStringLiteral(
            "SELECT c.code, c.name_ko, c.name_en, p.name_ko, p.name_en, c.needs_address "
            "FROM categories c LEFT JOIN categories p ON p.code = c.parent_code "
            "WHERE c.active AND (p.code IS NULL OR p.active) "
            "AND NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_code = c.code AND k.active) "
            "ORDER BY coalesce(p.sort_order, c.sort_order), coalesce(p.code, c.code), p.code IS NOT NULL, "
            "c.sort_order, c.code"),
        {}, &ok);
    if (!ok)
        return IntakeStore::failed(db, q.lastError());
    QJsonArray list;
    while (q.next()) {
        const QString name = nameIn(language, q.value(1), q.value(2));
        const QString group = q.isNull(3) ? name : nameIn(language, q.value(3), q.value(4));
        list.append(QJsonObject {
            {QStringLiteral("service_code"), q.value(0).toString()},
            {QStringLiteral("service_name"), name},
            {QStringLiteral("description"), group == name ? name : group + QStringLiteral(" — ") + name},
            {QStringLiteral("metadata"), false},
            {QStringLiteral("type"), QStringLiteral("realtime")},
            {QStringLiteral("keywords"), q.value(0).toString().replace(QLatin1Char('.'), QLatin1Char(','))},
            {QStringLiteral("group"), group},
            {QStringLiteral("address_required"), q.value(5).toBool()}});
    }
    setArray(reply, 200, list);
    return DbJobResult();
}

DbJobResult create(DbContext& db, const IdempotencyKey& idem, const Open311Request& in, StoreReply* reply)
{
    bool ok = false;
    QSqlQuery& q = db.exec(
        QStringLiteral("SELECT c.parent_code, c.needs_address, c.active AND (p.code IS NULL OR p.active), "
                       "EXISTS (SELECT 1 FROM categories k WHERE k.parent_code = c.code AND k.active) "
                       "FROM categories c LEFT JOIN categories p ON p.code = c.parent_code WHERE c.code = ?"),
        {in.serviceCode}, &ok);
    if (!ok)
        return IntakeStore::failed(db, q.lastError());
    if (!q.next() || !q.value(2).toBool() || q.value(3).toBool()) {
        setError(reply, 400, QStringLiteral("unknown_service_code"),
                 QStringLiteral("No service has the code \"%1\"; see services.json.").arg(in.serviceCode));
        return DbJobResult();
    }
    const QString parent = q.value(0).toString();
    if (q.value(1).toBool() && in.addressString.isEmpty() && !in.lat) {
        setError(reply, 400, QStringLiteral("address_required"),
                 QStringLiteral("This service needs a place: address_string or lat and long."));
        return DbJobResult();
    }
    DbJobResult result;
    if (!IntakeStore::claimIdempotency(db, idem, reply, &result))
        return result;

    const QString caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sender = in.sender.isEmpty() ? QStringLiteral("web:request:") + caseId : in.sender;
    QString address = in.addressString;
    if (in.lat && in.lon) {
        const QString point = QStringLiteral("(%1, %2)").arg(*in.lat, 0, 'f', 6).arg(*in.lon, 0, 'f', 6);
        address = address.isEmpty() ? point : address + QLatin1Char(' ') + point;
    }
    QString summary = in.description;
    if (!in.mediaUrl.isEmpty())
        summary += QStringLiteral("\n\n") + in.mediaUrl;
    const QString externalRef = !in.accountId.isEmpty() ? in.accountId : in.deviceId;

    // The contact queues like any other; its case is open, with no counselor
    // yet, so the request can be followed from the first minute.
    QSqlQuery& insert = db.exec(
        QStringLiteral(
            "WITH c AS ("
            " INSERT INTO contacts (channel, sender, sender_display, preview, category_hint, source, "
            "external_ref, "
            "  case_id) VALUES ('web', ?, coalesce(?, ''), ?, ?, 'open311', nullif(?, ''), ?::uuid) "
            " RETURNING id, arrived_at), "
            "m AS (INSERT INTO contact_messages (contact_id, at, body) SELECT c.id, c.arrived_at, ?::text "
            "FROM c), "
            "k AS (INSERT INTO cases (id, contact_id, channel, sender, citizen_name, phone, address, "
            "category_code, "
            "  subcategory_code, summary, state) "
            " SELECT ?::uuid, c.id, 'web', ?, nullif(?, ''), nullif(?, ''), nullif(?, ''), ?, nullif(?, ''), "
            "?, 'open' "
            " FROM c RETURNING id) "
            "SELECT c.id, c.arrived_at, (SELECT k.id FROM k) FROM c"),
        {sender, in.senderDisplay, IntakeInput::leftCodePoints(in.description, IntakeInput::kMaxPreview),
         in.serviceCode, externalRef, caseId, in.description, caseId, sender,
         fullName(in.firstName, in.lastName), in.phoneDisplay, address,
         parent.isEmpty() ? in.serviceCode : parent, parent.isEmpty() ? QString() : in.serviceCode,
         IntakeInput::leftCodePoints(summary, 4000)},
        &ok);
    if (!ok || !insert.next())
        return IntakeStore::failed(db, insert.lastError());
    reply->contactId = insert.value(0).toString();
    reply->caseId = caseId;
    setArray(reply, 201,
             QJsonArray {QJsonObject {
                 {QStringLiteral("service_request_id"), caseId},
                 {QStringLiteral("service_notice"),
                  Open311Tr::tr("Received by the civil-complaint call center. A counselor will handle it.")},
                 {QStringLiteral("account_id"), QJsonValue()}}});
    if (!IntakeStore::storeIdempotency(db, idem, *reply, &result))
        return result;
    result.commit = true;
    return result;
}

DbJobResult status(DbContext& db, const QString& caseId, const QString& language, StoreReply* reply)
{
    bool ok = false;
    // Only requests that came in through Open311 are visible here, and only
    // their status: no names, numbers or texts of the citizen.
    QSqlQuery& q = db.exec(
        QStringLiteral(
            "SELECT k.state, coalesce(k.subcategory_code, k.category_code), cat.name_ko, cat.name_en, "
            " k.opened_at, k.updated_at, w.name_ko, w.name_en, "
            " f.state, f.result, f.due_at, f.updated_at, d.name_ko, d.name_en "
            "FROM cases k "
            "JOIN contacts c ON c.id = k.contact_id AND c.source = 'open311' "
            "LEFT JOIN categories cat ON cat.code = coalesce(k.subcategory_code, k.category_code) "
            "LEFT JOIN wrapup_codes w ON w.code = k.wrapup_code "
            "LEFT JOIN LATERAL (SELECT x.* FROM forwards x WHERE x.case_id = k.id "
            "  ORDER BY (x.purpose = 'action') DESC, x.sent_at DESC LIMIT 1) f ON true "
            "LEFT JOIN departments d ON d.code = f.department_code "
            "WHERE k.id = ?::uuid"),
        {caseId}, &ok);
    if (!ok)
        return IntakeStore::failed(db, q.lastError());
    if (!q.next()) {
        setError(reply, 404, QStringLiteral("not_found"), QStringLiteral("No service request has this id."));
        return DbJobResult();
    }
    const QString caseState = q.value(0).toString();
    const bool forwarded = !q.isNull(8);
    QString status;
    QString notes;
    QString agency;
    QVariant updated = q.value(5);
    QJsonValue expected;
    if (forwarded) {
        const QString forwardState = q.value(8).toString();
        const QString result = q.value(9).toString().trimmed();
        agency = nameIn(language, q.value(12), q.value(13));
        expected = timeOrNull(q.value(10));
        if (q.value(11).toDateTime() > updated.toDateTime())
            updated = q.value(11);
        status = forwardState == QLatin1String("closed") ? QStringLiteral("closed") : QStringLiteral("open");
        if (forwardState == QLatin1String("closed"))
            notes = result.isEmpty() ? Open311Tr::tr("%1 closed the report.").arg(agency)
                                     : Open311Tr::tr("%1 closed the report: %2").arg(agency, result);
        else if (forwardState == QLatin1String("checked"))
            notes = result.isEmpty() ? Open311Tr::tr("%1 checked on site.").arg(agency)
                                     : Open311Tr::tr("%1 checked on site: %2").arg(agency, result);
        else if (forwardState == QLatin1String("acknowledged"))
            notes = Open311Tr::tr("%1 has received the report.").arg(agency);
        else
            notes = Open311Tr::tr("Forwarded to %1.").arg(agency);
    } else {
        agency = Open311Tr::tr("Civil-complaint call center");
        const bool done = caseState == QLatin1String("completed") || caseState == QLatin1String("approved");
        status = done ? QStringLiteral("closed") : QStringLiteral("open");
        const QString outcome = nameIn(language, q.value(6), q.value(7));
        if (!done)
            notes = Open311Tr::tr("Received; a counselor will handle it.");
        else if (outcome.isEmpty())
            notes = Open311Tr::tr("Handled by the call center.");
        else
            notes = Open311Tr::tr("Handled by the call center: %1.").arg(outcome);
    }
    setArray(
        reply, 200,
        QJsonArray {QJsonObject {{QStringLiteral("service_request_id"), caseId},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("status_notes"), notes},
                                 {QStringLiteral("service_code"), q.value(1).toString()},
                                 {QStringLiteral("service_name"), nameIn(language, q.value(2), q.value(3))},
                                 {QStringLiteral("agency_responsible"), agency},
                                 {QStringLiteral("service_notice"), QString()},
                                 {QStringLiteral("requested_datetime"), timeOrNull(q.value(4))},
                                 {QStringLiteral("updated_datetime"), timeOrNull(updated)},
                                 {QStringLiteral("expected_datetime"), expected}}});
    return DbJobResult();
}

} // namespace Open311

} // namespace minwon
