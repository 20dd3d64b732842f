// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kb/KbWorkflow.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace minwon {

class KbEditService;

/// "Changed since your last shift": the guidance published, corrected or
/// expired that this counselor has not confirmed yet. Reading an item opens
/// it in the guidance search; "Confirm" records, under the counselor's own
/// name, that they have read them.
class KbChangesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KbChangesPanel(KbEditService* service, QWidget* parent = nullptr);

    void reload();
    QListWidget* list() const { return m_list; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* summary() const { return m_summary; }
    int count() const { return int(m_changes.size()); }

signals:
    /// Show this article in the guidance search.
    void articleRequested(const QString& articleId, const QString& title);
    void message(const QString& text);

private:
    void showChanges(const QList<KbChange>& changes);
    void confirm();

    KbEditService* m_service;
    QLabel* m_summary;
    QPushButton* m_toggle;
    QPushButton* m_confirm;
    QListWidget* m_list;
    QTimer* m_reloadTimer;
    QList<KbChange> m_changes;
};

} // namespace minwon
