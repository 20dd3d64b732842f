// SPDX-License-Identifier: Apache-2.0
#include "services/UserAccounts.h"

#include "db/DbError.h"
#include "db/ScramVerifier.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace minwon::UserAccounts {

namespace {

struct UserAccountsTr
{
    Q_DECLARE_TR_FUNCTIONS(UserAccounts)
};

Result failed(const QSqlError& error)
{
    Result r;
    r.error = error;
    const QString hint = error.databaseText();
    if (hint.contains(QLatin1String("no person signs in")))
        r.message = UserAccountsTr::tr("Nobody signs in with this name.");
    else if (hint.contains(QLatin1String("may not")) || hint.contains(QLatin1String("nobody ")))
        r.message = UserAccountsTr::tr("You may not do this: supervisors manage counselors only, and nobody "
                                       "changes or disables their own account.");
    else if (hint.contains(QLatin1String("is taken")) || error.nativeErrorCode() == QLatin1String("23505"))
        r.message = UserAccountsTr::tr("This sign-in name is taken.");
    else if (hint.contains(QLatin1String("privileged role")))
        r.message = UserAccountsTr::tr("This sign-in name belongs to a privileged database role.");
    else if (hint.contains(QLatin1String("sign-in name")))
        r.message = UserAccountsTr::tr(
            "A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter.");
    else
        r.message = DbError::describe(error);
    return r;
}

Result failed(const QString& message)
{
    Result r;
    r.message = message;
    return r;
}

Result call(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError());
    Result r;
    r.ok = true;
    return r;
}

QVariant room(int roomId)
{
    return roomId > 0 ? QVariant(roomId) : QVariant(QMetaType::fromType<int>());
}

} // namespace

QStringList roles()
{
    return {QStringLiteral("counselor"),   QStringLiteral("supervisor"), QStringLiteral("kb_editor"),
            QStringLiteral("kb_approver"), QStringLiteral("department"), QStringLiteral("admin")};
}

QString checkLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,62}$"));
    if (!pattern.match(login).hasMatch() || login.startsWith(QLatin1String("minwon_"))
        || login.startsWith(QLatin1String("pg_")))
        return UserAccountsTr::tr(
            "A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter, and does "
            "not begin with minwon_ or pg_.");
    return {};
}

QString checkPassword(const QString& password)
{
    if (password.size() < 10)
        return UserAccountsTr::tr("A password has at least 10 characters.");
    if (password.size() > 200)
        return UserAccountsTr::tr("A password has at most 200 characters.");
    if (password.contains(QChar(u'\0')))
        return UserAccountsTr::tr("A password cannot contain a NUL character.");
    return {};
}

Result add(QSqlDatabase& db, const UserAccount& account, const QString& password)
{
    QString problem = checkLogin(account.login);
    if (problem.isEmpty())
        problem = checkPassword(password);
    if (problem.isEmpty() && !roles().contains(account.role))
        problem = UserAccountsTr::tr("Unknown role \"%1\"; one of: %2.")
                      .arg(account.role, roles().join(QStringLiteral(", ")));
    if (problem.isEmpty() && account.role == QLatin1String("department") && account.department.isEmpty())
        problem = UserAccountsTr::tr("Department staff need a department.");
    if (problem.isEmpty() && account.displayName.trimmed().isEmpty())
        problem = UserAccountsTr::tr("Give the person's name.");
    if (!problem.isEmpty())
        return failed(problem);
    return call(db, QStringLiteral("SELECT admin_user_add(?, ?, ?, ?::smallint, ?, ?)"),
                {account.login, account.displayName.trimmed(), account.role, room(account.roomId),
                 account.department.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : account.department,
                 ScramVerifier::make(password)});
}

Result setRole(QSqlDatabase& db, const QString& login, const QString& role, int roomId,
               const QString& department)
{
    if (!roles().contains(role))
        return failed(UserAccountsTr::tr("Unknown role \"%1\"; one of: %2.")
                          .arg(role, roles().join(QStringLiteral(", "))));
    return call(db, QStringLiteral("SELECT admin_user_set_role(?, ?, ?::smallint, ?)"),
                {login, role, room(roomId),
                 department.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : department});
}

Result setActive(QSqlDatabase& db, const QString& login, bool active)
{
    return call(db, QStringLiteral("SELECT admin_user_set_active(?, ?)"), {login, active});
}

Result setPassword(QSqlDatabase& db, const QString& login, const QString& password)
{
    const QString problem = checkPassword(password);
    if (!problem.isEmpty())
        return failed(problem);
    return call(db, QStringLiteral("SELECT admin_user_set_password(?, ?)"),
                {login, ScramVerifier::make(password)});
}

QList<UserAccount> list(QSqlDatabase& db, Result* result)
{
    QList<UserAccount> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT login, display_name, role, coalesce(room_id, 0), "
                               "coalesce(department_code, ''), active, can_login, created_at "
                               "FROM admin_user_list()"))) {
        if (result)
            *result = failed(q.lastError());
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toString(), q.value(5).toBool(), q.value(6).toBool(),
                     q.value(7).toDateTime()});
    if (result)
        result->ok = true;
    return rows;
}

} // namespace minwon::UserAccounts
