// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CaseRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace minwon {

class DbSession;

/// One line of a caller's history (the screen pop) or of a list of cases.
struct CaseSummary
{
    QUuid id;
    QDateTime openedAt;
    QString channel;
    QString category;
    QString summary;
    QString state;
    QString counselorName;
    QString wrapupCode;
    QStringList quotedGuidance; ///< "title (version n)" of each quoted version
    QStringList forwardStates; ///< "department: state" of each forward
    QString reviewComment;
    QString citizenNameMasked;
    QString phoneMasked;
};

/// The personal fields of a case, as revealed.
struct PersonalData
{
    QString citizenName;
    QString phone;
    QString address;
};

/// A forward as the case shows it.
struct ForwardView
{
    QUuid id;
    QString department;
    QString purpose;
    QString state;
    QString result;
    QDateTime sentAt;
    QDateTime dueAt;
    int version = 0;
};

/// An earlier violation report of the same place.
struct DuplicateCandidate
{
    QUuid id;
    QUuid caseId;
    QString kind;
    QString address;
    QString business;
    QDateTime observedAt;
};

/// Cases in the database: save (with everything that belongs to the case,
/// in one transaction), load, the caller's history, reopening, who else has
/// a case open, likely duplicate reports, and the logged reveal of personal
/// data.
class CaseService : public QObject
{
    Q_OBJECT
public:
    explicit CaseService(DbSession* session, QObject* parent = nullptr);

    enum class SaveStatus
    {
        Saved,
        Conflict,
        Failed,
        Offline
    };
    using SaveCallback = std::function<void(SaveStatus status, int newVersion, const QString& message)>;

    /// Inserts or updates; an update only applies over the version the form
    /// last saw, otherwise it reports a conflict and changes nothing.
    /// `operationId` makes the write land once even if it is tried again
    /// (from the outbox) after an answer got lost.
    void save(const CaseRecord& record, const QUuid& operationId, SaveCallback done);
    void load(const QUuid& caseId,
              std::function<void(bool ok, const CaseRecord& record, const QString& message)> done);
    void loadHistory(const QString& sender, std::function<void(const QList<CaseSummary>&)> done);
    /// The signed-in counselor's cases a supervisor returned with a comment.
    void loadReturned(std::function<void(const QList<CaseSummary>&)> done);
    void loadForwards(const QUuid& caseId, std::function<void(const QList<ForwardView>&)> done);
    /// A second contact about the same matter continues this case.
    void reopen(const QUuid& caseId, const QUuid& contactId,
                std::function<void(bool ok, const QString& message)> done);

    /// "Being edited by …": announce, keep alive, withdraw, and ask who else.
    void openEdit(const QUuid& caseId);
    void closeEdit(const QUuid& caseId);
    void otherEditors(const QUuid& caseId, std::function<void(const QStringList& names)> done);

    void findDuplicates(const QString& address, const QString& business, const QDateTime& observedAt,
                        const QUuid& excludeReport,
                        std::function<void(const QList<DuplicateCandidate>&)> done);
    /// Shows one personal field and records who looked, when and why.
    void reveal(const QUuid& caseId, const QString& field, const QString& reason,
                std::function<void(bool ok, const QString& value, const QString& message)> done);
    /// Name, number and address of a case in clear (reveal_case_pii): the
    /// database checks the right and records who looked, when and why.
    void revealPersonal(const QUuid& caseId, const QString& reason,
                        std::function<void(bool ok, const PersonalData& data, const QString& message)> done);

signals:
    /// Somebody opened or closed a case for editing somewhere.
    void editorsChanged(const QUuid& caseId);
    /// A case changed somewhere (saved by another desk, reviewed, …).
    void caseChanged(const QUuid& caseId, int version);

private:
    DbSession* m_session;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::CaseSummary)
Q_DECLARE_METATYPE(minwon::PersonalData)
Q_DECLARE_METATYPE(minwon::ForwardView)
Q_DECLARE_METATYPE(minwon::DuplicateCandidate)
