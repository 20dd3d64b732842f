// SPDX-License-Identifier: Apache-2.0
#include "caseform/CaseFormPanel.h"

#include "common/Format.h"
#include "domain/Labels.h"
#include "ui_CaseFormPanel.h"

#include <QKeySequence>
#include <QShortcut>

namespace minwon {

namespace {
void showError(QLabel* label, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
}
} // namespace

CaseFormPanel::CaseFormPanel(CaseService* service, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CaseFormPanel)
    , m_service(service)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseFormPanel"));
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(bold);
    for (QLabel* label : {m_ui->categoryError, m_ui->summaryError, m_ui->wrapupError})
        showError(label, {});
    m_ui->callbackEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->callbackEdit->setEnabled(false);

    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &CaseFormPanel::fillSubcategories);
    connect(m_ui->callbackCheck, &QCheckBox::toggled, m_ui->callbackEdit, &QWidget::setEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CaseFormPanel::save);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &CaseFormPanel::complete);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, &CaseFormPanel::save);
    saveShortcut->setContext(Qt::WindowShortcut);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* completeShortcut = new QShortcut(key, this, this, &CaseFormPanel::complete);
        completeShortcut->setContext(Qt::WindowShortcut);
    }
    setEnabledForCase(false);
}

CaseFormPanel::~CaseFormPanel() = default;

void CaseFormPanel::setEnabledForCase(bool enabled)
{
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->nameEdit, m_ui->phoneEdit, m_ui->addressEdit, m_ui->categoryCombo, m_ui->subcategoryCombo,
             m_ui->summaryEdit, m_ui->answerEdit, m_ui->wrapupCombo, m_ui->callbackCheck, m_ui->saveButton,
             m_ui->completeButton, m_ui->quotesList})
        w->setEnabled(enabled);
    m_ui->callbackEdit->setEnabled(enabled && m_ui->callbackCheck->isChecked());
}

void CaseFormPanel::setReferenceData(const ReferenceData& reference)
{
    m_reference = reference;
    fillCategories();
    m_ui->wrapupCombo->clear();
    m_ui->wrapupCombo->addItem(tr("— choose —"), QString());
    for (const WrapupCode& w : reference.wrapupCodes)
        m_ui->wrapupCombo->addItem(ReferenceData::localized(w.nameKo, w.nameEn), w.code);
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
    m_ui->subcategoryCombo->clear();
    const QString top = m_ui->categoryCombo->currentData().toString();
    m_ui->subcategoryCombo->addItem(tr("— choose —"), QString());
    for (const Category& c : m_reference.subcategories(top))
        m_ui->subcategoryCombo->addItem(ReferenceData::localized(c.nameKo, c.nameEn), c.code);
}

void CaseFormPanel::startCase(const QueueItem& contact)
{
    m_record = CaseRecord::createFor(contact.id, contact.channel, contact.sender);
    m_quotes.clear();
    const Channel* channel = m_reference.channel(contact.channel);
    m_ui->contactLabel->setText(
        tr("%1 from %2 · arrived %3")
            .arg(channel ? ReferenceData::localized(channel->nameKo, channel->nameEn) : contact.channel,
                 contact.senderDisplay, format::dateTime(contact.arrivedAt)));
    m_ui->nameEdit->clear();
    m_ui->phoneEdit->setText(channel && channel->isVoice ? contact.senderDisplay : QString());
    m_ui->addressEdit->clear();
    m_ui->categoryCombo->setCurrentIndex(0);
    m_ui->summaryEdit->setPlainText(contact.preview);
    m_ui->answerEdit->clear();
    m_ui->quotesList->clear();
    m_ui->wrapupCombo->setCurrentIndex(0);
    m_ui->callbackCheck->setChecked(false);
    m_ui->statusLabel->clear();
    for (QLabel* label : {m_ui->categoryError, m_ui->summaryError, m_ui->wrapupError})
        showError(label, {});
    setEnabledForCase(true);
    m_ui->historyList->clear();
    // Screen pop: the caller's earlier cases, newest first, with their state
    // and the guidance they were given.
    const QUuid forContact = contact.id;
    m_service->loadHistory(contact.sender, [this, forContact](const QList<CaseSummary>& rows) {
        if (m_record.contactId != forContact)
            return;
        m_ui->historyList->clear();
        for (const CaseSummary& row : rows) {
            if (row.id == m_record.id)
                continue;
            const Category* category = m_reference.category(row.category);
            QString line = QStringLiteral("%1 · %2 · %3 · %4")
                               .arg(format::dateTime(row.openedAt),
                                    category ? ReferenceData::localized(category->nameKo, category->nameEn)
                                             : row.category,
                                    labels::caseState(row.state), row.summary);
            for (const QString& guidance : row.quotedGuidance)
                line += QStringLiteral("\n    ") + tr("Guidance given: %1").arg(guidance);
            auto* item = new QListWidgetItem(line, m_ui->historyList);
            item->setToolTip(line);
        }
        if (m_ui->historyList->count() == 0)
            m_ui->historyList->addItem(tr("No earlier cases."));
    });
    m_ui->categoryCombo->setFocus();
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
}

void CaseFormPanel::collect()
{
    m_record.citizenName = m_ui->nameEdit->text().trimmed();
    m_record.phone = m_ui->phoneEdit->text().trimmed();
    m_record.address = m_ui->addressEdit->text().trimmed();
    m_record.category = m_ui->categoryCombo->currentData().toString();
    m_record.subcategory = m_ui->subcategoryCombo->currentData().toString();
    m_record.summary = m_ui->summaryEdit->toPlainText().trimmed();
    m_record.answer = m_ui->answerEdit->toPlainText().trimmed();
    m_record.wrapupCode = m_ui->wrapupCombo->currentData().toString();
    m_record.callbackRequested = m_ui->callbackCheck->isChecked();
    m_record.callbackAt = m_record.callbackRequested ? m_ui->callbackEdit->dateTime() : QDateTime();
}

QStringList CaseFormPanel::validate(bool forCompletion)
{
    collect();
    QString categoryError;
    QString summaryError;
    QString wrapupError;
    if (m_record.summary.size() > 4000)
        summaryError = tr("The summary is longer than 4,000 characters.");
    if (forCompletion) {
        if (m_record.category.isEmpty())
            categoryError = tr("Choose a category.");
        if (m_record.summary.isEmpty())
            summaryError = tr("Write what the citizen asked.");
        if (m_record.wrapupCode.isEmpty())
            wrapupError = tr("Choose the result of the contact.");
        else if (m_record.wrapupCode == QLatin1String("callback") && !m_record.callbackRequested)
            wrapupError = tr("A callback result needs a callback time.");
    }
    showError(m_ui->categoryError, categoryError);
    showError(m_ui->summaryError, summaryError);
    showError(m_ui->wrapupError, wrapupError);
    QStringList problems;
    for (const QString& p : {categoryError, summaryError, wrapupError})
        if (!p.isEmpty())
            problems << p;
    return problems;
}

void CaseFormPanel::save()
{
    if (!hasCase())
        return;
    if (!validate(false).isEmpty())
        return;
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

void CaseFormPanel::reset()
{
    m_record = CaseRecord {};
    m_ui->contactLabel->setText(tr("No contact taken. Press F2 to take the next one."));
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->phoneEdit, m_ui->addressEdit})
        edit->clear();
    m_ui->summaryEdit->clear();
    m_ui->answerEdit->clear();
    m_ui->quotesList->clear();
    m_ui->historyList->clear();
    setEnabledForCase(false);
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
    CaseRecord record = m_record;
    record.state = complete ? QStringLiteral("completed") : QStringLiteral("open");
    m_ui->statusLabel->setText(tr("Saving…"));
    m_service->save(
        record,
        [this, record, complete, afterSave](CaseService::SaveStatus status, int version,
                                            const QString& text) {
            m_saving = false;
            if (record.id != m_record.id)
                return;
            switch (status) {
            case CaseService::SaveStatus::Saved:
                m_record.version = version;
                m_record.state = record.state;
                m_ui->statusLabel->setText(
                    complete
                        ? tr("Completed at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                        : tr("Saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
                if (complete) {
                    setEnabledForCase(false);
                    emit completed(record.id);
                }
                if (afterSave)
                    afterSave();
                break;
            case CaseService::SaveStatus::Conflict:
            case CaseService::SaveStatus::Failed:
                m_ui->statusLabel->setText(text);
                emit message(text);
                break;
            }
        });
}

} // namespace minwon
