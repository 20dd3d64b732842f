// SPDX-License-Identifier: Apache-2.0
#include "reports/SurgeService.h"

#include "db/DbSession.h"
#include "reports/ReportStore.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace minwon {

SurgeService::SurgeService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
{
    qRegisterMetaType<minwon::Surge>();
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer->start();
    m_soon->setSingleShot(true);
    m_soon->setInterval(10000);
    connect(m_soon, &QTimer::timeout, this, [this] { check(); });
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString& op, const QString&, const QJsonObject&) {
                if (table == QLatin1String("cases") && op == QLatin1String("I") && !m_soon->isActive())
                    m_soon->start();
            });
    connect(m_session, &DbSession::reconnected, this, [this] { check(); });
}

void SurgeService::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer->stop();
        m_soon->stop();
        return;
    }
    m_timer->start(ms);
}

void SurgeService::check(const QDateTime& at)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run([korean, at](QSqlDatabase& db) { return ReportStore::loadSurges(db, korean, at); },
                   [this](const DbResult& result) {
                       if (!result.ok) {
                           emit checkFailed(result.message);
                           return;
                       }
                       apply(result.value.value<QList<Surge>>());
                   },
                   this);
}

void SurgeService::apply(const QList<Surge>& surges)
{
    const QList<Surge> before = m_active;
    m_active = surges;
    for (const Surge& old : before) {
        const bool still = std::any_of(surges.cbegin(), surges.cend(),
                                       [&](const Surge& s) { return s.category == old.category; });
        if (!still)
            emit surgeEnded(old.category);
    }
    for (const Surge& s : surges) {
        const auto it = std::find_if(before.cbegin(), before.cend(),
                                     [&](const Surge& old) { return old.category == s.category; });
        if (it == before.cend())
            emit surgeStarted(s);
        else if (!(*it == s))
            emit surgeUpdated(s);
    }
}

} // namespace minwon
