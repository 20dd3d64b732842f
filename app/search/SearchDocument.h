// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace minwon {

/// One knowledge-base article version as the search engine sees it. Plain
/// data: the engine keeps its own normalised copy of what it needs.
struct SearchDocument
{
    QString articleId; ///< e.g. "covid-test-sites"
    int version = 0;
    QString title;
    QStringList tags;
    QString body; ///< Markdown
    QString category; ///< e.g. "covid19.testing"
    QDate effectiveFrom; ///< null: in force from the beginning
    QDate effectiveUntil; ///< null: open-ended
    QString status; ///< published, superseded, expired, draft, in_review, rejected
};

} // namespace minwon
