// SPDX-License-Identifier: Apache-2.0
#include "intake/HttpMessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

namespace minwon {

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    QByteArray value;
    for (const auto& [name, v] : headers) {
        if (name != lowerName)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += v;
    }
    return value;
}

bool HttpRequest::hasHeader(const QByteArray& lowerName) const
{
    for (const auto& h : headers)
        if (h.first == lowerName)
            return true;
    return false;
}

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpResponse HttpResponse::json(int status, const QJsonObject& body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonArray& body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& reason, const QString& message,
                                 const QJsonObject& extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("reason"), reason);
    error.insert(QStringLiteral("message"), message);
    HttpResponse r = json(status, QJsonObject {{QStringLiteral("error"), error}});
    r.reason = reason;
    return r;
}

QByteArray httpStatusText(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray serializeResponse(const HttpResponse& response, bool keepAlive, const QString& requestId)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpStatusText(response.status) + "\r\n";
    // RFC 9110 IMF-fixdate, always in English.
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    out += "Server: minwon-intake\r\n";
    out += "Content-Type: " + response.contentType + "; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    if (!requestId.isEmpty())
        out += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

bool isValidUtf8(QByteArrayView bytes)
{
    // Qt's decoder flags overlong forms, surrogates and code points past
    // U+10FFFF as errors; a stateless decoder also rejects a truncated tail.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

} // namespace minwon
