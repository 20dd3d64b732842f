// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReferenceData.h"
#include "services/CaseService.h"
#include "services/QueueService.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class CaseFormPanel;
}

namespace minwon {

/// The complaint form of the contact in hand. Keyboard first; field errors
/// show next to the field, never in a dialog.
class CaseFormPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFormPanel(CaseService* service, QWidget* parent = nullptr);
    ~CaseFormPanel() override;

    void setReferenceData(const ReferenceData& data);
    /// Starts a new case for a claimed contact.
    void startCase(const QueueItem& contact);
    void addQuote(const QString& articleId, int version, const QString& title);
    const CaseRecord& record() const { return m_record; }
    bool hasCase() const { return !m_record.id.isNull(); }

    /// Field problems in words; empty when the form can be completed.
    QStringList validate(bool forCompletion);
    void save();
    void complete();
    /// The contact went back to the queue or to a colleague: what was typed is
    /// kept as an open case, then the form empties.
    void closeForContact(const QUuid& contactId);

signals:
    void message(const QString& text);
    void completed(const QUuid& caseId);

private:
    void fillCategories();
    void fillSubcategories();
    void collect();
    void store(bool complete, std::function<void()> afterSave = {});
    void reset();
    void setEnabledForCase(bool enabled);

    const QScopedPointer<Ui::CaseFormPanel> m_ui;
    CaseService* m_service;
    ReferenceData m_reference;
    CaseRecord m_record;
    QStringList m_quotes;
    bool m_saving = false;
};

} // namespace minwon
