// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace minwon {

/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 /
/// RFC 7677), made on the client: "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>".
/// Given to ALTER ROLE … PASSWORD, the clear password never reaches the
/// server, its logs or pg_stat_activity.
namespace ScramVerifier {

/// A verifier with a fresh random salt. 4096 iterations, as libpq uses.
QString make(const QString& password, int iterations = 4096);
/// The same with a given salt (tests compare with known vectors).
QString make(const QString& password, const QByteArray& salt, int iterations);

} // namespace ScramVerifier

} // namespace minwon
