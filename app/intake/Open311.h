// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "intake/IntakeStore.h"

#include <QHash>
#include <QString>

#include <optional>

namespace minwon {

/// A GeoReport v2 service request as a civic app posts it.
struct Open311Request
{
    QString apiKey;
    QString serviceCode;
    QString description;
    QString addressString;
    QString email;
    QString deviceId;
    QString accountId;
    QString firstName;
    QString lastName;
    QString phone; ///< as given
    QString mediaUrl;
    std::optional<double> lat;
    std::optional<double> lon;

    // Derived from the fields above.
    QString sender;
    QString senderDisplay;
    QString phoneDisplay; ///< normalised, empty when none or invalid
};

/// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) on top of
/// the queue: services are the categories, a request is a contact in the
/// web channel with a case of its category, and its status follows the case
/// and the report's forward to a department.
namespace Open311 {

/// The fields of a POST requests.json body, form-encoded (the standard) or
/// JSON (for convenience). Strict UTF-8; a field given twice is refused.
std::optional<QHash<QString, QString>> parseFields(const QByteArray& mediaType, const QByteArray& body,
                                                   InputError* error);
/// Checks and normalises a request. Errors have Open311's status 400.
std::optional<Open311Request> request(const QHash<QString, QString>& fields, InputError* error);

/// Error body in Open311's form: [{"code": 400, "description": …, "reason": …}].
HttpResponse errorResponse(int status, const QString& reason, const QString& description);
HttpResponse errorResponse(const InputError& error);

/// `language` "ko" or "en" chooses the names shown.
DbJobResult services(DbContext& db, const QString& language, StoreReply* reply);
DbJobResult create(DbContext& db, const IdempotencyKey& idem, const Open311Request& in, StoreReply* reply);
DbJobResult status(DbContext& db, const QString& caseId, const QString& language, StoreReply* reply);

} // namespace Open311

} // namespace minwon
