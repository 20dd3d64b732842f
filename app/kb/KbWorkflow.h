// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/ArticleFile.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace minwon {

/// One version of an article with who did what to it and when.
struct KbVersionRecord
{
    ArticleFile article; ///< content; article.version is the version number
    QString status; ///< draft, in_review, approved, published, superseded, expired, rejected, withdrawn
    int correctsVersion = 0; ///< 0: not a correction
    QString reviewNote; ///< why it was returned
    QUuid authorId;
    QString authorName;
    QString approverName;
    QString returnedByName;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime approvedAt;
    QDateTime publishAt; ///< scheduled publication
    QDateTime publishedAt;
    QDateTime returnedAt;
    QDateTime updatedAt;
};

/// One article in the editors' list: its newest version and what waits.
struct KbArticleSummary
{
    QString articleId;
    QString title; ///< of the newest version
    QString category;
    int latestVersion = 0;
    QString latestStatus;
    int publishedVersion = 0; ///< 0: none in force
    QString authorName; ///< of the newest version
    QUuid authorId;
    QDateTime changedAt;
};

/// A case answered with a version that was later corrected: call the citizen back.
struct KbCallback
{
    QString articleId;
    int wrongVersion = 0;
    int correctionVersion = 0;
    QString title;
    QUuid caseId;
    QDateTime openedAt;
    QString channel;
    QString citizenName;
    QString phone;
    QString sender;
    QString counselorName;
    QDateTime calledAt; ///< invalid: not called back yet
    QString calledByName;
};

/// A guidance change the signed-in counselor has not confirmed yet.
struct KbChange
{
    QString articleId;
    int version = 0;
    QString title;
    QString status;
    bool isCorrection = false;
    QString changeNote;
    QDateTime changedAt;
};

/// The editing and approval steps of the knowledge base, on whatever
/// connection it is given (a desk's worker, the admin tool). The database
/// enforces who may do which step (migration 0008); this class only asks.
/// Every function returns false with a message a person can act on.
class KbWorkflow
{
public:
    explicit KbWorkflow(QSqlDatabase db);

    QList<KbArticleSummary> articles(QString* error) const;
    /// Every version of an article, newest first.
    QList<KbVersionRecord> history(const QString& articleId, QString* error) const;

    /// Writes `article` as the next version (a draft, or straight into review
    /// with `submit`); creates the article when new. Returns the version
    /// number, 0 on failure.
    int saveVersion(const ArticleFile& article, bool submit, QString* error);
    bool submit(const QString& articleId, int version, QString* error);
    bool withdraw(const QString& articleId, int version, QString* error);
    /// Approves; publishes at once, or on the in-force date when that is
    /// later. `correction`: this version corrects the one published before it.
    /// Returns the resulting status ("published" or "approved"), empty on failure.
    QString approve(const QString& articleId, int version, bool correction, QString* error);
    bool returnToAuthor(const QString& articleId, int version, const QString& note, QString* error);
    /// Publishes what is due and expires what ran out; returns how many changed, -1 on failure.
    int publishDue(QString* error);

    /// Cases answered with a corrected version (all articles when empty).
    QList<KbCallback> callbacks(const QString& articleId, QString* error) const;
    /// Records that the citizen of `caseId` was called back after the correction.
    bool markCalledBack(const QUuid& caseId, const QString& articleId, int correctionVersion, QString* error);
    QList<KbChange> myChanges(QString* error) const;
    bool acknowledge(const QList<std::pair<QString, int>>& versions, QString* error);

private:
    bool setStatus(const QString& articleId, int version, const QString& from, const QString& to,
                   QString* error, const QString& extraSet = {}, const QVariantList& extraValues = {});

    QSqlDatabase m_db;
};

} // namespace minwon
