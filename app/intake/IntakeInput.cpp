// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeInput.h"

#include "text/PhoneNumber.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace minwon {

HttpResponse InputError::response() const
{
    QJsonObject extra;
    if (!field.isEmpty())
        extra.insert(QStringLiteral("field"), field);
    return HttpResponse::error(status, reason, message, extra);
}

namespace IntakeInput {

namespace {

InputError invalid(const QString& field, const QString& message,
                   const QString& reason = QStringLiteral("invalid_field"))
{
    return InputError {422, reason, message, field};
}

/// A string field: absent is fine unless required; anything but a string is not.
bool stringField(const QJsonObject& body, const QString& name, bool required, int maxPoints, QString* out,
                 InputError* error, bool allowNewlines = true)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            *error = invalid(name, QStringLiteral("\"%1\" is required.").arg(name),
                             QStringLiteral("missing_field"));
            return false;
        }
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = invalid(name, QStringLiteral("\"%1\" must be a string.").arg(name));
        return false;
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty()) {
        *error = invalid(name, QStringLiteral("\"%1\" must not be empty.").arg(name),
                         QStringLiteral("missing_field"));
        return false;
    }
    if (!isCleanText(s, allowNewlines)) {
        *error = invalid(name, QStringLiteral("\"%1\" contains control characters.").arg(name));
        return false;
    }
    if (codePoints(s) > maxPoints) {
        *error
            = invalid(name, QStringLiteral("\"%1\" is longer than %2 characters.").arg(name).arg(maxPoints),
                      QStringLiteral("field_too_long"));
        return false;
    }
    *out = s;
    return true;
}

bool intField(const QJsonObject& body, const QString& name, int min, int max, int* out, InputError* error)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        *error = invalid(
            name, QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
        return false;
    }
    *out = int(d);
    return true;
}

bool onlyKnownFields(const QJsonObject& body, const QSet<QString>& known, InputError* error)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = invalid(it.key(), QStringLiteral("Unknown field \"%1\".").arg(it.key()),
                             QStringLiteral("unknown_field"));
            return false;
        }
    }
    return true;
}

} // namespace

bool isPhoneChannel(const QString& channel)
{
    return channel == QLatin1String("phone") || channel == QLatin1String("sms")
        || channel == QLatin1String("fax");
}

bool isTextChannel(const QString& channel)
{
    return channel != QLatin1String("phone");
}

int codePoints(const QString& text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString leftCodePoints(const QString& text, int limit)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (n == limit)
            return text.left(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return text;
}

bool isCleanText(const QString& text, bool allowNewlines)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || ((u == u'\n' || u == u'\r') && allowNewlines))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfffe || u == 0xffff)
            return false;
    }
    return true;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray& body, InputError* error)
{
    if (!isValidUtf8(body)) {
        *error = InputError {
            400, QStringLiteral("invalid_utf8"), QStringLiteral("The body is not valid UTF-8."), {}};
        return std::nullopt;
    }
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = InputError {400,
                             QStringLiteral("malformed_json"),
                             parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("The body is not JSON: %1 at offset %2.")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)
                                 : QStringLiteral("The body must be a JSON object."),
                             {}};
        return std::nullopt;
    }
    return doc.object();
}

bool normaliseSender(const QString& channel, const QString& raw, QString* sender, QString* display,
                     InputError* error)
{
    if (isPhoneChannel(channel)) {
        const PhoneNumber number = PhoneNumber::parse(raw);
        if (!number.isValid()) {
            *error = invalid(QStringLiteral("sender"),
                             QStringLiteral("\"sender\" is not a Korean telephone number."),
                             QStringLiteral("invalid_sender"));
            return false;
        }
        *sender = number.key();
        *display = number.display();
        return true;
    }
    // Other channels: the connector's handle for the person, kept as it is,
    // behind the channel's name so that two channels' handles never meet.
    QString handle = raw.trimmed();
    const QString prefix = channel + QLatin1Char(':');
    if (handle.startsWith(prefix))
        handle = handle.mid(prefix.size()).trimmed();
    if (handle.isEmpty() || codePoints(handle) > 150 || !isCleanText(handle, false)) {
        *error = invalid(QStringLiteral("sender"),
                         QStringLiteral("\"sender\" must be a handle of 1 to 150 characters."),
                         QStringLiteral("invalid_sender"));
        return false;
    }
    *sender = prefix + handle;
    *display = handle;
    return true;
}

std::optional<ContactInput> contact(const QJsonObject& body, bool requireText, InputError* error)
{
    static const QSet<QString> known {QStringLiteral("channel"),        QStringLiteral("sender"),
                                      QStringLiteral("sender_display"), QStringLiteral("text"),
                                      QStringLiteral("category_hint"),  QStringLiteral("priority"),
                                      QStringLiteral("room"),           QStringLiteral("external_ref")};
    if (!onlyKnownFields(body, known, error))
        return std::nullopt;
    ContactInput in;
    QString rawSender;
    QString display;
    if (!stringField(body, QStringLiteral("channel"), true, 32, &in.channel, error, false)
        || !stringField(body, QStringLiteral("sender"), true, 200, &rawSender, error, false)
        || !stringField(body, QStringLiteral("sender_display"), false, 200, &display, error, false)
        || !stringField(body, QStringLiteral("text"), requireText, kMaxText, &in.text, error)
        || !stringField(body, QStringLiteral("category_hint"), false, 64, &in.categoryHint, error, false)
        || !stringField(body, QStringLiteral("external_ref"), false, 200, &in.externalRef, error, false)
        || !intField(body, QStringLiteral("priority"), 0, 9, &in.priority, error)
        || !intField(body, QStringLiteral("room"), 1, 32767, &in.room, error))
        return std::nullopt;
    static const QRegularExpression channelCode(QStringLiteral("^[a-z0-9_]{1,32}$"));
    if (!channelCode.match(in.channel).hasMatch()) {
        *error = invalid(QStringLiteral("channel"), QStringLiteral("\"channel\" is not a channel code."));
        return std::nullopt;
    }
    if (!normaliseSender(in.channel, rawSender, &in.sender, &in.senderDisplay, error))
        return std::nullopt;
    if (!display.trimmed().isEmpty())
        in.senderDisplay = display.trimmed();
    return in;
}

bool abandon(const QJsonObject& body, InputError* error)
{
    return onlyKnownFields(body, {}, error);
}

bool isValidIdempotencyKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (char c : key)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

QString requestHash(const QByteArray& method, const QString& path, const QJsonObject& canonicalBody)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData("\n");
    hash.addData(path.toUtf8());
    hash.addData("\n");
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    hash.addData(QJsonDocument(canonicalBody).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace IntakeInput

} // namespace minwon
