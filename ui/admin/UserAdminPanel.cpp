// SPDX-License-Identifier: Apache-2.0
#include "admin/UserAdminPanel.h"

#include "common/Guard.h"
#include "services/UserService.h"
#include "ui_UserAdminPanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>

namespace minwon {

namespace {

QString roleLabel(const QString& role)
{
    if (role == QLatin1String("counselor"))
        return UserAdminPanel::tr("Counselor");
    if (role == QLatin1String("supervisor"))
        return UserAdminPanel::tr("Supervisor");
    if (role == QLatin1String("kb_editor"))
        return UserAdminPanel::tr("Guidance editor");
    if (role == QLatin1String("kb_approver"))
        return UserAdminPanel::tr("Guidance approver");
    if (role == QLatin1String("department"))
        return UserAdminPanel::tr("Department staff");
    if (role == QLatin1String("admin"))
        return UserAdminPanel::tr("Administrator");
    return role;
}

} // namespace

UserAdminPanel::UserAdminPanel(UserService* service, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::UserAdminPanel)
    , m_service(service)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(4);
    m_ui->table->setHorizontalHeaderLabels({tr("Sign-in name"), tr("Name"), tr("Role"), tr("Status")});
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UserAdminPanel::reload);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UserAdminPanel::askAdd);
    connect(m_ui->roleButton, &QPushButton::clicked, this, &UserAdminPanel::askRole);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UserAdminPanel::askPassword);
    connect(m_ui->activeButton, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        for (const UserAccount& a : m_accounts) {
            if (a.login == login)
                setActive(login, !a.active);
        }
    });
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &UserAdminPanel::updateButtons);
    updateButtons();
    reload();
}

UserAdminPanel::~UserAdminPanel() = default;

void UserAdminPanel::reload()
{
    m_service->list(guard(this, [this](const QList<UserAccount>& rows, const QString& error) {
        m_accounts = rows;
        showAccounts();
        if (!error.isEmpty())
            m_ui->statusLabel->setText(error);
    }));
}

void UserAdminPanel::showAccounts()
{
    const QString selected = selectedLogin();
    m_ui->table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const UserAccount& a = m_accounts.at(row);
        const QStringList cells {a.login, a.displayName, roleLabel(a.role),
                                 a.active && a.canLogin ? tr("Active") : tr("Disabled")};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    selectLogin(selected);
    updateButtons();
}

QString UserAdminPanel::selectedLogin() const
{
    const int row = m_ui->table->currentRow();
    return row >= 0 && row < m_accounts.size() && m_ui->table->selectionModel()->hasSelection()
        ? m_accounts.at(row).login
        : QString();
}

void UserAdminPanel::selectLogin(const QString& login)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).login == login) {
            m_ui->table->selectRow(row);
            return;
        }
    }
}

void UserAdminPanel::updateButtons()
{
    const QString login = selectedLogin();
    m_ui->roleButton->setEnabled(!login.isEmpty());
    m_ui->passwordButton->setEnabled(!login.isEmpty());
    m_ui->activeButton->setEnabled(!login.isEmpty());
    for (const UserAccount& a : m_accounts) {
        if (a.login == login)
            m_ui->activeButton->setText(a.active ? tr("&Disable") : tr("&Enable"));
    }
}

void UserAdminPanel::finish(bool ok, const QString& message, const QString& success)
{
    m_ui->statusLabel->setText(ok ? success : message);
    if (ok)
        reload();
    emit done(ok);
}

void UserAdminPanel::addAccount(const UserAccount& account, const QString& password)
{
    m_service->add(account, password, guard(this, [this, account](bool ok, const QString& message) {
                       finish(ok, message,
                              tr("%1 can now sign in as %2.").arg(account.displayName, account.login));
                   }));
}

void UserAdminPanel::changeRole(const QString& login, const QString& role)
{
    m_service->setRole(login, role, 0, {}, guard(this, [this, login, role](bool ok, const QString& message) {
                           finish(ok, message, tr("%1 is now: %2.").arg(login, roleLabel(role)));
                       }));
}

void UserAdminPanel::setActive(const QString& login, bool active)
{
    m_service->setActive(login, active, guard(this, [this, login, active](bool ok, const QString& message) {
                             finish(ok, message,
                                    active ? tr("%1 can sign in again.").arg(login)
                                           : tr("%1 can no longer sign in.").arg(login));
                         }));
}

void UserAdminPanel::resetPassword(const QString& login, const QString& password)
{
    m_service->resetPassword(login, password, guard(this, [this, login](bool ok, const QString& message) {
                                 finish(ok, message, tr("The password of %1 was changed.").arg(login));
                             }));
}

bool UserAdminPanel::askNewPassword(const QString& login, QString* password)
{
    bool ok = false;
    const QString first = QInputDialog::getText(
        this, tr("New password"), tr("New password for %1:").arg(login), QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    const QString second
        = QInputDialog::getText(this, tr("New password"), tr("Again:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    if (first != second) {
        m_ui->statusLabel->setText(tr("The two passwords differ; nothing was changed."));
        return false;
    }
    const QString problem = UserAccounts::checkPassword(first);
    if (!problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return false;
    }
    *password = first;
    return true;
}

void UserAdminPanel::askAdd()
{
    bool ok = false;
    UserAccount account;
    account.login
        = QInputDialog::getText(this, tr("Add a person"), tr("Sign-in name:"), QLineEdit::Normal, {}, &ok)
              .trimmed();
    if (!ok)
        return;
    const QString problem = UserAccounts::checkLogin(account.login);
    if (!problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return;
    }
    account.displayName
        = QInputDialog::getText(this, tr("Add a person"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok)
        return;
    QStringList labels;
    for (const QString& role : UserAccounts::roles())
        labels << roleLabel(role);
    const QString label = QInputDialog::getItem(this, tr("Add a person"), tr("Role:"), labels, 0, false, &ok);
    if (!ok)
        return;
    account.role = UserAccounts::roles().value(labels.indexOf(label));
    QString password;
    if (!askNewPassword(account.login, &password))
        return;
    addAccount(account, password);
}

void UserAdminPanel::askRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    QStringList labels;
    for (const QString& role : UserAccounts::roles())
        labels << roleLabel(role);
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(login),
                                                labels, 0, false, &ok);
    if (ok)
        changeRole(login, UserAccounts::roles().value(labels.indexOf(label)));
}

void UserAdminPanel::askPassword()
{
    const QString login = selectedLogin();
    QString password;
    if (!login.isEmpty() && askNewPassword(login, &password))
        resetPassword(login, password);
}

} // namespace minwon
