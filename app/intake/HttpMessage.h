// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace minwon {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP/1.1 request as the intake gateway's server read it: head and
/// the whole body (never more than the configured limit).
struct HttpRequest
{
    quint64 connectionId = 0;
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QString path; ///< percent-decoded path, without the query
    QUrlQuery query;
    bool http10 = false;
    HttpHeaders headers; ///< names in lower case, in arrival order
    QByteArray body;
    QHostAddress peer;
    QString requestId; ///< ours, or the client's X-Request-Id when it is sane
    QElapsedTimer started; ///< first byte of the request
    qint64 bytesIn = 0; ///< head and body as received

    /// The value of a header (name in lower case); several are joined with ", ".
    QByteArray header(const QByteArray& lowerName) const;
    bool hasHeader(const QByteArray& lowerName) const;
    /// The media type without parameters, in lower case ("application/json").
    QByteArray mediaType() const;
};

/// What goes back. `reason` and `logFields` are for the request's log line.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    bool close = false; ///< send "Connection: close" and close afterwards
    QString reason; ///< machine-readable error code, empty on success
    QJsonObject logFields; ///< extra fields for the log line (connector, idempotency key…)

    void setHeader(const QByteArray& name, const QByteArray& value);

    /// A JSON body.
    static HttpResponse json(int status, const QJsonObject& body);
    static HttpResponse json(int status, const QJsonArray& body);
    /// The gateway's error body: {"error": {"reason": …, "message": …, …extra}}.
    static HttpResponse error(int status, const QString& reason, const QString& message,
                              const QJsonObject& extra = {});
};

/// The standard reason phrase of a status code ("Not Found").
QByteArray httpStatusText(int status);
/// Status line, headers and body, ready for the socket.
QByteArray serializeResponse(const HttpResponse& response, bool keepAlive, const QString& requestId);
/// True when every byte is well-formed UTF-8 (no overlong forms, no surrogates,
/// nothing above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace minwon
