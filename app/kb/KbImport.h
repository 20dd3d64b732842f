// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/ArticleFile.h"

#include <QList>
#include <QSqlDatabase>

namespace minwon {

/// `minwon-admin kb import`: articles from a folder of Markdown files with a
/// front-matter block, or from one .jsonl file (one JSON object a line, the
/// same fields). Every file is read and checked before anything is written;
/// then everything is written in one transaction, so a bad file leaves the
/// knowledge base as it was.
class KbImport
{
public:
    struct Problem
    {
        QString file;
        int line = 0;
        QString message;
        QString toString() const;
    };
    struct Item
    {
        QString file;
        int line = 1; ///< where the article starts (a .jsonl line)
        int categoryLine = 1;
        ArticleFile article;
    };
    enum class Mode
    {
        Review, ///< new versions wait for an approver
        Publish, ///< published at once, or on their in-force date
    };
    struct Outcome
    {
        int newArticles = 0;
        int newVersions = 0; ///< including the first versions of new articles
        int unchanged = 0;
        int scheduled = 0; ///< published later, on their in-force date
    };

    /// Reads `path` (a folder of *.md or a .jsonl file). False with every
    /// problem found when any file is bad.
    bool read(const QString& path, QList<Problem>* problems);
    const QList<Item>& items() const { return m_items; }

    /// Writes what was read as new versions (unchanged articles are skipped)
    /// in one transaction.
    bool write(QSqlDatabase db, Mode mode, Outcome* outcome, QList<Problem>* problems);

    /// Largest file accepted.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

private:
    void readMarkdown(const QString& file, QList<Problem>* problems);
    void readJsonLines(const QString& file, QList<Problem>* problems);
    bool check(const Item& item, int bodyLine, QList<Problem>* problems);

    QList<Item> m_items;
};

/// `minwon-admin kb export`: the newest published version of every article
/// (`all`: every version) as Markdown files in `dir`. Returns the number of
/// files written, -1 on failure.
int exportArticles(QSqlDatabase db, const QString& dir, bool all, QString* error);

} // namespace minwon
