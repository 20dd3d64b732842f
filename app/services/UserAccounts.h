// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace minwon {

/// One person and their sign-in role, as user administration shows them.
struct UserAccount
{
    QString login;
    QString displayName;
    QString role; ///< counselor, supervisor, kb_editor, kb_approver, department, admin
    int roomId = 0; ///< 0: none
    QString department;
    bool active = true;
    bool canLogin = true;
    QDateTime createdAt;
};

/// People and their PostgreSQL login roles, through the database's
/// admin_user_* functions (which check who may do what: admins everyone,
/// supervisors counselors). Synchronous; the CLI calls it directly, the
/// desk through UserService on its database thread. Passwords leave this
/// process only as SCRAM-SHA-256 verifiers.
namespace UserAccounts {

struct Result
{
    bool ok = false;
    QSqlError error;
    QString message; ///< plain language on failure
};

QStringList roles();
/// Checks a sign-in name and a role before asking the database; empty when fine.
QString checkLogin(const QString& login);
QString checkPassword(const QString& password);

Result add(QSqlDatabase& db, const UserAccount& account, const QString& password);
Result setRole(QSqlDatabase& db, const QString& login, const QString& role, int roomId,
               const QString& department);
Result setActive(QSqlDatabase& db, const QString& login, bool active);
Result setPassword(QSqlDatabase& db, const QString& login, const QString& password);
QList<UserAccount> list(QSqlDatabase& db, Result* result);

} // namespace UserAccounts

} // namespace minwon

Q_DECLARE_METATYPE(minwon::UserAccount)
