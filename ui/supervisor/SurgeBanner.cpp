// SPDX-License-Identifier: Apache-2.0
#include "supervisor/SurgeBanner.h"

#include "common/Theme.h"
#include "reports/SurgeService.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace minwon {

SurgeBanner::SurgeBanner(SurgeService* service, QWidget* parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("surgeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    theme::watch(this, [this] {
        QPalette p = QGuiApplication::palette();
        p.setColor(QPalette::Window, theme::background(theme::Role::Warning));
        p.setColor(QPalette::WindowText, theme::onBackground(theme::Role::Warning));
        setPalette(p);
    });
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->setSpacing(2);
    setVisible(false);
    connect(service, &SurgeService::surgeStarted, this, &SurgeBanner::add);
    connect(service, &SurgeService::surgeUpdated, this, &SurgeBanner::update);
    connect(service, &SurgeService::surgeEnded, this, &SurgeBanner::remove);
    for (const Surge& s : service->active())
        add(s);
}

QString SurgeBanner::describe(const Surge& s)
{
    const QString from = s.windowStart.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
                             .toString(QStringLiteral("HH:mm"));
    const QString to = s.windowEnd.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
                           .toString(QStringLiteral("HH:mm"));
    const int recent = s.recent;
    QString text = tr("Surge: %1 — %n case(s) from %2 to %3", nullptr, recent).arg(s.categoryName, from, to);
    if (s.usual > 0)
        text += QStringLiteral(", ")
            + tr("%1 times the usual %2 for this hour")
                  .arg(QLocale().toString(double(s.recent) / s.usual, 'f', 1),
                       QLocale().toString(s.usual, 'f', 1));
    else
        text += QStringLiteral(", ") + tr("usually none at this hour");
    return text;
}

void SurgeBanner::add(const Surge& surge)
{
    if (m_lines.contains(surge.category)) {
        update(surge);
        return;
    }
    auto* line = new QWidget(this);
    auto* row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(QStringLiteral("⚠"), line);
    auto* label = new QLabel(describe(surge), line);
    label->setObjectName(QStringLiteral("surgeText"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto* button = new QPushButton(tr("Show these cases"), line);
    button->setObjectName(QStringLiteral("surgeShowCases"));
    const QString category = surge.category;
    connect(button, &QPushButton::clicked, this, [this, category] { openNotice(category); });
    row->addWidget(icon);
    row->addWidget(label, 1);
    row->addWidget(button);
    m_layout->addWidget(line);
    m_lines.insert(category, line);
    m_surges.insert(category, surge);
    setVisible(true);
    emit message(describe(surge));
}

void SurgeBanner::update(const Surge& surge)
{
    QWidget* line = m_lines.value(surge.category);
    if (!line) {
        add(surge);
        return;
    }
    m_surges.insert(surge.category, surge);
    if (auto* label = line->findChild<QLabel*>(QStringLiteral("surgeText")))
        label->setText(describe(surge));
}

void SurgeBanner::remove(const QString& category)
{
    if (QWidget* line = m_lines.take(category))
        line->deleteLater();
    m_surges.remove(category);
    setVisible(!m_lines.isEmpty());
}

QString SurgeBanner::noticeText(const QString& category) const
{
    const QWidget* line = m_lines.value(category);
    if (!line)
        return {};
    const auto* label = line->findChild<QLabel*>(QStringLiteral("surgeText"));
    return label ? label->text() : QString();
}

void SurgeBanner::openNotice(const QString& category)
{
    if (m_surges.contains(category))
        emit casesRequested(m_surges.value(category));
}

} // namespace minwon
