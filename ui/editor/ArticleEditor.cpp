// SPDX-License-Identifier: Apache-2.0
#include "editor/ArticleEditor.h"

#include "common/Format.h"
#include "common/Guard.h"
#include "common/Theme.h"
#include "domain/Labels.h"
#include "domain/ReferenceData.h"
#include "services/KbEditService.h"
#include "ui_ArticleEditor.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

namespace minwon {

namespace {
QString when(const QDateTime& t)
{
    return format::dateTime(t);
}
} // namespace

ArticleEditor::ArticleEditor(KbEditService* service, const Identity& me, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ArticleEditor)
    , m_service(service)
    , m_me(me)
    , m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("articleEditor"));
    m_ui->statusLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->bodySplitter->setStretchFactor(0, 1);
    m_ui->bodySplitter->setStretchFactor(1, 1);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::updatePreview);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    m_ui->fromEdit->setDisplayFormat(format::dateEditFormat());
    m_ui->untilEdit->setDisplayFormat(format::dateEditFormat());
    m_ui->untilEdit->setAccessibleName(tr("In force until"));
    connect(m_ui->untilCheck, &QCheckBox::toggled, m_ui->untilEdit, &QWidget::setEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_ui->saveSubmitButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ArticleEditor::approve);
    connect(m_ui->returnButton, &QPushButton::clicked, this, &ArticleEditor::returnToAuthor);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &ArticleEditor::withdraw);
    const bool approver = m_me.role == QLatin1String("kb_approver") || m_me.role == QLatin1String("admin");
    m_ui->approveButton->setVisible(approver);
    m_ui->returnButton->setVisible(approver);
    m_ui->correctionCheck->setVisible(approver);
    newArticle();
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::setReferenceData(const ReferenceData& reference)
{
    const QString current = m_ui->categoryCombo->currentData().toString();
    m_ui->categoryCombo->clear();
    for (const Category& top : reference.topCategories()) {
        m_ui->categoryCombo->addItem(ReferenceData::localized(top.nameKo, top.nameEn), top.code);
        for (const Category& sub : reference.subcategories(top.code))
            m_ui->categoryCombo->addItem(
                QStringLiteral("    ") + ReferenceData::localized(sub.nameKo, sub.nameEn), sub.code);
    }
    const int at = m_ui->categoryCombo->findData(current);
    if (at >= 0)
        m_ui->categoryCombo->setCurrentIndex(at);
}

void ArticleEditor::newArticle()
{
    m_isNew = true;
    m_newest = 0;
    m_shown = {};
    m_ui->idEdit->clear();
    m_ui->idEdit->setReadOnly(false);
    m_ui->titleEdit->clear();
    m_ui->tagsEdit->clear();
    m_ui->sourceEdit->clear();
    m_ui->noteEdit->clear();
    m_ui->bodyEdit->clear();
    m_ui->fromEdit->setDate(QDate::currentDate());
    m_ui->untilCheck->setChecked(false);
    m_ui->untilEdit->setDate(QDate::currentDate().addMonths(1));
    m_ui->untilEdit->setEnabled(false);
    m_ui->correctionCheck->setChecked(false);
    updateStatus();
    updateButtons();
}

void ArticleEditor::showVersion(const KbVersionRecord& record, int newestVersion)
{
    m_isNew = false;
    m_shown = record;
    m_newest = newestVersion;
    const ArticleFile& a = record.article;
    m_ui->idEdit->setText(a.id);
    m_ui->idEdit->setReadOnly(true);
    m_ui->titleEdit->setText(a.title);
    const int at = m_ui->categoryCombo->findData(a.category);
    if (at >= 0)
        m_ui->categoryCombo->setCurrentIndex(at);
    m_ui->tagsEdit->setText(a.tags.join(QStringLiteral(", ")));
    m_ui->sourceEdit->setText(a.source);
    m_ui->fromEdit->setDate(a.effectiveFrom);
    m_ui->untilCheck->setChecked(a.effectiveUntil.isValid());
    m_ui->untilEdit->setEnabled(a.effectiveUntil.isValid());
    m_ui->untilEdit->setDate(a.effectiveUntil.isValid() ? a.effectiveUntil : a.effectiveFrom.addMonths(1));
    // The note says what this version changed; the next one needs its own.
    m_ui->noteEdit->clear();
    m_ui->noteEdit->setPlaceholderText(a.changeNote.isEmpty() ? tr("What changed and why") : a.changeNote);
    m_ui->bodyEdit->setPlainText(a.body);
    m_ui->correctionCheck->setChecked(false);
    updatePreview();
    updateStatus();
    updateButtons();
}

QString ArticleEditor::articleId() const
{
    return m_ui->idEdit->text().trimmed();
}

ArticleFile ArticleEditor::article() const
{
    ArticleFile a;
    a.id = articleId();
    a.title = m_ui->titleEdit->text().trimmed();
    a.category = m_ui->categoryCombo->currentData().toString();
    for (const QString& tag : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            a.tags << tag.trimmed();
    a.source = m_ui->sourceEdit->text().trimmed();
    a.effectiveFrom = m_ui->fromEdit->date();
    if (m_ui->untilCheck->isChecked())
        a.effectiveUntil = m_ui->untilEdit->date();
    a.changeNote = m_ui->noteEdit->text().trimmed();
    a.body = m_ui->bodyEdit->toPlainText().trimmed();
    a.version = m_isNew ? 0 : m_newest;
    return a;
}

bool ArticleEditor::isModified() const
{
    const ArticleFile a = article();
    if (m_isNew)
        return !a.id.isEmpty() || !a.title.isEmpty() || !a.body.isEmpty();
    const ArticleFile& b = m_shown.article;
    return a.title != b.title || a.body != b.body.trimmed() || a.category != b.category || a.tags != b.tags
        || a.source != b.source || a.effectiveFrom != b.effectiveFrom || a.effectiveUntil != b.effectiveUntil
        || !a.changeNote.isEmpty();
}

void ArticleEditor::updatePreview()
{
    m_ui->preview->setMarkdown(format::guidanceMarkdown(m_ui->bodyEdit->toPlainText()));
}

void ArticleEditor::updateStatus()
{
    if (m_isNew) {
        m_ui->statusLabel->setText(tr("<b>New article</b> — saved as a draft; an approver publishes it."));
        return;
    }
    const KbVersionRecord& r = m_shown;
    QStringList parts;
    parts << tr("<b>Version %1</b> · %2")
                 .arg(r.article.version)
                 .arg(labels::kbStatus(r.status).toHtmlEscaped());
    parts << tr("written by %1, %2").arg(r.authorName.toHtmlEscaped(), when(r.createdAt));
    if (r.approvedAt.isValid())
        parts << tr("approved by %1, %2").arg(r.approverName.toHtmlEscaped(), when(r.approvedAt));
    if (r.status == QLatin1String("approved"))
        parts << tr("<b>published on %1</b>").arg(when(r.publishAt));
    if (r.correctsVersion > 0)
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(theme::css(theme::text(theme::Role::Danger)),
                          tr("corrects version %1").arg(r.correctsVersion).toHtmlEscaped());
    QString text = parts.join(QStringLiteral(" · "));
    if (r.status == QLatin1String("rejected") && !r.reviewNote.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">")
                    .arg(theme::css(theme::text(theme::Role::Danger)))
            + tr("Returned by %1: %2").arg(r.returnedByName.toHtmlEscaped(), r.reviewNote.toHtmlEscaped())
            + QStringLiteral("</span>");
    if (r.article.version < m_newest)
        text += QStringLiteral("<br>")
            + tr("An older version is shown; saving makes version %1 with this text.").arg(m_newest + 1);
    m_ui->statusLabel->setText(text);
}

void ArticleEditor::updateButtons()
{
    const bool mine = !m_isNew && m_shown.authorId == m_me.id;
    const bool inReview = !m_isNew && m_shown.status == QLatin1String("in_review");
    m_ui->saveButton->setEnabled(!m_busy);
    m_ui->saveSubmitButton->setEnabled(!m_busy);
    m_ui->withdrawButton->setEnabled(
        !m_busy && mine
        && (m_shown.status == QLatin1String("draft") || m_shown.status == QLatin1String("in_review")));
    // The database refuses an approver's own version too; the buttons say so first.
    const bool canReview = !m_busy && inReview && !mine;
    m_ui->approveButton->setEnabled(canReview);
    m_ui->returnButton->setEnabled(canReview);
    m_ui->correctionCheck->setEnabled(canReview && m_shown.article.version > 1);
    const QString why
        = inReview && mine ? tr("You wrote this version: another approver must review it.") : QString();
    m_ui->approveButton->setToolTip(why);
    m_ui->returnButton->setToolTip(why);
}

void ArticleEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ArticleEditor::save(bool submit)
{
    const ArticleFile a = article();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,99}$"));
    QString problem;
    if (!idPattern.match(a.id).hasMatch())
        problem = tr("The id may contain only lowercase letters, digits, '-' and '_'.");
    else if (a.title.isEmpty())
        problem = tr("The title is missing.");
    else if (a.category.isEmpty())
        problem = tr("Choose a category.");
    else if (a.effectiveUntil.isValid() && a.effectiveUntil < a.effectiveFrom)
        problem = tr("The end of the in-force period is before its start.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save guidance"), problem);
        return;
    }
    setBusy(true);
    m_service->save(a, submit, guard(this, [this, id = a.id, submit](int version, const QString& error) {
                        setBusy(false);
                        if (!error.isEmpty()) {
                            QMessageBox::warning(this, tr("Save guidance"), error);
                            return;
                        }
                        emit message(
                            submit ? tr("Version %1 of %2 was submitted for review.").arg(version).arg(id)
                                   : tr("Version %1 of %2 was saved as a draft.").arg(version).arg(id));
                        emit changed(id);
                    }));
}

void ArticleEditor::approve()
{
    const QString id = m_shown.article.id;
    const int version = m_shown.article.version;
    const bool correction = m_ui->correctionCheck->isChecked();
    setBusy(true);
    m_service->approve(id, version, correction,
                       guard(this, [this, id, version](const QString& status, const QString& error) {
                           setBusy(false);
                           if (!error.isEmpty()) {
                               QMessageBox::warning(this, tr("Approve guidance"), error);
                               return;
                           }
                           emit message(status == QLatin1String("approved")
                                            ? tr("Version %1 of %2 is approved and will be published on its "
                                                 "in-force date.")
                                                  .arg(version)
                                                  .arg(id)
                                            : tr("Version %1 of %2 is published.").arg(version).arg(id));
                           emit changed(id);
                       }));
}

void ArticleEditor::returnToAuthor()
{
    bool ok = false;
    const QString note
        = QInputDialog::getMultiLineText(this, tr("Return to author"),
                                         tr("What must change before it can be published?"), {}, &ok)
              .trimmed();
    if (!ok || note.isEmpty())
        return;
    const QString id = m_shown.article.id;
    const int version = m_shown.article.version;
    setBusy(true);
    m_service->returnToAuthor(
        id, version, note, guard(this, [this, id, version](const QString& error) {
            setBusy(false);
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Return to author"), error);
                return;
            }
            emit message(tr("Version %1 of %2 was returned to its author.").arg(version).arg(id));
            emit changed(id);
        }));
}

void ArticleEditor::withdraw()
{
    const QString id = m_shown.article.id;
    const int version = m_shown.article.version;
    setBusy(true);
    m_service->withdraw(id, version, guard(this, [this, id, version](const QString& error) {
                            setBusy(false);
                            if (!error.isEmpty()) {
                                QMessageBox::warning(this, tr("Withdraw"), error);
                                return;
                            }
                            emit message(tr("Version %1 of %2 was withdrawn.").arg(version).arg(id));
                            emit changed(id);
                        }));
}

} // namespace minwon
