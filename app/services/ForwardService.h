// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

namespace minwon {

class DbSession;

/// A forward as the department sees it: what was reported, where, and how
/// far the department has got with it.
struct ForwardItem
{
    QUuid id;
    QUuid caseId;
    QString department; ///< code
    QString departmentName;
    QString purpose; ///< action or share
    QString state; ///< sent, acknowledged, checked, closed
    QString result;
    QDateTime sentAt;
    QDateTime dueAt;
    int version = 0;
    QString caseSummary;
    QString reportKind;
    QString place;
    QString business;
    QDateTime observedAt;
    QString description;
    QStringList notes;

    bool overdue(const QDateTime& now) const
    {
        return state != QLatin1String("closed") && dueAt.isValid() && dueAt < now;
    }
};

/// The departments' side of forwarded reports: their open forwards, overdue
/// first, and the steps acknowledge → field check with its result → close.
/// The database decides who may update which forward.
class ForwardService : public QObject
{
    Q_OBJECT
public:
    explicit ForwardService(DbSession* session, QObject* parent = nullptr);

    /// Open forwards addressed to the signed-in person's department (all
    /// departments for supervisors and administrators).
    void loadOpen(std::function<void(const QList<ForwardItem>&, const QString& error)> done);
    void update(const QUuid& id, const QString& state, const QString& result, const QString& note,
                int version, std::function<void(bool ok, const QString& message)> done);

signals:
    void changed();

private:
    DbSession* m_session;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::ForwardItem)
