// SPDX-License-Identifier: Apache-2.0
#include "reports/ForwardTracker.h"

#include "db/DbSession.h"
#include "reports/ReportStore.h"

#include <QLocale>

#include <algorithm>

namespace minwon {

ForwardTracker::ForwardTracker(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::OpenForward>();
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject&) {
                if (table == QLatin1String("forwards") && !id.isEmpty())
                    reloadOne(QUuid::fromString(id));
            });
    connect(m_session, &DbSession::reconnected, this, &ForwardTracker::reload);
}

void ForwardTracker::reload()
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run([korean](QSqlDatabase& db) { return ReportStore::loadOpenForwards(db, korean); },
                   [this](const DbResult& result) {
                       if (!result.ok) {
                           emit loadFailed(result.message);
                           return;
                       }
                       m_items = result.value.value<QList<OpenForward>>();
                       emit reset(m_items);
                   },
                   this);
}

void ForwardTracker::reloadOne(const QUuid& id)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    m_session->run([korean, id](QSqlDatabase& db) { return ReportStore::loadOpenForward(db, id, korean); },
                   [this, id](const DbResult& result) {
                       if (!result.ok)
                           return;
                       const auto it = std::find_if(m_items.begin(), m_items.end(),
                                                    [&](const OpenForward& f) { return f.id == id; });
                       if (!result.value.isValid()) {
                           if (it != m_items.end()) {
                               m_items.erase(it);
                               emit itemRemoved(id);
                           }
                           return;
                       }
                       const OpenForward item = result.value.value<OpenForward>();
                       if (it != m_items.end())
                           *it = item;
                       else
                           m_items.append(item);
                       emit itemChanged(item);
                   },
                   this);
}

} // namespace minwon
