// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/KbWorkflow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace minwon {

/// The history of one article: every version with who wrote, approved or
/// returned it and when, and a word-level comparison of any two versions
/// (deleted words struck through in red, inserted ones underlined in green).
class VersionHistory : public QWidget
{
    Q_OBJECT
public:
    explicit VersionHistory(QWidget* parent = nullptr);

    /// Newest first, as KbWorkflow::history() gives them. Compares the two newest.
    void setVersions(const QList<KbVersionRecord>& versions);
    /// Compares version `older` with version `newer`.
    void compare(int older, int newer);
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* diffView() const { return m_diff; }

    /// HTML of the word-level difference between two texts.
    static QString diffHtml(const QString& older, const QString& newer);

signals:
    /// The person wants to open this version in the editor.
    void versionActivated(int version);

private:
    void showDiff();
    const KbVersionRecord* find(int version) const;

    QTreeWidget* m_list;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_stats;
    QTextBrowser* m_diff;
    QList<KbVersionRecord> m_versions;
};

} // namespace minwon
