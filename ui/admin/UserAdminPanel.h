// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/UserAccounts.h"

#include <QList>
#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class UserAdminPanel;
}

namespace minwon {

class UserService;

/// User administration for supervisors (their counselors) and admins
/// (everyone): list, add, change role, disable/enable, reset password. The
/// database decides what the signed-in person may do; this panel shows its
/// answer. Self-contained: give it a UserService and place it anywhere.
class UserAdminPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserAdminPanel(UserService* service, QWidget* parent = nullptr);
    ~UserAdminPanel() override;

    void reload();
    const QList<UserAccount>& accounts() const { return m_accounts; }
    /// The selected person's sign-in name; empty when none.
    QString selectedLogin() const;
    void selectLogin(const QString& login);

    // The actions behind the buttons, with the answers the dialogs would
    // collect (tests call them directly).
    void addAccount(const UserAccount& account, const QString& password);
    void changeRole(const QString& login, const QString& role);
    void setActive(const QString& login, bool active);
    void resetPassword(const QString& login, const QString& password);

signals:
    /// The last request was answered (ok or refused with the status message).
    void done(bool ok);

private:
    void showAccounts();
    void updateButtons();
    void finish(bool ok, const QString& message, const QString& success);
    void askAdd();
    void askRole();
    void askPassword();
    bool askNewPassword(const QString& login, QString* password);

    const QScopedPointer<Ui::UserAdminPanel> m_ui;
    UserService* m_service;
    QList<UserAccount> m_accounts;
};

} // namespace minwon
