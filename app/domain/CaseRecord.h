// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace minwon {

/// A quarantine-rule violation reported in a case.
struct ViolationReport
{
    QUuid id; ///< made on the desk
    QString kind; ///< no_mask, gathering, after_hours, other
    QString address;
    QString business;
    QDateTime observedAt;
    QString description;
    QUuid duplicateOf; ///< linked to an earlier report of the same place
    bool operator==(const ViolationReport&) const = default;
};

/// A forward the case asks for when it is completed.
struct ForwardRequest
{
    QUuid id; ///< made on the desk
    QString department;
    QString purpose = QStringLiteral("action"); ///< action, or share (for information)
    QString note;
    bool operator==(const ForwardRequest&) const = default;
};

/// A case as the form edits it. Every id is made on the desk, so a save that
/// is replayed after an outage lands exactly once.
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
    std::optional<ViolationReport> report;
    QList<ForwardRequest> forwards;
    int version = 0; ///< the stored version this edit started from; 0: new
    QString reviewComment; ///< a supervisor's comment when returned (read-only here)

    bool operator==(const CaseRecord&) const = default;

    static CaseRecord createFor(const QUuid& contactId, const QString& channel, const QString& sender);

    /// Masks resident registration, card, account and passport numbers typed
    /// into the free-text fields. Returns the kinds found (empty: nothing).
    QStringList maskPersonalNumbers();

    QJsonObject toJson() const;
    static CaseRecord fromJson(const QJsonObject& json);
};

} // namespace minwon

Q_DECLARE_METATYPE(minwon::CaseRecord)
