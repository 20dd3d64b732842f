// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace minwon {

class DbSession;

/// A small read-only table for an overview panel.
struct OverviewRows
{
    QStringList headers;
    QList<QVariantList> rows;
    /// Columns holding a moment; shown as the time since it, ticking.
    QList<int> elapsedColumns;
};

/// Read-only overviews the workspaces start from: the counselors' live
/// states, today's cases, the knowledge base's articles in every status, a
/// department's forwards. The SQL stays here, below the widgets.
class OverviewService : public QObject
{
    Q_OBJECT
public:
    enum class View
    {
        AgentBoard,
        TodayCases,
        KbArticles,
        DepartmentForwards,
        QueueByChannel
    };
    Q_ENUM(View)

    explicit OverviewService(DbSession* session, QObject* parent = nullptr);

    void fetch(View view, std::function<void(const OverviewRows&, const QString& error)> done);
    /// The tables whose changes make this view stale.
    static QStringList sourceTables(View view);

private:
    DbSession* m_session;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::OverviewRows)
