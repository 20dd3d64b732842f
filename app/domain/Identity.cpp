// SPDX-License-Identifier: Apache-2.0
#include "domain/Identity.h"

#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace minwon {

Identity Identity::load(QSqlDatabase& db, QString* error)
{
    Identity identity;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, login, display_name, role, coalesce(room_id, 0), "
                                 "coalesce(department_code, ''), active, session_user "
                                 "FROM people WHERE login = session_user"));
    if (!query.exec()) {
        if (error)
            *error = DbError::describe(query.lastError());
        return identity;
    }
    if (!query.next()) {
        QSqlQuery who(db);
        who.exec(QStringLiteral("SELECT session_user"));
        const QString login = who.next() ? who.value(0).toString() : QString();
        if (error)
            *error = QCoreApplication::translate(
                         "Identity",
                         "You are signed in to the database as \"%1\", but no person "
                         "with that login is registered. Ask an administrator to add you "
                         "(minwon-admin user add).")
                         .arg(login);
        return identity;
    }
    if (!query.value(6).toBool()) {
        if (error)
            *error = QCoreApplication::translate("Identity", "The account \"%1\" is disabled.")
                         .arg(query.value(1).toString());
        return identity;
    }
    identity.id = QUuid::fromString(query.value(0).toString());
    identity.login = query.value(1).toString();
    identity.displayName = query.value(2).toString();
    identity.role = query.value(3).toString();
    identity.roomId = query.value(4).toInt();
    identity.departmentCode = query.value(5).toString();
    return identity;
}

QString Identity::roleTitle(const QString& role)
{
    if (role == QLatin1String("counselor"))
        return QCoreApplication::translate("Identity", "Counselor");
    if (role == QLatin1String("supervisor"))
        return QCoreApplication::translate("Identity", "Supervisor");
    if (role == QLatin1String("kb_editor"))
        return QCoreApplication::translate("Identity", "Knowledge-base editor");
    if (role == QLatin1String("kb_approver"))
        return QCoreApplication::translate("Identity", "Knowledge-base approver");
    if (role == QLatin1String("department"))
        return QCoreApplication::translate("Identity", "Department staff");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("Identity", "Administrator");
    return role;
}

} // namespace minwon
