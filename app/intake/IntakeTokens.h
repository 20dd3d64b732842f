// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace minwon {

/// Connector tokens: made here, shown once, kept only as a SHA-256 hash.
namespace IntakeTokens {

struct Info
{
    QString name;
    QStringList channels;
    int ratePerMinute = 0;
    int burst = 0;
    bool active = false;
    QDateTime createdAt;
    QDateTime revokedAt;
    QString note;
};

/// "mwi_" and 43 characters of base64url: 256 random bits.
QString generate();
/// Lower-case hex SHA-256 of the token, as stored.
QString hash(const QString& token);
/// A token's shape (not whether it exists).
bool looksLikeToken(QByteArrayView token);

/// Adds a connector and returns its token, or an empty string and `error`.
/// `channels` may be {"all"}: every channel that exists now.
QString add(QSqlDatabase& db, const QString& name, QStringList channels, int ratePerMinute, int burst,
            const QString& note, QString* error);
bool revoke(QSqlDatabase& db, const QString& name, QString* error);
/// A new token for an existing connector; the old one stops working.
QString rotate(QSqlDatabase& db, const QString& name, QString* error);
QList<Info> list(QSqlDatabase& db, QString* error);

} // namespace IntakeTokens

} // namespace minwon
