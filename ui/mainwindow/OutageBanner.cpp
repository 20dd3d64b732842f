// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/OutageBanner.h"

#include "common/Theme.h"
#include "services/OutboxService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace minwon {

OutageBanner::OutageBanner(DbSession* session, OutboxService* outbox, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_label(new QLabel(this))
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("outageBanner"));
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Database connection"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    m_hide->setSingleShot(true);
    m_hide->setInterval(6000);
    connect(m_hide, &QTimer::timeout, this, [this] {
        if (m_session->state() == DbSession::State::Online && (!m_outbox || !m_outbox->isReplaying()))
            setVisible(false);
    });
    connect(m_session, &DbSession::stateChanged, this, &OutageBanner::update);
    if (m_outbox) {
        m_pending = m_outbox->pendingCount();
        connect(m_outbox, &OutboxService::pendingChanged, this, [this](int count) {
            m_pending = count;
            update();
        });
        connect(m_outbox, &OutboxService::replayProgress, this, [this](int done, int total) {
            m_done = done;
            m_total = total;
            update();
        });
        connect(m_outbox, &OutboxService::replayFinished, this, [this](int, int remaining) {
            m_pending = remaining;
            m_done = -1;
            update();
        });
    }
    setVisible(false);
    theme::watch(this, [this] { update(); });
}

namespace {
QString bannerStyle(theme::Role role)
{
    return QStringLiteral(
               "#outageBanner { background: %1; border: 2px solid %2; } #outageBanner QLabel { color: %3; }")
        .arg(theme::css(theme::background(role)), theme::css(theme::text(role)),
             theme::css(theme::onBackground(role)));
}
} // namespace

QString OutageBanner::text() const
{
    return m_label->text();
}

void OutageBanner::update()
{
    const DbSession::State state = m_session->state();
    if (state == DbSession::State::Offline || state == DbSession::State::Connecting) {
        if (state == DbSession::State::Connecting && !isVisible())
            return; // the first connection, not an outage
        QString text
            = tr("⚠ The database cannot be reached. Guidance search and the complaint form keep working; "
                 "what you save is kept on this computer and sent when the connection is back. The queue "
                 "is not up to date.");
        if (m_pending > 0)
            text += QLatin1Char(' ') + tr("Waiting to be sent: %n.", nullptr, m_pending);
        if (state == DbSession::State::Connecting)
            text += QLatin1Char(' ') + tr("Trying to reconnect…");
        m_label->setText(text);
        setStyleSheet(bannerStyle(theme::Role::Danger));
        m_hide->stop();
        setVisible(true);
        return;
    }
    if (state == DbSession::State::Online) {
        if (m_done >= 0 && m_total > 0) {
            m_label->setText(tr("✓ Connected again. Sending what was kept on this computer: %1 of %2.")
                                 .arg(m_done)
                                 .arg(m_total));
            setVisible(true);
        } else if (isVisible()) {
            m_label->setText(
                m_pending > 0 ? tr("✓ Connected again. %n save(s) could not be sent yet.", nullptr, m_pending)
                              : tr("✓ Connected again. Everything kept on this computer has been sent."));
            m_hide->start();
        }
        setStyleSheet(bannerStyle(theme::Role::Ok));
    }
}

} // namespace minwon
