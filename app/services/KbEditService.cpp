// SPDX-License-Identifier: Apache-2.0
#include "services/KbEditService.h"

#include "db/DbSession.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace minwon {

KbEditService::KbEditService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &DbSession::changed, this,
            [this](const QString& table, const QString&, const QString& id, const QJsonObject&) {
                if (table == QLatin1String("kb_versions"))
                    emit articleChanged(id);
            });
}

template <typename T>
void KbEditService::query(std::function<T(KbWorkflow&, QString*)> work,
                          std::function<void(const T&, const QString&)> done)
{
    // The value travels back in a shared pointer: no metatype needed.
    auto value = std::make_shared<T>();
    m_session->run(
        [work, value](QSqlDatabase& db) {
            KbWorkflow flow(db);
            QString error;
            *value = work(flow, &error);
            if (!error.isEmpty())
                return DbResult::failure(DbError::Kind::Other, error);
            return DbResult::success();
        },
        [value, done](const DbResult& result) {
            if (done)
                done(result.ok ? *value : T {}, result.ok ? QString() : result.message);
        },
        this);
}

void KbEditService::loadArticles(std::function<void(const QList<KbArticleSummary>&, const QString&)> done)
{
    query<QList<KbArticleSummary>>([](KbWorkflow& flow, QString* error) { return flow.articles(error); },
                                   std::move(done));
}

void KbEditService::loadHistory(const QString& articleId,
                                std::function<void(const QList<KbVersionRecord>&, const QString&)> done)
{
    query<QList<KbVersionRecord>>(
        [articleId](KbWorkflow& flow, QString* error) { return flow.history(articleId, error); },
        std::move(done));
}

void KbEditService::save(const ArticleFile& article, bool submit,
                         std::function<void(int, const QString&)> done)
{
    query<int>([article, submit](KbWorkflow& flow,
                                 QString* error) { return flow.saveVersion(article, submit, error); },
               std::move(done));
}

void KbEditService::submit(const QString& articleId, int version, Done done)
{
    query<bool>([articleId, version](KbWorkflow& flow,
                                     QString* error) { return flow.submit(articleId, version, error); },
                [done](bool, const QString& error) { done(error); });
}

void KbEditService::withdraw(const QString& articleId, int version, Done done)
{
    query<bool>([articleId, version](KbWorkflow& flow,
                                     QString* error) { return flow.withdraw(articleId, version, error); },
                [done](bool, const QString& error) { done(error); });
}

void KbEditService::approve(const QString& articleId, int version, bool correction,
                            std::function<void(const QString&, const QString&)> done)
{
    query<QString>(
        [articleId, version, correction](KbWorkflow& flow, QString* error) {
            return flow.approve(articleId, version, correction, error);
        },
        std::move(done));
}

void KbEditService::returnToAuthor(const QString& articleId, int version, const QString& note, Done done)
{
    query<bool>(
        [articleId, version, note](KbWorkflow& flow, QString* error) {
            return flow.returnToAuthor(articleId, version, note, error);
        },
        [done](bool, const QString& error) { done(error); });
}

void KbEditService::loadCallbacks(const QString& articleId,
                                  std::function<void(const QList<KbCallback>&, const QString&)> done)
{
    query<QList<KbCallback>>(
        [articleId](KbWorkflow& flow, QString* error) { return flow.callbacks(articleId, error); },
        std::move(done));
}

void KbEditService::markCalledBack(const QUuid& caseId, const QString& articleId, int correctionVersion,
                                   Done done)
{
    query<bool>(
        [caseId, articleId, correctionVersion](KbWorkflow& flow, QString* error) {
            return flow.markCalledBack(caseId, articleId, correctionVersion, error);
        },
        [done](bool, const QString& error) {
            if (done)
                done(error);
        });
}

void KbEditService::loadMyChanges(std::function<void(const QList<KbChange>&, const QString&)> done)
{
    query<QList<KbChange>>([](KbWorkflow& flow, QString* error) { return flow.myChanges(error); },
                           std::move(done));
}

void KbEditService::acknowledge(const QList<std::pair<QString, int>>& versions, Done done)
{
    query<bool>([versions](KbWorkflow& flow, QString* error) { return flow.acknowledge(versions, error); },
                [done](bool, const QString& error) {
                    if (done)
                        done(error);
                });
}

} // namespace minwon
