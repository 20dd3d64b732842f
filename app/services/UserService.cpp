// SPDX-License-Identifier: Apache-2.0
#include "services/UserService.h"

#include "db/DbSession.h"

namespace minwon {

UserService::UserService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::UserAccount>();
}

void UserService::list(std::function<void(const QList<UserAccount>&, const QString&)> done)
{
    m_session->run(
        [](QSqlDatabase& db) {
            UserAccounts::Result result;
            const QList<UserAccount> rows = UserAccounts::list(db, &result);
            if (!result.ok)
                return DbResult::failure(DbError::Kind::PermissionDenied, result.message);
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<UserAccount>>() : QList<UserAccount> {},
                 result.ok ? QString() : result.message);
        },
        this);
}

void UserService::apply(const QString& login, std::function<UserAccounts::Result(QSqlDatabase&)> job,
                        Done done)
{
    m_session->run(
        [job](QSqlDatabase& db) {
            const UserAccounts::Result r = job(db);
            return r.ok ? DbResult::success() : DbResult::failure(DbError::Kind::Other, r.message);
        },
        [this, login, done](const DbResult& result) {
            if (result.ok)
                emit changed(login);
            done(result.ok, result.ok ? QString() : result.message);
        },
        this);
}

void UserService::add(const UserAccount& account, const QString& password, Done done)
{
    apply(
        account.login,
        [account, password](QSqlDatabase& db) { return UserAccounts::add(db, account, password); },
        std::move(done));
}

void UserService::setRole(const QString& login, const QString& role, int roomId, const QString& department,
                          Done done)
{
    apply(
        login,
        [login, role, roomId, department](QSqlDatabase& db) {
            return UserAccounts::setRole(db, login, role, roomId, department);
        },
        std::move(done));
}

void UserService::setActive(const QString& login, bool active, Done done)
{
    apply(
        login, [login, active](QSqlDatabase& db) { return UserAccounts::setActive(db, login, active); },
        std::move(done));
}

void UserService::resetPassword(const QString& login, const QString& password, Done done)
{
    apply(
        login, [login, password](QSqlDatabase& db) { return UserAccounts::setPassword(db, login, password); },
        std::move(done));
}

} // namespace minwon
