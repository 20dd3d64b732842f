// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionConfig.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ConnectionDialog;
}

namespace minwon {

/// Where the desk's database is and who signs in. "Test connection" tries it
/// in the background and says what failed in plain words (server not
/// reachable, wrong password, TLS refused, database missing, schema too new).
/// The password is never saved.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setConfig(const ConnectionConfig& config);
    ConnectionConfig config() const;
    QString password() const;

    /// The outcome of the last test, in words (for tests and the status line).
    QString resultText() const;
    void testConnection();

    void accept() override;

signals:
    void testFinished(bool ok, const QString& message);

private:
    void updateEnabled();
    void showResult(bool ok, const QString& message);

    const QScopedPointer<Ui::ConnectionDialog> m_ui;
    bool m_testing = false;
};

/// Tries a configuration (blocking; the dialog runs it in a thread): connects,
/// checks the schema version and that the login is a registered person.
QString describeConnectionTest(const ConnectionConfig& config, const QString& password, bool* ok);

} // namespace minwon
