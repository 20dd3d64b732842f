// SPDX-License-Identifier: Apache-2.0
#include "reports/FiguresService.h"

#include "db/DbSession.h"
#include "reports/ReportStore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace minwon {

FiguresService::FiguresService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_liveTimer(new QTimer(this))
    , m_dayTimer(new QTimer(this))
{
    qRegisterMetaType<minwon::FigureSet>();
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(5000);
    connect(m_liveTimer, &QTimer::timeout, this, &FiguresService::reload);
    m_dayTimer->setInterval(30000);
    connect(m_dayTimer, &QTimer::timeout, this, &FiguresService::checkDay);
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString&, const QJsonObject&) {
                onChange(table);
            });
    connect(m_session, &DbSession::reconnected, this, &FiguresService::reload);
}

void FiguresService::setRange(const QDate& from, const QDate& to)
{
    m_followToday = false;
    m_dayTimer->stop();
    m_from = from;
    m_to = to < from ? from : to;
    m_liveTimer->stop();
    reload();
}

void FiguresService::followToday()
{
    const QDate today = reportToday();
    setRange(today, today);
    m_followToday = true;
    m_dayTimer->start();
}

bool FiguresService::isLive() const
{
    const QDate today = reportToday();
    return m_from.isValid() && m_from <= today && m_to >= today;
}

void FiguresService::setLiveInterval(int ms)
{
    m_liveInterval = ms;
    m_liveTimer->setInterval(liveDelay(m_liveInterval, m_lastLoadMs));
}

int FiguresService::liveDelay(int intervalMs, qint64 lastLoadMs)
{
    constexpr qint64 maxDelayMs = 60000;
    const qint64 scaled = lastLoadMs > 0 ? lastLoadMs * 10 : 0;
    return int(qMax<qint64>(intervalMs, qMin(scaled, maxDelayMs)));
}

void FiguresService::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void FiguresService::reload()
{
    if (!m_from.isValid())
        return;
    const RequestTicket ticket = m_generations.next();
    m_reloadAgain = false;
    setLoading(true);
    const QDate from = m_from;
    const QDate to = m_to;
    const bool korean = QLocale().language() == QLocale::Korean;
    // Written on the database thread before the result is posted back.
    auto tookMs = std::make_shared<qint64>(-1);
    m_session->run(
        [ticket, from, to, korean, tookMs](QSqlDatabase& db) {
            if (ticket.isStale())
                return DbResult::failure(DbError::Kind::Other, QString());
            QElapsedTimer timer;
            timer.start();
            DbResult result = ReportStore::loadFigures(db, from, to, korean);
            *tookMs = timer.elapsed();
            return result;
        },
        [this, ticket, tookMs](const DbResult& result) {
            if (ticket.isStale())
                return;
            setLoading(false);
            if (*tookMs >= 0) {
                m_lastLoadMs = *tookMs;
                m_liveTimer->setInterval(liveDelay(m_liveInterval, m_lastLoadMs));
            }
            if (!result.ok) {
                emit loadFailed(result.message);
                return;
            }
            m_figures = result.value.value<FigureSet>();
            emit figuresChanged(m_figures);
            if (m_reloadAgain)
                m_liveTimer->start();
        },
        this);
}

void FiguresService::onChange(const QString& table)
{
    if (table != QLatin1String("contacts") && table != QLatin1String("cases"))
        return;
    if (!isLive())
        return;
    if (m_loading)
        m_reloadAgain = true;
    else if (!m_liveTimer->isActive())
        m_liveTimer->start();
}

void FiguresService::checkDay()
{
    if (m_followToday && reportToday() != m_from) {
        followToday();
        refreshRollup(); // a new day: another one became final
    }
}

void FiguresService::refreshRollup()
{
    refreshRollupWeek(0);
}

void FiguresService::refreshRollupWeek(int week)
{
    // Nine weeks back from the last final day, the oldest first.
    constexpr int weeks = 9;
    if (week >= weeks)
        return;
    const int fromBack = (weeks - week) * 7 - 1;
    const int toBack = (weeks - week - 1) * 7;
    m_session->run(
        [fromBack, toBack](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT report_rollup_refresh(report_last_final_day() - ?, "
                                     "report_last_final_day() - ?)"));
            q.addBindValue(fromBack);
            q.addBindValue(toBack);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            return DbResult::success();
        },
        [this, week](const DbResult& result) {
            if (result.ok)
                refreshRollupWeek(week + 1);
        },
        this);
}

} // namespace minwon
