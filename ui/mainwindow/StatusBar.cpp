// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/StatusBar.h"

#include "app/DeskServices.h"
#include "common/Theme.h"
#include "mainwindow/AgentStateWidget.h"

#include <QLabel>

namespace minwon {

StatusBar::StatusBar(const DeskServices& services, QWidget* parent)
    : QStatusBar(parent)
    , m_connection(new QLabel(this))
    , m_person(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_person->setObjectName(QStringLiteral("signedInPerson"));
    const Identity& who = services.identity;
    QString person = QStringLiteral("%1 · %2").arg(who.displayName, Identity::roleTitle(who.role));
    if (const Room* room = services.reference.room(who.roomId))
        person += QStringLiteral(" · ") + ReferenceData::localized(room->nameKo, room->nameEn);
    m_person->setText(person);
    m_person->setAccessibleName(tr("Signed in as %1").arg(person));
    if (services.agent) {
        m_agent = new AgentStateWidget(services.agent, this);
        addPermanentWidget(m_agent);
    }
    addPermanentWidget(m_person);
    addPermanentWidget(m_connection);
    connect(services.session, &DbSession::stateChanged, this, &StatusBar::showState);
    DbSession* session = services.session;
    theme::watch(this, [this, session] { showState(session->state(), session->stateMessage()); });
}

void StatusBar::showState(DbSession::State state, const QString& message)
{
    QString text;
    QString style;
    switch (state) {
    case DbSession::State::Online:
        text = tr("● Connected");
        style = QStringLiteral("color: %1;").arg(theme::css(theme::text(theme::Role::Ok)));
        break;
    case DbSession::State::Connecting:
        text = tr("◌ Connecting…");
        break;
    case DbSession::State::Offline:
        text = tr("✕ Database unreachable");
        style = QStringLiteral("color: %1; font-weight: bold;")
                    .arg(theme::css(theme::text(theme::Role::Danger)));
        break;
    case DbSession::State::Disconnected:
        text = tr("✕ Not connected");
        break;
    }
    m_connection->setText(text);
    m_connection->setStyleSheet(style);
    m_connection->setToolTip(message);
    m_connection->setAccessibleName(text);
}

QString StatusBar::connectionText() const
{
    return m_connection->text();
}

QString StatusBar::agentText() const
{
    return m_agent ? m_agent->text() : QString();
}

QString StatusBar::personText() const
{
    return m_person->text();
}

} // namespace minwon
