// SPDX-License-Identifier: Apache-2.0
#include "connection/ConnectionDialog.h"

#include "db/Migrator.h"
#include "db/SqlConnection.h"
#include "domain/Identity.h"
#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QPushButton>
#include <QThread>

namespace minwon {

QString describeConnectionTest(const ConnectionConfig& config, const QString& password, bool* ok)
{
    *ok = false;
    const QString problem = config.validate();
    if (!problem.isEmpty())
        return problem;
    SqlConnection connection(config, password, QStringLiteral("test"));
    QString error;
    if (!connection.open(&error))
        return error;
    QSqlDatabase db = connection.db();
    Migrator migrator(db);
    const Migrator::Status status = migrator.status(&error);
    if (status == Migrator::Status::TooNew || status == Migrator::Status::Error)
        return error;
    if (status == Migrator::Status::Empty)
        return QCoreApplication::translate("ConnectionDialog",
                                           "Connected, but the database is empty. Ask IT to run "
                                           "\"minwon-admin migrate\".");
    if (status == Migrator::Status::NeedsMigration)
        return QCoreApplication::translate(
            "ConnectionDialog",
            "Connected, but the database schema is older than this program. Ask IT "
            "to run \"minwon-admin migrate\".");
    const Identity identity = Identity::load(db, &error);
    if (!identity.isValid())
        return error;
    *ok = true;
    return QCoreApplication::translate("ConnectionDialog", "Connected as %1 (%2).")
        .arg(identity.displayName, Identity::roleTitle(identity.role));
}

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ConnectionDialog)
{
    m_ui->setupUi(this);
    const QStringList labels {tr("disable: no encryption"),
                              tr("allow: encrypt if the server insists"),
                              tr("prefer: encrypt when possible"),
                              tr("require: always encrypt"),
                              tr("verify-ca: encrypt and check the certificate"),
                              tr("verify-full: encrypt, check the certificate and the host name")};
    for (int i = 0; i < ConnectionConfig::sslModes().size(); ++i)
        m_ui->sslModeCombo->addItem(labels.value(i), ConnectionConfig::sslModes().at(i));
    setConfig(ConnectionConfig {});
    m_ui->sharedRadio->setChecked(true);

    connect(m_ui->privateRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Root certificate"), m_ui->rootCertEdit->text(),
                                           tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_ui->rootCertEdit->setText(file);
    });
    updateEnabled();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setConfig(const ConnectionConfig& config)
{
    m_ui->privateRadio->setChecked(config.mode == ConnectionConfig::Mode::Private);
    m_ui->sharedRadio->setChecked(config.mode == ConnectionConfig::Mode::Shared);
    m_ui->hostsEdit->setText(config.hosts.join(QStringLiteral(", ")));
    m_ui->portSpin->setValue(config.port);
    m_ui->databaseEdit->setText(config.database);
    m_ui->userEdit->setText(config.user);
    m_ui->sslModeCombo->setCurrentIndex(qMax(0, int(ConnectionConfig::sslModes().indexOf(config.sslMode))));
    m_ui->rootCertEdit->setText(config.sslRootCert);
    m_ui->appNameEdit->setText(config.applicationName);
    updateEnabled();
}

ConnectionConfig ConnectionDialog::config() const
{
    ConnectionConfig config;
    config.mode
        = m_ui->privateRadio->isChecked() ? ConnectionConfig::Mode::Private : ConnectionConfig::Mode::Shared;
    for (const QString& host : m_ui->hostsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        config.hosts << host.trimmed();
    config.port = m_ui->portSpin->value();
    config.database = m_ui->databaseEdit->text().trimmed();
    config.user = m_ui->userEdit->text().trimmed();
    config.sslMode = m_ui->sslModeCombo->currentData().toString();
    config.sslRootCert = m_ui->rootCertEdit->text().trimmed();
    config.applicationName = m_ui->appNameEdit->text().trimmed();
    return config;
}

QString ConnectionDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QString ConnectionDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void ConnectionDialog::updateEnabled()
{
    const bool shared = m_ui->sharedRadio->isChecked();
    m_ui->serverGroup->setEnabled(shared && !m_testing);
    m_ui->signInGroup->setEnabled(shared && !m_testing);
    m_ui->testButton->setEnabled(shared && !m_testing);
    m_ui->buttonBox->setEnabled(!m_testing);
}

void ConnectionDialog::showResult(bool ok, const QString& message)
{
    m_ui->resultLabel->setText(message);
    m_ui->resultLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: palette(link);"));
    m_ui->resultLabel->setAccessibleDescription(message);
}

void ConnectionDialog::testConnection()
{
    const ConnectionConfig cfg = config();
    const QString problem = cfg.validate();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        emit testFinished(false, problem);
        return;
    }
    m_testing = true;
    updateEnabled();
    showResult(true, tr("Trying to connect…"));
    const QString pass = password();
    QPointer<ConnectionDialog> self(this);
    QThread* thread = QThread::create([cfg, pass, self] {
        bool ok = false;
        const QString message = describeConnectionTest(cfg, pass, &ok);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, message] {
                if (ConnectionDialog* dialog = self.data()) {
                    dialog->m_testing = false;
                    dialog->updateEnabled();
                    dialog->showResult(ok, message);
                    emit dialog->testFinished(ok, message);
                }
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionDialog::accept()
{
    const ConnectionConfig cfg = config();
    if (cfg.mode == ConnectionConfig::Mode::Shared) {
        const QString problem = cfg.validate();
        if (!problem.isEmpty()) {
            showResult(false, problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace minwon
