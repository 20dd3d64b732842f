// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/KbWorkflow.h"

#include <QObject>

#include <functional>

namespace minwon {

class DbSession;

/// The editors' and approvers' side of the knowledge base, and each
/// counselor's "changed since your last shift" list: every step runs on the
/// session's worker thread (KbWorkflow) and answers by callback on the GUI
/// thread. The database decides who may do which step; refusals come back
/// as the error text.
class KbEditService : public QObject
{
    Q_OBJECT
public:
    explicit KbEditService(DbSession* session, QObject* parent = nullptr);

    using Done = std::function<void(const QString& error)>; ///< empty error: done

    void loadArticles(std::function<void(const QList<KbArticleSummary>&, const QString& error)> done);
    void loadHistory(const QString& articleId,
                     std::function<void(const QList<KbVersionRecord>&, const QString& error)> done);
    /// Saves `article` as the next version; article.version is the version it
    /// was edited from (0 for a new article).
    void save(const ArticleFile& article, bool submit,
              std::function<void(int version, const QString& error)> done);
    void submit(const QString& articleId, int version, Done done);
    void withdraw(const QString& articleId, int version, Done done);
    /// `done` gets "published" or "approved" (scheduled for the in-force date).
    void approve(const QString& articleId, int version, bool correction,
                 std::function<void(const QString& status, const QString& error)> done);
    void returnToAuthor(const QString& articleId, int version, const QString& note, Done done);
    void loadCallbacks(const QString& articleId,
                       std::function<void(const QList<KbCallback>&, const QString& error)> done);
    void markCalledBack(const QUuid& caseId, const QString& articleId, int correctionVersion, Done done);
    void loadMyChanges(std::function<void(const QList<KbChange>&, const QString& error)> done);
    void acknowledge(const QList<std::pair<QString, int>>& versions, Done done);

signals:
    /// A version of this article changed anywhere (this desk or another).
    void articleChanged(const QString& articleId);

private:
    template <typename T>
    void query(std::function<T(KbWorkflow&, QString*)> work,
               std::function<void(const T&, const QString& error)> done);

    DbSession* m_session;
};

} // namespace minwon
