// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/UserAccounts.h"

#include <QObject>

#include <functional>

namespace minwon {

class DbSession;

/// User administration for the desk (the supervisor's screen): the same
/// admin_user_* functions as minwon-admin user, run on the session's thread.
/// The database decides what the signed-in person may change.
class UserService : public QObject
{
    Q_OBJECT
public:
    explicit UserService(DbSession* session, QObject* parent = nullptr);

    using Done = std::function<void(bool ok, const QString& message)>;

    void list(std::function<void(const QList<UserAccount>& rows, const QString& error)> done);
    void add(const UserAccount& account, const QString& password, Done done);
    void setRole(const QString& login, const QString& role, int roomId, const QString& department, Done done);
    void setActive(const QString& login, bool active, Done done);
    void resetPassword(const QString& login, const QString& password, Done done);

signals:
    /// Somebody's account changed through this service.
    void changed(const QString& login);

private:
    void apply(const QString& login, std::function<UserAccounts::Result(QSqlDatabase&)> job, Done done);

    DbSession* m_session;
};

} // namespace minwon
