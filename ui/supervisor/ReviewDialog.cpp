// SPDX-License-Identifier: Apache-2.0
#include "supervisor/ReviewDialog.h"

#include "common/Format.h"
#include "domain/Labels.h"
#include "reports/CaseReviewService.h"
#include "reports/ReportFormat.h"
#include "reports/ReportTexts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace minwon {

namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The center's clock, whatever the desk computer's time zone: the case table
// and the figures speak Seoul time too.
QString seoulDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    const QDateTime seoul = value.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    return format::date(seoul.date()) + QLatin1Char(' ') + seoul.time().toString(QStringLiteral("HH:mm"));
}

QString gap(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return QStringLiteral(" (%1)").arg(format::duration(from.secsTo(to)));
}

} // namespace

ReviewDialog::ReviewDialog(CaseReviewService* service, const QUuid& caseId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_caseId(caseId)
    , m_header(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_comment(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_return(new QPushButton(tr("&Return to the counselor"), this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review a case"));
    resize(980, 640);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_header->setFont(bold);
    m_header->setWordWrap(true);
    m_details->setOpenLinks(false);

    auto* checklist = new QGroupBox(tr("Review checklist"), this);
    auto* grid = new QGridLayout(checklist);
    grid->addWidget(new QLabel(tr("Not scored"), checklist), 0, 1, Qt::AlignCenter);
    for (int s = 0; s <= 5; ++s)
        grid->addWidget(new QLabel(QString::number(s), checklist), 0, 2 + s, Qt::AlignCenter);
    for (int moment = 0; moment < 5; ++moment) {
        auto* name = new QLabel(reporttexts::momentName(moment), checklist);
        name->setToolTip(reporttexts::momentHint(moment));
        grid->addWidget(name, 1 + moment, 0);
        auto* group = new QButtonGroup(this);
        for (int s = -1; s <= 5; ++s) {
            auto* radio = new QRadioButton(checklist);
            radio->setAccessibleName(s < 0 ? tr("%1: not scored").arg(reporttexts::momentName(moment))
                                           : tr("%1: %2 of 5").arg(reporttexts::momentName(moment)).arg(s));
            radio->setToolTip(reporttexts::momentHint(moment));
            group->addButton(radio, s + 1); // ids from 0: -1 would mean "assign one"
            grid->addWidget(radio, 1 + moment, 2 + s, Qt::AlignCenter);
        }
        group->button(0)->setChecked(true);
        m_scores[size_t(moment)] = group;
    }
    grid->setColumnStretch(0, 1);

    m_comment->setPlaceholderText(tr("Comment for the counselor; required when returning the case"));
    m_comment->setTabChangesFocus(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reviewStatus"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_approve->setAutoDefault(false);
    m_return->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &ReviewDialog::approve);
    connect(m_return, &QPushButton::clicked, this, &ReviewDialog::returnCase);

    auto* right = new QVBoxLayout;
    right->addWidget(checklist);
    right->addWidget(new QLabel(tr("Comment"), this));
    right->addWidget(m_comment, 1);
    right->addWidget(m_status);
    right->addWidget(buttons);
    auto* body = new QHBoxLayout;
    body->addWidget(m_details, 3);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    setBusy(true);
    m_status->setText(tr("Loading the case…"));
    load();
}

void ReviewDialog::load()
{
    m_service->loadDetail(
        m_caseId,
        [this](bool ok, const CaseDetail& detail, const QString& message) {
            if (!ok) {
                m_status->setText(message);
                return;
            }
            show(detail);
        },
        this);
}

void ReviewDialog::show(const CaseDetail& d)
{
    m_detail = d;
    m_loaded = true;
    const CaseRow& r = d.row;
    m_header->setText(
        QStringLiteral("%1 · %2 · %3").arg(seoulDateTime(r.openedAt), r.channelName, r.categoryName));
    QString text;
    auto row = [&text](const QString& name, const QString& value) {
        if (!value.isEmpty())
            text += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    text += QStringLiteral("<h3>%1</h3><table>").arg(html(r.summary));
    row(tr("State"), labels::caseState(r.state));
    row(tr("Counselor"),
        r.roomName.isEmpty() ? r.counselorName : QStringLiteral("%1 (%2)").arg(r.counselorName, r.roomName));
    row(tr("Result"), r.wrapupName);
    row(tr("Arrived"), seoulDateTime(d.arrivedAt));
    row(tr("Taken"), seoulDateTime(d.claimedAt) + gap(d.arrivedAt, d.claimedAt));
    row(tr("Call ended"), seoulDateTime(d.doneAt) + gap(d.claimedAt, d.doneAt));
    row(tr("Completed"),
        seoulDateTime(d.completedAt) + gap(d.doneAt.isValid() ? d.doneAt : d.claimedAt, d.completedAt));
    if (r.callbackRequested)
        row(tr("Callback"), d.callbackAt.isValid() ? seoulDateTime(d.callbackAt) : tr("requested"));
    if (d.reopenedCount > 0)
        row(tr("Reopened"), QString::number(d.reopenedCount));
    text += QStringLiteral("</table>");
    if (!d.answer.isEmpty())
        text
            += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Answer given").toHtmlEscaped(), html(d.answer));
    if (!d.quotedGuidance.isEmpty()) {
        QStringList items;
        for (const QString& g : d.quotedGuidance)
            items << html(g);
        text += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(tr("Guidance quoted").toHtmlEscaped(), items.join(QStringLiteral("</li><li>")));
    }
    if (!d.forwards.isEmpty()) {
        QStringList items;
        for (const QString& f : d.forwards)
            items << html(f.section(QStringLiteral(": "), 0, 0) + QStringLiteral(": ")
                          + labels::forwardState(f.section(QStringLiteral(": "), 1)));
        text += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(tr("Forwarded").toHtmlEscaped(), items.join(QStringLiteral("</li><li>")));
    }
    if (!d.reviews.isEmpty()) {
        text += QStringLiteral("<h4>%1</h4>").arg(tr("Earlier reviews").toHtmlEscaped());
        for (const ReviewRecord& rv : d.reviews) {
            QStringList scores;
            for (int i = 0; i < 5; ++i)
                scores << QStringLiteral("%1 %2").arg(
                    reporttexts::momentName(i),
                    rv.scores[size_t(i)] < 0 ? QStringLiteral("—") : QString::number(rv.scores[size_t(i)]));
            text += QStringLiteral("<p><b>%1</b> · %2 · %3<br>%4%5</p>")
                        .arg(html(labels::caseState(rv.decision)), html(rv.reviewer),
                             html(seoulDateTime(rv.reviewedAt)), html(scores.join(QStringLiteral(", "))),
                             rv.comment.isEmpty() ? QString()
                                                  : QStringLiteral("<br>“%1”").arg(html(rv.comment)));
        }
    }
    m_details->setHtml(text);

    setBusy(false);
    const QString state = r.state;
    QString note;
    if (state == QLatin1String("open"))
        note = tr("The counselor has not completed this case yet; it can be reviewed once completed.");
    else if (state == QLatin1String("returned"))
        note = tr("Returned: waiting for the counselor's correction.");
    else if (state == QLatin1String("approved"))
        note = tr("Approved already; you may still return it with a comment.");
    // A message from the last attempt (a conflict) stays above the state.
    if (!m_note.isEmpty())
        note = note.isEmpty() ? m_note : m_note + QLatin1Char('\n') + note;
    m_note.clear();
    m_status->setText(note);
}

void ReviewDialog::setBusy(bool busy)
{
    m_busy = busy;
    const QString state = m_detail.row.state;
    const bool reviewable
        = m_loaded && (state == QLatin1String("completed") || state == QLatin1String("approved"));
    m_approve->setEnabled(!busy && reviewable && state == QLatin1String("completed"));
    m_return->setEnabled(!busy && reviewable);
}

void ReviewDialog::setScore(int moment, int score)
{
    if (moment < 0 || moment >= 5)
        return;
    if (QAbstractButton* b = m_scores[size_t(moment)]->button(qBound(-1, score, 5) + 1))
        b->setChecked(true);
}

int ReviewDialog::score(int moment) const
{
    if (moment < 0 || moment >= 5)
        return -1;
    return m_scores[size_t(moment)]->checkedId() - 1;
}

QString ReviewDialog::statusText() const
{
    return m_status->text();
}

void ReviewDialog::approve()
{
    submit(QStringLiteral("approved"));
}

void ReviewDialog::returnCase()
{
    if (m_comment->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Say what the counselor should correct before returning the case."));
        m_comment->setFocus();
        return;
    }
    submit(QStringLiteral("returned"));
}

void ReviewDialog::submit(const QString& decision)
{
    if (m_busy || !m_loaded)
        return;
    ReviewInput input;
    input.caseId = m_caseId;
    input.seenVersion = m_detail.row.version;
    input.decision = decision;
    input.comment = m_comment->toPlainText().trimmed();
    for (int i = 0; i < 5; ++i)
        input.scores[size_t(i)] = score(i);
    setBusy(true);
    m_status->setText(tr("Saving…"));
    m_service->review(
        input,
        [this, decision](ReportStore::ReviewStatus status, int, const QString& message) {
            switch (status) {
            case ReportStore::ReviewStatus::Saved:
                emit reviewed(m_caseId, decision);
                accept();
                return;
            case ReportStore::ReviewStatus::Conflict:
                m_status->setText(message);
                m_note = message;
                load();
                return;
            case ReportStore::ReviewStatus::Refused:
            case ReportStore::ReviewStatus::Failed:
                m_status->setText(message);
                setBusy(false);
                return;
            }
        },
        this);
}

} // namespace minwon
