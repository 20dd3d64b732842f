// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CaseRecord.h"
#include "domain/ReferenceData.h"
#include "services/CaseService.h"
#include "services/QueueService.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class CaseFormPanel;
}

class QLabel;
class QTimer;

namespace minwon {

class LocalStore;

/// The complaint form of the contact in hand. Keyboard first; field errors
/// show next to the field, never in a dialog; what is typed is kept in the
/// desk's local store every few seconds and whenever focus moves, so a crash
/// loses nothing; a save over somebody else's newer change opens the merge
/// dialog instead of overwriting.
class CaseFormPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFormPanel(CaseService* service, QWidget* parent = nullptr);
    ~CaseFormPanel() override;

    void setReferenceData(const ReferenceData& reference);
    /// Where drafts go (may be null: no drafts).
    void setLocalStore(LocalStore* store);

    /// Starts a new case for a claimed contact.
    void startCase(const QueueItem& contact);
    /// Shows a stored case (reopened, returned for changes) or a restored
    /// draft (`dirty`: not yet saved).
    void loadCase(const CaseRecord& record, bool dirty = false);
    void addQuote(const QString& articleId, int version, const QString& title);
    const CaseRecord& record() const { return m_record; }
    bool hasCase() const { return !m_record.id.isNull(); }
    bool isDirty() const { return m_dirty; }

    /// Field problems in words; empty when the form can be saved (or completed).
    QStringList validate(bool forCompletion);
    void save();
    void complete();
    /// The contact went back to the queue or to a colleague: what was typed is
    /// kept as an open case, then the form empties.
    void closeForContact(const QUuid& contactId);
    /// Writes the draft now (also done by the timer and on focus changes).
    void saveDraft();
    void refreshReturned();

signals:
    void message(const QString& text);
    void completed(const QUuid& caseId);
    /// The database could not be reached: the record should go to the outbox.
    void savedOffline(const minwon::CaseRecord& record, const QUuid& operationId);

private:
    void fillCategories();
    void fillSubcategories();
    void collect();
    void store(bool complete, std::function<void()> afterSave = {});
    void setEnabledForCase(bool enabled);
    void reset();
    void fill(const CaseRecord& record);
    void markDirty();
    void updateSections();
    void checkDuplicates();
    void refreshEditors();
    void refreshForwards();
    void loadHistoryFor(const QString& sender);
    void resolveConflict(const CaseRecord& mine);
    void openHistoryItem(int row);
    void revealHistoryItem(int row);
    void openReturnedItem(int row);
    QString defaultEnforcementFor(const QString& address) const;

    const QScopedPointer<Ui::CaseFormPanel> m_ui;
    CaseService* m_service;
    LocalStore* m_store = nullptr;
    ReferenceData m_reference;
    CaseRecord m_record;
    QList<CaseSummary> m_history;
    QList<CaseSummary> m_returned;
    QUuid m_duplicateCandidate;
    QTimer* m_draftTimer;
    QTimer* m_duplicateTimer;
    QTimer* m_heartbeat;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_saving = false;
};

} // namespace minwon
