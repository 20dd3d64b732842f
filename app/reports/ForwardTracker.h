// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QList>
#include <QObject>

namespace minwon {

class DbSession;

/// The forwards not closed yet, across departments, kept current: a change
/// to a forward anywhere reloads that one forward and says so.
class ForwardTracker : public QObject
{
    Q_OBJECT
public:
    explicit ForwardTracker(DbSession* session, QObject* parent = nullptr);

    void reload();
    const QList<OpenForward>& items() const { return m_items; }

signals:
    void reset(const QList<minwon::OpenForward>& items);
    /// Added, or changed state, department or due time.
    void itemChanged(const minwon::OpenForward& item);
    /// Closed, or gone.
    void itemRemoved(const QUuid& id);
    void loadFailed(const QString& message);

private:
    void reloadOne(const QUuid& id);

    DbSession* m_session;
    QList<OpenForward> m_items;
};

} // namespace minwon
