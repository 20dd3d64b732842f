// SPDX-License-Identifier: Apache-2.0
#include "department/ForwardsPanel.h"

#include "common/Format.h"
#include "common/Guard.h"
#include "common/HeaderMemory.h"
#include "common/Theme.h"
#include "domain/Labels.h"

#include <QApplication>
#include <QBrush>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace minwon {

namespace {
QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("no_mask"))
        return QCoreApplication::translate("ForwardsPanel", "No mask");
    if (kind == QLatin1String("gathering"))
        return QCoreApplication::translate("ForwardsPanel", "Private gathering");
    if (kind == QLatin1String("after_hours"))
        return QCoreApplication::translate("ForwardsPanel", "Open after hours");
    if (kind == QLatin1String("other"))
        return QCoreApplication::translate("ForwardsPanel", "Other violation");
    return QCoreApplication::translate("ForwardsPanel", "Complaint");
}
} // namespace

void ForwardModel::setItems(const QList<ForwardItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const ForwardItem* ForwardModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ForwardModel::rowOf(const QUuid& id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return int(i);
    return -1;
}

int ForwardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ForwardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForwardModel::data(const QModelIndex& index, int role) const
{
    const ForwardItem* f = item(index.row());
    if (!f)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool overdue = f->overdue(now);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SentColumn:
            return format::dateTime(f->sentAt);
        case AgeColumn: {
            const QString age = format::duration(f->sentAt.secsTo(now));
            return overdue ? tr("%1 overdue").arg(age) : age;
        }
        case DepartmentColumn:
            return f->departmentName
                + (f->purpose == QLatin1String("share") ? tr(" (for information)") : QString());
        case StateColumn:
            return labels::forwardState(f->state);
        case KindColumn:
            return kindLabel(f->reportKind);
        case PlaceColumn:
            return f->business.isEmpty() ? f->place : QStringLiteral("%1 (%2)").arg(f->business, f->place);
        }
    }
    if (role == Qt::ForegroundRole && overdue && index.column() == AgeColumn)
        return QBrush(theme::text(theme::Role::Danger));
    if (role == Qt::DecorationRole && overdue && index.column() == AgeColumn)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant ForwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentColumn:
        return tr("Sent");
    case AgeColumn:
        return tr("Age");
    case DepartmentColumn:
        return tr("Department");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Report");
    case PlaceColumn:
        return tr("Place");
    }
    return {};
}

ForwardsPanel::ForwardsPanel(ForwardService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new ForwardModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_result(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_checked(new QPushButton(tr("Field check &done"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("forwardsPanel"));
    auto* title = new QLabel(tr("Reports forwarded to your department"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Forwarded reports"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setMaxLength(4000);
    m_result->setPlaceholderText(tr("Result of the field check (required to mark it done)"));
    m_note->setMaxLength(4000);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_result);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(resultLabel, m_result);
    form->addRow(noteLabel, m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_checked);
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail, 1);
    lowerLayout->addLayout(form);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    connect(m_service, &ForwardService::changed, this, &ForwardsPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ForwardsPanel::showCurrent);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { advance(QStringLiteral("acknowledged")); });
    connect(m_checked, &QPushButton::clicked, this, [this] { advance(QStringLiteral("checked")); });
    connect(m_close, &QPushButton::clicked, this, [this] { advance(QStringLiteral("closed")); });
    refresh();
}

void ForwardsPanel::refresh()
{
    const ForwardItem* current = m_model->item(m_view->currentIndex().row());
    const QUuid keep = current ? current->id : QUuid();
    m_service->loadOpen(guard(this, [this, keep](const QList<ForwardItem>& items, const QString& error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        m_model->setItems(items);
        const int row = keep.isNull() ? 0 : m_model->rowOf(keep);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(qMax(0, row), 0));
        // Fitted to their text, unless the person set them; the place, last,
        // stretches over the rest of the width.
        if (!headerRestored(m_view->horizontalHeader())) {
            for (int column = 0; column < ForwardModel::PlaceColumn; ++column)
                m_view->resizeColumnToContents(column);
        }
        showCurrent();
    }));
}

void ForwardsPanel::showCurrent()
{
    const ForwardItem* f = m_model->item(m_view->currentIndex().row());
    m_acknowledge->setEnabled(f && f->state == QLatin1String("sent"));
    m_checked->setEnabled(
        f && (f->state == QLatin1String("sent") || f->state == QLatin1String("acknowledged")));
    m_close->setEnabled(f != nullptr);
    if (!f) {
        m_detail->setText(tr("No open forwards."));
        return;
    }
    QString text = QStringLiteral("<b>%1</b><br>").arg(f->caseSummary.toHtmlEscaped());
    if (!f->place.isEmpty())
        text += tr("Place: %1")
                    .arg((f->business.isEmpty() ? f->place : f->business + QStringLiteral(", ") + f->place)
                             .toHtmlEscaped())
            + QStringLiteral("<br>");
    if (f->observedAt.isValid())
        text += tr("Seen at: %1").arg(format::dateTime(f->observedAt)) + QStringLiteral("<br>");
    if (!f->description.isEmpty())
        text += f->description.toHtmlEscaped() + QStringLiteral("<br>");
    text += tr("Due: %1").arg(format::dateTime(f->dueAt));
    if (!f->result.isEmpty())
        text += QStringLiteral("<br>") + tr("Result: %1").arg(f->result.toHtmlEscaped());
    for (const QString& note : f->notes)
        text += QStringLiteral("<br>· ") + note.toHtmlEscaped();
    m_detail->setText(text);
}

void ForwardsPanel::advance(const QString& state)
{
    const ForwardItem* f = m_model->item(m_view->currentIndex().row());
    if (!f)
        return;
    if (state == QLatin1String("checked") && m_result->text().trimmed().isEmpty() && f->result.isEmpty()) {
        m_status->setText(QStringLiteral("⚠ ") + tr("Write the result of the field check."));
        m_result->setFocus();
        return;
    }
    m_service->update(f->id, state, m_result->text().trimmed(), m_note->text().trimmed(), f->version,
                      guard(this, [this](bool ok, const QString& text) {
                          if (!ok) {
                              m_status->setText(QStringLiteral("⚠ ") + text);
                              refresh();
                              return;
                          }
                          m_status->setText(tr("Recorded."));
                          m_result->clear();
                          m_note->clear();
                          refresh();
                      }));
}

} // namespace minwon
