// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/ArticleFile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

namespace minwon {

/// Writes knowledge-base articles and versions. Runs on whatever connection
/// it is given (a worker's, the admin tool's).
class KbRepository
{
public:
    explicit KbRepository(QSqlDatabase db);

    struct VersionMeta
    {
        QString status = QStringLiteral("draft");
        QUuid authorId;
        QUuid approverId;
        QDateTime approvedAt;
        QDateTime publishedAt;
        QDateTime publishAt; ///< scheduled publication (status approved)
        QDateTime submittedAt;
        QDateTime createdAt;
    };

    /// Creates the article row if needed and inserts `article` as version
    /// `versionNo`. Part of the caller's transaction.
    bool insertVersion(const ArticleFile& article, int versionNo, const VersionMeta& meta, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace minwon
