// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/AgentStateWidget.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "domain/Labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace minwon {

AgentStateWidget::AgentStateWidget(AgentService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_label(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("agentState"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_label->setToolTip(
        tr("Your state: Ctrl+1 available, Ctrl+2 break, Ctrl+3 offline; F4 ends the contact"));
    connect(m_service, &AgentService::stateChanged, this, &AgentStateWidget::refresh);
    connect(m_tick, &QTimer::timeout, this, &AgentStateWidget::refresh);
    m_tick->start(1000);
    refresh();
}

QString AgentStateWidget::text() const
{
    return m_label->text();
}

void AgentStateWidget::refresh()
{
    const AgentState& s = m_service->current();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString mark = QStringLiteral("○");
    theme::Role colour = theme::Role::Muted;
    if (s.state == QLatin1String("available")) {
        mark = QStringLiteral("●");
        colour = theme::Role::Ok;
    } else if (s.state == QLatin1String("on_contact")) {
        mark = QStringLiteral("☎");
        colour = theme::Role::Info;
    } else if (s.state == QLatin1String("after_contact")) {
        mark = QStringLiteral("✎");
        colour = theme::Role::Warning;
    } else if (s.state == QLatin1String("break")) {
        mark = QStringLiteral("☕");
    }
    QString text = QStringLiteral("%1 %2").arg(mark, labels::agentState(s.state));
    if (s.state == QLatin1String("after_contact") && s.acwDeadline.isValid()) {
        const qint64 left = now.secsTo(s.acwDeadline);
        if (left >= 0) {
            text += QLatin1Char(' ') + tr("(%1 left)").arg(format::duration(left));
        } else {
            text += QLatin1Char(' ') + tr("(%1 over)").arg(format::duration(-left));
            colour = theme::Role::Danger;
        }
    } else if (s.since.isValid() && s.state != QLatin1String("offline")) {
        text += QStringLiteral(" · ") + format::duration(s.since.secsTo(now));
    }
    m_label->setText(text);
    m_label->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(theme::css(theme::text(colour))));
    m_label->setAccessibleName(text);
}

} // namespace minwon
