// SPDX-License-Identifier: Apache-2.0
#include "db/ConnectionConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace minwon {

namespace {

// libpq keyword values are quoted when they contain spaces, quotes or backslashes.
QString quoted(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')) && !value.contains(QLatin1Char(';')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

const QStringList& ConnectionConfig::sslModes()
{
    static const QStringList modes {QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString ConnectionConfig::modeName(Mode mode)
{
    return mode == Mode::Private ? QStringLiteral("private") : QStringLiteral("shared");
}

QString ConnectionConfig::connectOptions() const
{
    QStringList options;
    // "host:port" entries give each server its own port (a standby on another port).
    QStringList names;
    QStringList ports;
    bool ownPorts = false;
    for (const QString& host : hosts) {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !host.startsWith(QLatin1Char('/')) && !host.contains(QLatin1Char(']'))
            && host.mid(colon + 1).toInt() > 0) {
            names << host.left(colon);
            ports << host.mid(colon + 1);
            ownPorts = true;
        } else {
            names << host;
            ports << QString::number(port);
        }
    }
    if (!names.isEmpty())
        options << QStringLiteral("host=") + quoted(names.join(QLatin1Char(',')));
    options << QStringLiteral("port=") + (ownPorts ? ports.join(QLatin1Char(',')) : QString::number(port));
    if (!applicationName.isEmpty())
        options << QStringLiteral("application_name=") + quoted(applicationName);
    options << QStringLiteral("connect_timeout=%1").arg(qMax(2, connectTimeoutSeconds));
    // Keepalives let a desk notice a dead server or a cut cable in seconds
    // instead of the kernel's two hours.
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=5")
            << QStringLiteral("keepalives_interval=2") << QStringLiteral("keepalives_count=3");
    if (mode == Mode::Shared) {
        if (!sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + quoted(sslMode);
        if (!sslRootCert.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
        if (readWrite)
            options << QStringLiteral("target_session_attrs=read-write");
    }
    return options.join(QLatin1Char(';'));
}

QString ConnectionConfig::validate() const
{
    if (mode == Mode::Shared && hosts.isEmpty())
        return QCoreApplication::translate("ConnectionConfig", "Enter at least one server host.");
    for (const QString& host : hosts) {
        if (host.trimmed().isEmpty() || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char(';')))
            return QCoreApplication::translate("ConnectionConfig",
                                               "The host \"%1\" is not a valid host name.")
                .arg(host);
    }
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("ConnectionConfig", "The port must be between 1 and 65535.");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionConfig", "Enter the database name.");
    if (mode == Mode::Shared && user.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionConfig", "Enter your user name.");
    if (!sslModes().contains(sslMode))
        return QCoreApplication::translate("ConnectionConfig", "Unknown TLS mode \"%1\".").arg(sslMode);
    if ((sslMode == QLatin1String("verify-ca") || sslMode == QLatin1String("verify-full"))
        && !sslRootCert.isEmpty() && !QFileInfo::exists(sslRootCert))
        return QCoreApplication::translate("ConnectionConfig", "The root certificate file %1 does not exist.")
            .arg(sslRootCert);
    return {};
}

void ConnectionConfig::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("mode"), modeName(mode));
    settings.setValue(QStringLiteral("hosts"), hosts);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("sslmode"), sslMode);
    settings.setValue(QStringLiteral("sslrootcert"), sslRootCert);
    settings.setValue(QStringLiteral("application_name"), applicationName);
    settings.setValue(QStringLiteral("connect_timeout"), connectTimeoutSeconds);
    settings.setValue(QStringLiteral("read_write"), readWrite);
    settings.remove(QStringLiteral("password")); // never on disk, even if an old version wrote one
    settings.endGroup();
}

ConnectionConfig ConnectionConfig::load(QSettings& settings)
{
    ConnectionConfig config;
    settings.beginGroup(QStringLiteral("connection"));
    config.mode = settings.value(QStringLiteral("mode")).toString() == QLatin1String("shared")
        ? Mode::Shared
        : Mode::Private;
    config.hosts = settings.value(QStringLiteral("hosts")).toStringList();
    config.hosts.removeAll(QString());
    bool ok = false;
    const int port = settings.value(QStringLiteral("port"), 5432).toInt(&ok);
    config.port = ok && port > 0 && port < 65536 ? port : 5432;
    config.database = settings.value(QStringLiteral("database"), config.database).toString();
    config.user = settings.value(QStringLiteral("user")).toString();
    const QString ssl = settings.value(QStringLiteral("sslmode"), config.sslMode).toString();
    config.sslMode = sslModes().contains(ssl) ? ssl : QStringLiteral("prefer");
    config.sslRootCert = settings.value(QStringLiteral("sslrootcert")).toString();
    config.applicationName
        = settings.value(QStringLiteral("application_name"), config.applicationName).toString();
    const int timeout = settings.value(QStringLiteral("connect_timeout"), 5).toInt(&ok);
    config.connectTimeoutSeconds = ok && timeout >= 2 && timeout <= 120 ? timeout : 5;
    config.readWrite = settings.value(QStringLiteral("read_write"), true).toBool();
    settings.endGroup();
    return config;
}

} // namespace minwon
