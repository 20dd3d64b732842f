// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace minwon {

/// The signed-in person, as the database knows them from the login role.
struct Identity
{
    QUuid id;
    QString login;
    QString displayName;
    QString role; ///< counselor, supervisor, kb_editor, kb_approver, department, admin
    int roomId = 0; ///< 0: none
    QString departmentCode;

    bool isValid() const { return !id.isNull(); }
    bool isSupervisor() const
    {
        return role == QLatin1String("supervisor") || role == QLatin1String("admin");
    }
    bool isEditor() const
    {
        return role == QLatin1String("kb_editor") || role == QLatin1String("kb_approver");
    }

    /// Loads the person of the connection's session user. On failure returns
    /// an invalid identity and says why.
    static Identity load(QSqlDatabase& db, QString* error);
    static QString roleTitle(const QString& role);
};

} // namespace minwon
