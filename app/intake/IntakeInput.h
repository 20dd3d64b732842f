// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "intake/HttpMessage.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace minwon {

/// Why a request body was refused: HTTP status, machine-readable reason,
/// an English message for the connector's developers, and the field.
struct InputError
{
    int status = 422;
    QString reason;
    QString message;
    QString field;

    HttpResponse response() const;
};

/// A contact (or a follow-up message) as a connector describes it, checked
/// and normalised: phone senders in the one national form, other channels'
/// senders as "channel:handle".
struct ContactInput
{
    QString channel;
    QString sender; ///< normalised: what a caller's history is matched on
    QString senderDisplay;
    QString text; ///< the message, up to 10,000 characters
    QString categoryHint;
    QString externalRef;
    int priority = 0;
    int room = 0; ///< 0: any room
};

namespace IntakeInput {

constexpr int kMaxText = 10000;
constexpr int kMaxPreview = 2000;

/// Channels whose senders are telephone numbers.
bool isPhoneChannel(const QString& channel);
/// Channels that carry a conversation (everything but voice calls).
bool isTextChannel(const QString& channel);

/// Number of Unicode code points (what PostgreSQL's char_length counts).
int codePoints(const QString& text);
/// True when the text has no control characters except tab, CR and LF.
bool isCleanText(const QString& text, bool allowNewlines = true);
/// The first `limit` code points.
QString leftCodePoints(const QString& text, int limit);

/// The body as a JSON object; strict UTF-8 first (400 invalid_utf8), then
/// JSON (400 malformed_json). An empty body is an empty object.
std::optional<QJsonObject> parseJsonObject(const QByteArray& body, InputError* error);

/// A sender in the channel's normal form; nullopt with an error when it is not one.
bool normaliseSender(const QString& channel, const QString& raw, QString* sender, QString* display,
                     InputError* error);

/// POST /v1/contacts and POST /v1/messages (requireText for messages).
std::optional<ContactInput> contact(const QJsonObject& body, bool requireText, InputError* error);
/// POST /v1/contacts/{id}/abandon: an empty object, or only "reason"-free fields.
bool abandon(const QJsonObject& body, InputError* error);

/// An Idempotency-Key header: 1–200 visible ASCII characters.
bool isValidIdempotencyKey(const QByteArray& key);
/// The request's fingerprint for idempotency: method, path and the body in
/// a canonical form (keys sorted, no spaces), so a retry that serialises the
/// same object differently still matches.
QString requestHash(const QByteArray& method, const QString& path, const QJsonObject& canonicalBody);

} // namespace IntakeInput

} // namespace minwon
