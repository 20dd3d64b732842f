// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace minwon {

class DbSession;

/// A case as the form edits it. The id is made on the desk, so a save that
/// is replayed (after an outage) lands exactly once.
struct CaseRecord
{
    QUuid id;
    QUuid contactId;
    QString channel;
    QString sender;
    QString citizenName;
    QString phone;
    QString address;
    QString category;
    QString subcategory;
    QString summary;
    QString answer;
    QString wrapupCode;
    bool callbackRequested = false;
    QDateTime callbackAt;
    QString state = QStringLiteral("open");
    struct Quote
    {
        QString articleId;
        int version = 0;
        bool operator==(const Quote&) const = default;
    };
    QList<Quote> quotes; ///< the guidance versions told to the citizen
    int version = 0; ///< 0: not yet stored

    static CaseRecord createFor(const QUuid& contactId, const QString& channel, const QString& sender);
};

/// One line of a caller's history.
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
};

class CaseService : public QObject
{
    Q_OBJECT
public:
    explicit CaseService(DbSession* session, QObject* parent = nullptr);

    enum class SaveStatus
    {
        Saved,
        Conflict,
        Failed
    };
    using SaveCallback = std::function<void(SaveStatus status, int newVersion, const QString& message)>;

    /// Inserts or updates; an update only applies over the version the form
    /// last saw, otherwise it reports a conflict and changes nothing.
    void save(const CaseRecord& record, SaveCallback done);
    void loadHistory(const QString& sender, std::function<void(const QList<CaseSummary>&)> done);

private:
    DbSession* m_session;
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::CaseSummary)
