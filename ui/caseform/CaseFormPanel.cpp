// SPDX-License-Identifier: Apache-2.0
#include "caseform/CaseFormPanel.h"

#include "caseform/ConflictDialog.h"
#include "caseform/RevealDialog.h"
#include "common/Format.h"
#include "common/Guard.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "local/LocalStore.h"
#include "text/PhoneNumber.h"
#include "ui_CaseFormPanel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QKeySequence>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>

namespace minwon {

namespace {

void showError(QLabel* label, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(QStringLiteral("color: %1;").arg(theme::css(theme::text(theme::Role::Danger))));
}

const char* const kViolationKinds[] = {"no_mask", "gathering", "after_hours", "other"};

} // namespace

CaseFormPanel::CaseFormPanel(CaseService* service, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CaseFormPanel)
    , m_service(service)
    , m_draftTimer(new QTimer(this))
    , m_duplicateTimer(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseFormPanel"));
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(bold);
    for (QLabel* label :
         {m_ui->phoneError, m_ui->addressError, m_ui->categoryError, m_ui->summaryError, m_ui->wrapupError,
          m_ui->departmentError, m_ui->callbackError, m_ui->violationError})
        showError(label, {});
    theme::watch(this, [this] {
        const QString warning = theme::css(theme::text(theme::Role::Warning));
        m_ui->editorsLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(warning));
        m_ui->reviewLabel->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 4px;")
                                             .arg(theme::css(theme::background(theme::Role::Warning)),
                                                  theme::css(theme::onBackground(theme::Role::Warning))));
        m_ui->duplicateLabel->setStyleSheet(QStringLiteral("color: %1;").arg(warning));
        for (QLabel* label :
             {m_ui->phoneError, m_ui->addressError, m_ui->categoryError, m_ui->summaryError,
              m_ui->wrapupError, m_ui->departmentError, m_ui->callbackError, m_ui->violationError})
            label->setStyleSheet(
                QStringLiteral("color: %1;").arg(theme::css(theme::text(theme::Role::Danger))));
    });
    m_ui->reviewLabel->setVisible(false);
    m_ui->callbackEdit->setDisplayFormat(format::dateTimeEditFormat());
    m_ui->observedEdit->setDisplayFormat(format::dateTimeEditFormat());
    m_ui->callbackEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->observedEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->kindCombo->addItem(tr("No mask"), QLatin1String(kViolationKinds[0]));
    m_ui->kindCombo->addItem(tr("Private gathering of five or more"), QLatin1String(kViolationKinds[1]));
    m_ui->kindCombo->addItem(tr("Business open after hours"), QLatin1String(kViolationKinds[2]));
    m_ui->kindCombo->addItem(tr("Other"), QLatin1String(kViolationKinds[3]));

    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &CaseFormPanel::fillSubcategories);
    // Choosing "callback needed" ticks the callback time for you.
    connect(m_ui->wrapupCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_ui->wrapupCombo->currentData().toString() == QLatin1String("callback"))
            m_ui->callbackCheck->setChecked(true);
    });
    connect(m_ui->callbackCheck, &QCheckBox::toggled, this, [this] { updateSections(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CaseFormPanel::save);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &CaseFormPanel::complete);
    connect(m_ui->historyList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openHistoryItem(m_ui->historyList->row(item)); });
    connect(m_ui->returnedList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openReturnedItem(m_ui->returnedList->row(item)); });
    // Names and numbers of earlier cases are masked; seeing them takes a
    // reason, and the database records the look.
    auto* reveal = new QAction(tr("Show personal data…"), m_ui->historyList);
    m_ui->historyList->addAction(reveal);
    m_ui->historyList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(reveal, &QAction::triggered, this,
            [this] { revealHistoryItem(m_ui->historyList->currentRow()); });

    // Every edit marks the form dirty; drafts follow a few seconds later.
    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->phoneEdit, m_ui->addressEdit, m_ui->placeEdit, m_ui->businessEdit})
        connect(edit, &QLineEdit::textEdited, this, &CaseFormPanel::markDirty);
    for (QPlainTextEdit* edit : {m_ui->summaryEdit, m_ui->answerEdit, m_ui->descriptionEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &CaseFormPanel::markDirty);
    for (QComboBox* combo : {m_ui->categoryCombo, m_ui->subcategoryCombo, m_ui->wrapupCombo,
                             m_ui->departmentCombo, m_ui->kindCombo, m_ui->enforcementCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            markDirty();
            updateSections();
        });
    for (QCheckBox* check : {m_ui->callbackCheck, m_ui->shareHqCheck, m_ui->linkDuplicateCheck})
        connect(check, &QCheckBox::toggled, this, &CaseFormPanel::markDirty);
    for (QDateTimeEdit* edit : {m_ui->callbackEdit, m_ui->observedEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CaseFormPanel::markDirty);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_ui->placeEdit->text().isEmpty()
            || m_ui->placeEdit->text() == text.chopped(qMin<qsizetype>(1, text.size())))
            m_ui->placeEdit->setText(text);
        const QString team = defaultEnforcementFor(text);
        if (!team.isEmpty())
            m_ui->enforcementCombo->setCurrentIndex(qMax(0, m_ui->enforcementCombo->findData(team)));
    });
    for (QLineEdit* edit : {m_ui->placeEdit, m_ui->businessEdit, m_ui->addressEdit})
        connect(edit, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_ui->observedEdit, &QDateTimeEdit::dateTimeChanged, m_duplicateTimer,
            qOverload<>(&QTimer::start));

    m_draftTimer->setInterval(3000);
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, &CaseFormPanel::saveDraft);
    m_duplicateTimer->setInterval(500);
    m_duplicateTimer->setSingleShot(true);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CaseFormPanel::checkDuplicates);
    m_heartbeat->setInterval(60000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (hasCase())
            m_service->openEdit(m_record.id);
    });
    // Leaving a field keeps what was typed.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (m_dirty && old && isAncestorOf(old))
            saveDraft();
    });
    connect(m_service, &CaseService::editorsChanged, this, [this](const QUuid& caseId) {
        if (caseId == m_record.id)
            refreshEditors();
    });
    connect(m_service, &CaseService::caseChanged, this, [this](const QUuid& caseId, int) {
        if (caseId == m_record.id)
            refreshForwards();
        refreshReturned();
    });

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, &CaseFormPanel::save);
    saveShortcut->setContext(Qt::WindowShortcut);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* completeShortcut = new QShortcut(key, this, this, &CaseFormPanel::complete);
        completeShortcut->setContext(Qt::WindowShortcut);
    }
    // Esc never discards: it only says so.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (hasCase())
            emit message(
                tr("Esc does not discard the form. Complete it (Ctrl+Enter) or release the contact."));
    });
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    setEnabledForCase(false);
    updateSections();
}

CaseFormPanel::~CaseFormPanel()
{
    if (m_dirty)
        saveDraft();
}

void CaseFormPanel::setLocalStore(LocalStore* store)
{
    m_store = store;
}

void CaseFormPanel::setEnabledForCase(bool enabled)
{
    m_ui->scrollContents->setEnabled(enabled);
    m_ui->saveButton->setEnabled(enabled);
    m_ui->completeButton->setEnabled(enabled);
    m_ui->callbackEdit->setEnabled(enabled && m_ui->callbackCheck->isChecked());
    if (enabled)
        m_heartbeat->start();
    else
        m_heartbeat->stop();
}

void CaseFormPanel::setReferenceData(const ReferenceData& reference)
{
    m_reference = reference;
    m_filling = true;
    fillCategories();
    m_ui->wrapupCombo->clear();
    m_ui->wrapupCombo->addItem(tr("— choose —"), QString());
    for (const WrapupCode& w : reference.wrapupCodes)
        m_ui->wrapupCombo->addItem(ReferenceData::localized(w.nameKo, w.nameEn), w.code);
    m_ui->departmentCombo->clear();
    m_ui->departmentCombo->addItem(tr("— choose —"), QString());
    m_ui->enforcementCombo->clear();
    for (const Department& d : reference.departments) {
        const QString name = ReferenceData::localized(d.nameKo, d.nameEn);
        if (d.kind == QLatin1String("enforcement"))
            m_ui->enforcementCombo->addItem(name, d.code);
        if (d.kind != QLatin1String("disaster_hq"))
            m_ui->departmentCombo->addItem(name, d.code);
    }
    m_filling = false;
    updateSections();
}

void CaseFormPanel::fillCategories()
{
    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItem(tr("— choose —"), QString());
    for (const Category& c : m_reference.topCategories())
        m_ui->categoryCombo->addItem(ReferenceData::localized(c.nameKo, c.nameEn), c.code);
    fillSubcategories();
}

void CaseFormPanel::fillSubcategories()
{
    const QString previous = m_ui->subcategoryCombo->currentData().toString();
    m_ui->subcategoryCombo->clear();
    const QString top = m_ui->categoryCombo->currentData().toString();
    m_ui->subcategoryCombo->addItem(tr("— choose —"), QString());
    for (const Category& c : m_reference.subcategories(top))
        m_ui->subcategoryCombo->addItem(ReferenceData::localized(c.nameKo, c.nameEn), c.code);
    m_ui->subcategoryCombo->setCurrentIndex(qMax(0, m_ui->subcategoryCombo->findData(previous)));
}

QString CaseFormPanel::defaultEnforcementFor(const QString& address) const
{
    // The district in the address names the team: 동구 → 동구 방역수칙 점검반.
    for (const Department& d : m_reference.departments) {
        if (d.kind != QLatin1String("enforcement"))
            continue;
        const QString district = d.nameKo.section(QLatin1Char(' '), 0, 0);
        if (!district.isEmpty() && address.contains(district))
            return d.code;
    }
    return {};
}

void CaseFormPanel::updateSections()
{
    const QString wrapup = m_ui->wrapupCombo->currentData().toString();
    const QString sub = m_ui->subcategoryCombo->currentData().toString();
    const bool violation = wrapup == QLatin1String("violation") || sub == QLatin1String("covid19.violation");
    m_ui->violationGroup->setVisible(violation);
    const bool forwarded = wrapup == QLatin1String("forwarded");
    m_ui->departmentLabel->setVisible(forwarded);
    m_ui->departmentCombo->setVisible(forwarded);
    if (!forwarded)
        showError(m_ui->departmentError, {});
    m_ui->callbackEdit->setEnabled(m_ui->scrollContents->isEnabled() && m_ui->callbackCheck->isChecked());
}

void CaseFormPanel::markDirty()
{
    if (m_filling || !hasCase())
        return;
    m_dirty = true;
    m_draftTimer->start();
}

void CaseFormPanel::saveDraft()
{
    m_draftTimer->stop();
    if (!hasCase() || !m_dirty || !m_store)
        return;
    collect();
    CaseRecord draft = m_record;
    draft.maskPersonalNumbers(); // nothing personal reaches the disk either
    if (!m_store->saveDraft(draft.id, draft.toJson()))
        emit message(tr("The draft could not be kept on this computer: %1").arg(m_store->lastError()));
}

void CaseFormPanel::reset()
{
    if (hasCase()) {
        m_service->closeEdit(m_record.id);
        if (m_store)
            m_store->removeDraft(m_record.id);
    }
    m_record = CaseRecord {};
    m_dirty = false;
    m_draftTimer->stop();
    m_filling = true;
    m_ui->contactLabel->setText(tr("No contact taken. Press F2 to take the next one."));
    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->phoneEdit, m_ui->addressEdit, m_ui->placeEdit, m_ui->businessEdit})
        edit->clear();
    m_ui->summaryEdit->clear();
    m_ui->answerEdit->clear();
    m_ui->descriptionEdit->clear();
    m_ui->quotesList->clear();
    m_ui->historyList->clear();
    m_ui->editorsLabel->clear();
    m_ui->reviewLabel->setVisible(false);
    m_ui->forwardsLabel->clear();
    m_ui->duplicateLabel->clear();
    m_ui->linkDuplicateCheck->setVisible(false);
    m_ui->linkDuplicateCheck->setChecked(false);
    m_filling = false;
    setEnabledForCase(false);
    updateSections();
}

void CaseFormPanel::fill(const CaseRecord& r)
{
    m_filling = true;
    m_ui->nameEdit->setText(r.citizenName);
    m_ui->phoneEdit->setText(r.phone);
    m_ui->addressEdit->setText(r.address);
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(r.category)));
    fillSubcategories();
    m_ui->subcategoryCombo->setCurrentIndex(qMax(0, m_ui->subcategoryCombo->findData(r.subcategory)));
    m_ui->summaryEdit->setPlainText(r.summary);
    m_ui->answerEdit->setPlainText(r.answer);
    m_ui->quotesList->clear();
    for (const CaseRecord::Quote& q : r.quotes)
        m_ui->quotesList->addItem(tr("%1 (version %2)").arg(q.articleId).arg(q.version));
    m_ui->wrapupCombo->setCurrentIndex(qMax(0, m_ui->wrapupCombo->findData(r.wrapupCode)));
    m_ui->callbackCheck->setChecked(r.callbackRequested);
    if (r.callbackAt.isValid())
        m_ui->callbackEdit->setDateTime(r.callbackAt.toLocalTime());
    const ForwardRequest* action = nullptr;
    bool share = false;
    for (const ForwardRequest& f : r.forwards) {
        if (f.purpose == QLatin1String("share"))
            share = true;
        else if (!action)
            action = &f;
    }
    if (r.report) {
        m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(r.report->kind)));
        m_ui->placeEdit->setText(r.report->address);
        m_ui->businessEdit->setText(r.report->business);
        if (r.report->observedAt.isValid())
            m_ui->observedEdit->setDateTime(r.report->observedAt.toLocalTime());
        m_ui->descriptionEdit->setPlainText(r.report->description);
        m_duplicateCandidate = r.report->duplicateOf;
        m_ui->linkDuplicateCheck->setChecked(!r.report->duplicateOf.isNull());
        if (action)
            m_ui->enforcementCombo->setCurrentIndex(
                qMax(0, m_ui->enforcementCombo->findData(action->department)));
    } else if (action) {
        m_ui->departmentCombo->setCurrentIndex(qMax(0, m_ui->departmentCombo->findData(action->department)));
    }
    m_ui->shareHqCheck->setChecked(share);
    m_ui->reviewLabel->setVisible(!r.reviewComment.isEmpty() && r.state == QLatin1String("returned"));
    m_ui->reviewLabel->setText(tr("Returned by a supervisor: %1").arg(r.reviewComment));
    m_filling = false;
    updateSections();
}

void CaseFormPanel::startCase(const QueueItem& contact)
{
    if (hasCase() && m_dirty)
        saveDraft();
    m_record = CaseRecord::createFor(contact.id, contact.channel, contact.sender);
    const Channel* channel = m_reference.channel(contact.channel);
    m_ui->contactLabel->setText(
        tr("%1 from %2 · arrived %3")
            .arg(channel ? ReferenceData::localized(channel->nameKo, channel->nameEn) : contact.channel,
                 contact.senderDisplay, format::dateTime(contact.arrivedAt)));
    CaseRecord fresh = m_record;
    fresh.summary = contact.preview;
    fresh.phone = channel && (channel->isVoice || contact.channel == QLatin1String("sms"))
        ? contact.senderDisplay
        : QString();
    fill(fresh);
    for (QLabel* label :
         {m_ui->phoneError, m_ui->addressError, m_ui->categoryError, m_ui->summaryError, m_ui->wrapupError,
          m_ui->departmentError, m_ui->callbackError, m_ui->violationError})
        showError(label, {});
    m_ui->statusLabel->clear();
    m_ui->forwardsLabel->clear();
    m_ui->editorsLabel->clear();
    m_dirty = false;
    setEnabledForCase(true);
    m_service->openEdit(m_record.id);
    loadHistoryFor(contact.sender);
    m_ui->lowerTabs->setCurrentWidget(m_ui->historyTab);
    m_ui->categoryCombo->setFocus();
}

void CaseFormPanel::loadCase(const CaseRecord& record, bool dirty)
{
    m_record = record;
    m_ui->contactLabel->setText(tr("Case of %1 · %2").arg(record.sender, labels::caseState(record.state)));
    fill(record);
    m_dirty = dirty;
    if (dirty)
        m_draftTimer->start();
    setEnabledForCase(true);
    m_service->openEdit(record.id);
    refreshEditors();
    refreshForwards();
    loadHistoryFor(record.sender);
    m_ui->summaryEdit->setFocus();
}

void CaseFormPanel::loadHistoryFor(const QString& sender)
{
    // Screen pop: the caller's earlier cases, newest first, with their state,
    // the guidance they were given and where their reports went. Names and
    // numbers stay masked in the list.
    const QUuid forCase = m_record.id;
    m_ui->historyList->clear();
    m_history.clear();
    if (sender.isEmpty())
        return;
    m_service->loadHistory(
        sender, guard(this, [this, forCase](const QList<CaseSummary>& rows) {
            if (m_record.id != forCase)
                return;
            m_ui->historyList->clear();
            m_history.clear();
            for (const CaseSummary& row : rows) {
                if (row.id == m_record.id)
                    continue;
                const Category* category = m_reference.category(row.category);
                QString line
                    = QStringLiteral("%1 · %2 · %3 · %4")
                          .arg(format::dateTime(row.openedAt),
                               category ? ReferenceData::localized(category->nameKo, category->nameEn)
                                        : row.category,
                               labels::caseState(row.state), row.summary);
                if (!row.citizenNameMasked.isEmpty() || !row.phoneMasked.isEmpty())
                    line += QStringLiteral(" · %1 %2").arg(row.citizenNameMasked, row.phoneMasked).trimmed();
                for (const QString& guidance : row.quotedGuidance)
                    line += QStringLiteral("\n    ") + tr("Guidance given: %1").arg(guidance);
                for (const QString& forward : row.forwardStates)
                    line += QStringLiteral("\n    ") + tr("Forwarded: %1").arg(forward);
                auto* item = new QListWidgetItem(line, m_ui->historyList);
                item->setToolTip(tr("Enter: continue this case (a second contact about the same matter)"));
                m_history.append(row);
            }
            if (m_history.isEmpty())
                m_ui->historyList->addItem(tr("No earlier cases."));
        }));
}

void CaseFormPanel::openHistoryItem(int row)
{
    if (row < 0 || row >= m_history.size() || !hasCase())
        return;
    const CaseSummary earlier = m_history.at(row);
    if (earlier.state == QLatin1String("open")) {
        emit message(tr("That case is still open."));
        return;
    }
    const auto answer
        = QMessageBox::question(this, tr("Continue an earlier case"),
                                tr("Continue the case of %1 (%2) with this contact? The new form is dropped.")
                                    .arg(format::dateTime(earlier.openedAt), earlier.summary));
    if (answer != QMessageBox::Yes)
        return;
    const QUuid contact = m_record.contactId;
    const QUuid dropped = m_record.id;
    m_service->reopen(
        earlier.id, contact, guard(this, [this, earlier, dropped](bool ok, const QString& text) {
            if (!ok) {
                emit message(text);
                return;
            }
            m_service->closeEdit(dropped);
            if (m_store)
                m_store->removeDraft(dropped);
            m_service->load(earlier.id,
                            guard(this, [this](bool loaded, const CaseRecord& record, const QString& error) {
                                if (loaded)
                                    loadCase(record);
                                else
                                    emit message(error);
                            }));
        }));
}

void CaseFormPanel::revealHistoryItem(int row)
{
    if (row < 0 || row >= m_history.size())
        return;
    const CaseSummary& earlier = m_history.at(row);
    auto* dialog = new RevealDialog(
        m_service, earlier.id,
        QStringLiteral("%1 · %2").arg(format::dateTime(earlier.openedAt), earlier.summary), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFormPanel::refreshReturned()
{
    m_service->loadReturned(guard(this, [this](const QList<CaseSummary>& rows) {
        m_returned = rows;
        m_ui->returnedList->clear();
        for (const CaseSummary& row : rows)
            m_ui->returnedList->addItem(QStringLiteral("%1 · %2\n    %3")
                                            .arg(format::dateTime(row.openedAt), row.summary,
                                                 tr("Supervisor: %1").arg(row.reviewComment)));
        const int count = int(rows.size());
        m_ui->lowerTabs->setTabText(m_ui->lowerTabs->indexOf(m_ui->returnedTab),
                                    tr("Returned to me (%1)").arg(count));
    }));
}

void CaseFormPanel::openReturnedItem(int row)
{
    if (row < 0 || row >= m_returned.size())
        return;
    if (hasCase()) {
        emit message(tr("Finish the case in hand first."));
        return;
    }
    m_service->load(m_returned.at(row).id,
                    guard(this, [this](bool ok, const CaseRecord& record, const QString& error) {
                        if (ok)
                            loadCase(record);
                        else
                            emit message(error);
                    }));
}

void CaseFormPanel::refreshEditors()
{
    if (!hasCase())
        return;
    const QUuid forCase = m_record.id;
    m_service->otherEditors(forCase, guard(this, [this, forCase](const QStringList& names) {
                                if (forCase != m_record.id)
                                    return;
                                m_ui->editorsLabel->setText(
                                    names.isEmpty()
                                        ? QString()
                                        : tr("✎ Being edited by %1").arg(names.join(QStringLiteral(", "))));
                            }));
}

void CaseFormPanel::refreshForwards()
{
    if (!hasCase())
        return;
    const QUuid forCase = m_record.id;
    m_service->loadForwards(
        forCase, guard(this, [this, forCase](const QList<ForwardView>& rows) {
            if (forCase != m_record.id)
                return;
            QStringList lines;
            for (const ForwardView& f : rows) {
                QString line = tr("Forwarded to %1: %2").arg(f.department, labels::forwardState(f.state));
                if (!f.result.isEmpty())
                    line += QStringLiteral(" — ") + f.result;
                lines << line;
            }
            m_ui->forwardsLabel->setText(lines.join(QLatin1Char('\n')));
        }));
}

void CaseFormPanel::checkDuplicates()
{
    if (!hasCase() || !m_ui->violationGroup->isVisible())
        return;
    const QString place = m_ui->placeEdit->text().trimmed();
    const QString business = m_ui->businessEdit->text().trimmed();
    if (place.isEmpty() && business.isEmpty())
        return;
    const QUuid own = m_record.report ? m_record.report->id : QUuid();
    m_service->findDuplicates(
        place, business, m_ui->observedEdit->dateTime(), own,
        guard(this, [this](const QList<DuplicateCandidate>& rows) {
            if (rows.isEmpty()) {
                m_ui->duplicateLabel->clear();
                m_ui->linkDuplicateCheck->setVisible(false);
                m_duplicateCandidate = QUuid();
                return;
            }
            const DuplicateCandidate& first = rows.first();
            m_duplicateCandidate = first.id;
            const int count = int(rows.size());
            m_ui->duplicateLabel->setText(
                tr("⚠ Likely duplicate: %n report(s) of the same place within three hours, "
                   "the first at %1 (%2).",
                   nullptr, count)
                    .arg(format::dateTime(first.observedAt),
                         first.business.isEmpty() ? first.address : first.business));
            m_ui->linkDuplicateCheck->setVisible(true);
        }));
}

void CaseFormPanel::addQuote(const QString& articleId, int version, const QString& title)
{
    if (!hasCase()) {
        emit message(tr("Take a contact first; then the guidance can be attached to its case."));
        return;
    }
    const CaseRecord::Quote quote {articleId, version};
    if (m_record.quotes.contains(quote))
        return;
    m_record.quotes.append(quote);
    m_ui->quotesList->addItem(tr("%1 (version %2)").arg(title).arg(version));
    markDirty();
}

void CaseFormPanel::collect()
{
    m_record.citizenName = m_ui->nameEdit->text().trimmed();
    const PhoneNumber phone = PhoneNumber::parse(m_ui->phoneEdit->text());
    m_record.phone = phone.isValid() ? phone.display() : m_ui->phoneEdit->text().trimmed();
    m_record.address = m_ui->addressEdit->text().trimmed();
    m_record.category = m_ui->categoryCombo->currentData().toString();
    m_record.subcategory = m_ui->subcategoryCombo->currentData().toString();
    m_record.summary = m_ui->summaryEdit->toPlainText().trimmed();
    m_record.answer = m_ui->answerEdit->toPlainText().trimmed();
    m_record.wrapupCode = m_ui->wrapupCombo->currentData().toString();
    m_record.callbackRequested = m_ui->callbackCheck->isChecked();
    m_record.callbackAt = m_record.callbackRequested ? m_ui->callbackEdit->dateTime() : QDateTime();

    // Keep ids already given to the report and forwards: a replay must land once.
    const QList<ForwardRequest> before = m_record.forwards;
    auto forwardId = [&before](const QString& department, const QString& purpose) {
        for (const ForwardRequest& f : before)
            if (f.department == department && f.purpose == purpose)
                return f.id;
        return QUuid::createUuid();
    };
    m_record.forwards.clear();
    if (m_ui->violationGroup->isVisible()) {
        ViolationReport report = m_record.report.value_or(ViolationReport {});
        if (report.id.isNull())
            report.id = QUuid::createUuid();
        report.kind = m_ui->kindCombo->currentData().toString();
        report.address = m_ui->placeEdit->text().trimmed();
        report.business = m_ui->businessEdit->text().trimmed();
        report.observedAt = m_ui->observedEdit->dateTime();
        report.description = m_ui->descriptionEdit->toPlainText().trimmed();
        report.duplicateOf = m_ui->linkDuplicateCheck->isChecked() ? m_duplicateCandidate : QUuid();
        m_record.report = report;
        const QString team = m_ui->enforcementCombo->currentData().toString();
        if (!team.isEmpty())
            m_record.forwards.append(
                {forwardId(team, QStringLiteral("action")), team, QStringLiteral("action"), {}});
        if (m_ui->shareHqCheck->isChecked()) {
            for (const Department& d : m_reference.departments)
                if (d.kind == QLatin1String("disaster_hq"))
                    m_record.forwards.append(
                        {forwardId(d.code, QStringLiteral("share")), d.code, QStringLiteral("share"), {}});
        }
    } else {
        m_record.report.reset();
        if (m_record.wrapupCode == QLatin1String("forwarded")) {
            const QString department = m_ui->departmentCombo->currentData().toString();
            if (!department.isEmpty())
                m_record.forwards.append({forwardId(department, QStringLiteral("action")),
                                          department,
                                          QStringLiteral("action"),
                                          {}});
        }
    }
}

QStringList CaseFormPanel::validate(bool forCompletion)
{
    collect();
    QString phoneError, addressError, categoryError, summaryError, wrapupError, departmentError,
        callbackError, violationError;
    const QString phoneText = m_ui->phoneEdit->text().trimmed();
    if (!phoneText.isEmpty() && !PhoneNumber::parse(phoneText).isValid())
        phoneError = tr("This is not a phone number (for example 010-1234-5678).");
    if (m_record.summary.size() > 4000)
        summaryError = tr("The summary is longer than 4,000 characters.");
    if (m_record.answer.size() > 8000)
        summaryError = tr("The answer is longer than 8,000 characters.");
    if (forCompletion) {
        if (m_record.category.isEmpty())
            categoryError = tr("Choose a category.");
        else if (!m_reference.subcategories(m_record.category).isEmpty() && m_record.subcategory.isEmpty())
            categoryError = tr("Choose a subcategory.");
        const Category* sub = m_reference.category(m_record.subcategory);
        if (sub && sub->needsAddress && m_record.address.isEmpty())
            addressError = tr("This category needs the address.");
        if (m_record.summary.isEmpty())
            summaryError = tr("Write what the citizen asked.");
        if (m_record.wrapupCode.isEmpty())
            wrapupError = tr("Choose the result of the contact.");
        if (m_record.wrapupCode == QLatin1String("callback")) {
            if (!m_record.callbackRequested)
                callbackError = tr("A callback needs the time the citizen wants to be called.");
            else if (m_record.callbackAt < QDateTime::currentDateTime().addSecs(-60))
                callbackError = tr("The callback time is in the past.");
            if (phoneText.isEmpty())
                phoneError = tr("A callback needs a contact number.");
        }
        if (m_record.wrapupCode == QLatin1String("forwarded") && m_record.forwards.isEmpty())
            departmentError = tr("Choose the department to forward to.");
        if (m_record.report) {
            QStringList missing;
            if (m_record.report->address.isEmpty())
                missing << tr("the place");
            if (m_record.report->description.isEmpty())
                missing << tr("what was seen");
            if (m_record.report->observedAt > QDateTime::currentDateTime().addSecs(600))
                missing << tr("a time observed that is not in the future");
            if (m_ui->enforcementCombo->currentData().toString().isEmpty())
                missing << tr("the enforcement team");
            if (!missing.isEmpty())
                violationError = tr("The report needs %1.").arg(missing.join(QStringLiteral(", ")));
        }
    }
    showError(m_ui->phoneError, phoneError);
    showError(m_ui->addressError, addressError);
    showError(m_ui->categoryError, categoryError);
    showError(m_ui->summaryError, summaryError);
    showError(m_ui->wrapupError, wrapupError);
    showError(m_ui->departmentError, departmentError);
    showError(m_ui->callbackError, callbackError);
    showError(m_ui->violationError, violationError);
    QStringList problems;
    for (const QString& p : {phoneError, addressError, categoryError, summaryError, wrapupError,
                             departmentError, callbackError, violationError})
        if (!p.isEmpty())
            problems << p;
    return problems;
}

void CaseFormPanel::save()
{
    if (!hasCase())
        return;
    if (!validate(false).isEmpty()) {
        m_ui->statusLabel->setText(tr("Not saved: correct the marked fields."));
        return;
    }
    store(false);
}

void CaseFormPanel::complete()
{
    if (!hasCase())
        return;
    const QStringList problems = validate(true);
    if (!problems.isEmpty()) {
        m_ui->statusLabel->setText(tr("Cannot complete yet: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    store(true);
}

void CaseFormPanel::closeForContact(const QUuid& contactId)
{
    if (!hasCase() || m_record.contactId != contactId)
        return;
    collect();
    const bool typed = !m_record.summary.isEmpty() || !m_record.answer.isEmpty()
        || !m_record.citizenName.isEmpty() || !m_record.address.isEmpty();
    if (!typed) {
        reset();
        return;
    }
    store(false, [this] { reset(); });
}

void CaseFormPanel::store(bool complete, std::function<void()> afterSave)
{
    if (m_saving)
        return;
    m_saving = true;
    collect();
    CaseRecord record = m_record;
    const QStringList masked = record.maskPersonalNumbers();
    if (!masked.isEmpty()) {
        // Show the counselor what will be kept.
        m_filling = true;
        m_ui->summaryEdit->setPlainText(record.summary);
        m_ui->answerEdit->setPlainText(record.answer);
        if (record.report)
            m_ui->descriptionEdit->setPlainText(record.report->description);
        m_filling = false;
        m_record = record;
    }
    record.state = complete ? QStringLiteral("completed") : QStringLiteral("open");
    const QUuid operation = QUuid::createUuid();
    m_ui->statusLabel->setText(tr("Saving…"));
    m_service->save(
        record, operation,
        guard(this,
              [this, record, operation, complete, afterSave, masked](CaseService::SaveStatus status,
                                                                     int version, const QString& text) {
                  m_saving = false;
                  if (record.id != m_record.id)
                      return;
                  const QString now = QTime::currentTime().toString(QStringLiteral("HH:mm"));
                  const QString maskedNote = masked.isEmpty() ? QString()
                                                              : QLatin1Char(' ')
                          + tr("Masked before saving: %1.").arg(masked.join(QStringLiteral(", ")));
                  switch (status) {
                  case CaseService::SaveStatus::Saved:
                      m_record.version = version;
                      m_record.state = record.state;
                      m_dirty = false;
                      if (m_store)
                          m_store->saveDraft(record.id, m_record.toJson());
                      m_ui->statusLabel->setText(
                          (complete ? tr("Completed at %1.").arg(now) : tr("Saved at %1.").arg(now))
                          + maskedNote);
                      refreshForwards();
                      if (complete) {
                          const QUuid done = record.id;
                          emit completed(done);
                          reset();
                          m_ui->statusLabel->setText(tr("Completed at %1.").arg(now) + maskedNote);
                      }
                      if (afterSave)
                          afterSave();
                      break;
                  case CaseService::SaveStatus::Conflict:
                      m_ui->statusLabel->setText(text);
                      resolveConflict(record);
                      break;
                  case CaseService::SaveStatus::Offline:
                      // Nothing is lost: the outbox keeps it until the server is back.
                      m_dirty = false;
                      m_ui->statusLabel->setText(
                          tr("The database cannot be reached: kept on this computer and sent when it "
                             "is back."));
                      emit savedOffline(record, operation);
                      if (complete) {
                          emit completed(record.id);
                          reset();
                      }
                      if (afterSave)
                          afterSave();
                      break;
                  case CaseService::SaveStatus::Failed:
                      m_ui->statusLabel->setText(text);
                      emit message(text);
                      break;
                  }
              }));
}

void CaseFormPanel::resolveConflict(const CaseRecord& mine)
{
    m_service->load(mine.id,
                    guard(this, [this, mine](bool ok, const CaseRecord& theirs, const QString& error) {
                        if (!ok) {
                            emit message(error);
                            return;
                        }
                        ConflictDialog dialog(mine, theirs, this);
                        if (dialog.exec() != QDialog::Accepted) {
                            m_ui->statusLabel->setText(tr("Not saved: your version is still in the form."));
                            return;
                        }
                        CaseRecord merged = dialog.merged();
                        merged.version = theirs.version; // on top of what is stored now
                        loadCase(merged, true);
                        m_ui->statusLabel->setText(tr("Merged. Check the form and save again (Ctrl+S)."));
                    }));
}

} // namespace minwon
