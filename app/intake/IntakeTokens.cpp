// SPDX-License-Identifier: Apache-2.0
#include "intake/IntakeTokens.h"

#include "db/DbError.h"
#include "db/SqlArray.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace minwon::IntakeTokens {

namespace {

struct IntakeTokensTr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeTokens)
};

bool validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,47}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

QString generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("mwi_")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool looksLikeToken(QByteArrayView token)
{
    if (token.size() < 16 || token.size() > 200)
        return false;
    for (char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

QString add(QSqlDatabase& db, const QString& name, QStringList channels, int ratePerMinute, int burst,
            const QString& note, QString* error)
{
    if (!validName(name)) {
        *error = IntakeTokensTr::tr("A connector name is 1 to 48 lower-case letters, digits, '-' or '_'.");
        return {};
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT code FROM channels ORDER BY sort_order, code"))) {
        *error = DbError::describe(q.lastError());
        return {};
    }
    QStringList known;
    while (q.next())
        known << q.value(0).toString();
    if (channels.size() == 1 && channels.first() == QLatin1String("all"))
        channels = known;
    if (channels.isEmpty()) {
        *error = IntakeTokensTr::tr(
            "Name the channels this connector may use (--channels sms,kakao_friend or all).");
        return {};
    }
    for (const QString& c : std::as_const(channels)) {
        if (!known.contains(c)) {
            *error = IntakeTokensTr::tr("There is no channel \"%1\". Channels: %2.")
                         .arg(c, known.join(QStringLiteral(", ")));
            return {};
        }
    }
    const QString token = generate();
    q.prepare(
        QStringLiteral("INSERT INTO intake_connectors (name, token_sha256, channels, rate_per_minute, burst, "
                       "note) VALUES (?, ?, ?::text[], ?, ?, coalesce(?, ''))"));
    q.addBindValue(name);
    q.addBindValue(hash(token));
    q.addBindValue(pgArray(channels));
    q.addBindValue(ratePerMinute);
    q.addBindValue(burst);
    q.addBindValue(note);
    if (!q.exec()) {
        *error = DbError::classify(q.lastError()) == DbError::Kind::Duplicate
            ? IntakeTokensTr::tr("A connector named \"%1\" exists already.").arg(name)
            : DbError::describe(q.lastError());
        return {};
    }
    return token;
}

bool revoke(QSqlDatabase& db, const QString& name, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE intake_connectors SET active = false, revoked_at = coalesce(revoked_at, now()) "
        "WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = DbError::describe(q.lastError());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = IntakeTokensTr::tr("There is no connector named \"%1\".").arg(name);
        return false;
    }
    return true;
}

QString rotate(QSqlDatabase& db, const QString& name, QString* error)
{
    const QString token = generate();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE intake_connectors SET token_sha256 = ?, active = true, revoked_at = NULL "
                       "WHERE name = ?"));
    q.addBindValue(hash(token));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = DbError::describe(q.lastError());
        return {};
    }
    if (q.numRowsAffected() == 0) {
        *error = IntakeTokensTr::tr("There is no connector named \"%1\".").arg(name);
        return {};
    }
    return token;
}

QList<Info> list(QSqlDatabase& db, QString* error)
{
    QList<Info> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, array_to_string(channels, ','), rate_per_minute, burst, active, "
                               "created_at, revoked_at, note FROM intake_connectors ORDER BY name"))) {
        *error = DbError::describe(q.lastError());
        return result;
    }
    while (q.next()) {
        Info i;
        i.name = q.value(0).toString();
        i.channels = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        i.ratePerMinute = q.value(2).toInt();
        i.burst = q.value(3).toInt();
        i.active = q.value(4).toBool();
        i.createdAt = q.value(5).toDateTime();
        i.revokedAt = q.value(6).toDateTime();
        i.note = q.value(7).toString();
        result << i;
    }
    return result;
}

} // namespace minwon::IntakeTokens
