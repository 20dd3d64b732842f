// SPDX-License-Identifier: Apache-2.0
#include "supervisor/CaseReviewPanel.h"

#include "common/Format.h"
#include "domain/Labels.h"
#include "reports/CaseReviewService.h"
#include "reports/Figures.h"
#include "supervisor/CasePageModel.h"
#include "supervisor/ReviewDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace minwon {

namespace {

void select(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QString seoulTime(const QDateTime& t)
{
    return format::shortDateTime(t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))));
}

} // namespace

CaseReviewPanel::CaseReviewPanel(CaseReviewService* service, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_reference(reference)
    , m_model(new CasePageModel(service, this))
    , m_view(new QTableView(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_room(new QComboBox(this))
    , m_counselor(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_forward(new QComboBox(this))
    , m_returned(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_window(new QLabel(this))
    , m_clearWindow(new QPushButton(tr("Show the whole days"), this))
    , m_status(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("caseReviewPanel"));
    const QDate today = reportToday();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateEditFormat());
        // Room for the weekday beside the popup button (the size hint cuts it).
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(
                                  edit->locale().toString(QDate(2026, 12, 30), edit->displayFormat()))
                              + 3 * edit->fontMetrics().height());
        edit->setDate(today);
    }
    m_from->setObjectName(QStringLiteral("casesFrom"));
    m_to->setObjectName(QStringLiteral("casesTo"));
    m_from->setAccessibleName(tr("Opened from"));
    m_to->setAccessibleName(tr("Opened until"));

    m_room->addItem(tr("All rooms"), 0);
    for (const Room& r : reference.rooms)
        m_room->addItem(ReferenceData::localized(r.nameKo, r.nameEn), r.id);
    m_counselor->addItem(tr("All counselors"), QString());
    for (const PersonRef& p : reference.counselors())
        m_counselor->addItem(p.displayName, p.id.toString(QUuid::WithoutBraces));
    m_category->addItem(tr("All categories"), QString());
    for (const Category& top : reference.topCategories()) {
        m_category->addItem(ReferenceData::localized(top.nameKo, top.nameEn), top.code);
        for (const Category& sub : reference.subcategories(top.code))
            m_category->addItem(QStringLiteral("    ") + ReferenceData::localized(sub.nameKo, sub.nameEn),
                                sub.code);
    }
    m_channel->addItem(tr("All channels"), QString());
    for (const Channel& c : reference.channels)
        m_channel->addItem(ReferenceData::localized(c.nameKo, c.nameEn), c.code);
    m_state->addItem(tr("Any state"), QString());
    for (const char* s : {"open", "completed", "approved", "returned"})
        m_state->addItem(labels::caseState(QLatin1String(s)), QLatin1String(s));
    m_result->addItem(tr("Any result"), QString());
    for (const WrapupCode& w : reference.wrapupCodes)
        m_result->addItem(ReferenceData::localized(w.nameKo, w.nameEn), w.code);
    m_forward->addItem(tr("Forwarded or not"), int(CaseFilter::Tri::Any));
    m_forward->addItem(tr("Forwarded"), int(CaseFilter::Tri::Yes));
    m_forward->addItem(tr("Not forwarded"), int(CaseFilter::Tri::No));
    m_returned->addItem(tr("Returned or not"), int(CaseFilter::Tri::Any));
    m_returned->addItem(tr("Returned by a review"), int(CaseFilter::Tri::Yes));
    m_returned->addItem(tr("Never returned"), int(CaseFilter::Tri::No));
    m_search->setPlaceholderText(tr("Search the summary and the answer"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setAccessibleName(tr("Search the summary and the answer"));
    const QList<std::tuple<QComboBox*, const char*, QString>> named {
        {m_room, "filterRoom", tr("Room")},
        {m_counselor, "filterCounselor", tr("Counselor")},
        {m_category, "filterCategory", tr("Category")},
        {m_channel, "filterChannel", tr("Channel")},
        {m_state, "filterState", tr("State")},
        {m_result, "filterResult", tr("Result")},
        {m_forward, "filterForward", tr("Forwarded?")},
        {m_returned, "filterReturned", tr("Returned?")}};
    for (const auto& [box, name, spoken] : named) {
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(spoken);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &CaseReviewPanel::apply);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &CaseReviewPanel::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &CaseReviewPanel::apply);
    m_typing->setSingleShot(true);
    m_typing->setInterval(350);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &CaseReviewPanel::apply);

    auto* resetFilters = new QPushButton(tr("Clear filters"), this);
    connect(resetFilters, &QPushButton::clicked, this, [this] {
        CaseFilter f;
        f.from = m_from->date();
        f.to = m_to->date();
        setFilter(f);
    });
    m_clearWindow->setVisible(false);
    m_window->setVisible(false);
    connect(m_clearWindow, &QPushButton::clicked, this, [this] {
        m_openedAfter = {};
        m_openedUntil = {};
        apply();
    });

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Opened"), this), 0, 0);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addWidget(m_search, 1);
    dates->addWidget(resetFilters);
    grid->addLayout(dates, 0, 1);
    auto* combos = new QHBoxLayout;
    for (QComboBox* box :
         {m_room, m_counselor, m_category, m_channel, m_state, m_result, m_forward, m_returned})
        combos->addWidget(box);
    combos->addStretch();
    grid->addWidget(new QLabel(tr("Filter"), this), 1, 0);
    grid->addLayout(combos, 1, 1);

    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CasePageModel::SummaryColumn, QHeaderView::Stretch);
    const QList<std::pair<int, int>> widths {
        {CasePageModel::OpenedColumn, 10},   {CasePageModel::ChannelColumn, 9},
        {CasePageModel::CategoryColumn, 20}, {CasePageModel::CounselorColumn, 8},
        {CasePageModel::RoomColumn, 8},      {CasePageModel::StateColumn, 9},
        {CasePageModel::ResultColumn, 8},    {CasePageModel::MarksColumn, 12}};
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto& [column, ems] : widths)
        header->resizeSection(column, ems * em);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex&) { reviewSelected(); });

    auto* exportButton = new QPushButton(tr("Export to CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(filter()); });
    connect(m_review, &QPushButton::clicked, this, &CaseReviewPanel::reviewSelected);
    m_review->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_review->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_review->setEnabled(false); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addWidget(m_window);
    bottom->addWidget(m_clearWindow);
    bottom->addStretch();
    bottom->addWidget(exportButton);
    bottom->addWidget(m_review);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(grid);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &CasePageModel::countChanged, this, &CaseReviewPanel::updateStatus);
    connect(m_model, &CasePageModel::loadingChanged, this, &CaseReviewPanel::updateStatus);
    connect(m_model, &CasePageModel::loadFailed, this,
            [this](const QString& message) { m_status->setText(tr("⚠ %1").arg(message)); });
    apply();
}

CaseFilter CaseReviewPanel::filter() const
{
    CaseFilter f;
    f.from = m_from->date();
    f.to = qMax(m_from->date(), m_to->date());
    f.roomId = m_room->currentData().toInt();
    f.counselorId = QUuid::fromString(m_counselor->currentData().toString());
    f.category = m_category->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.state = m_state->currentData().toString();
    f.wrapupCode = m_result->currentData().toString();
    f.hasForward = CaseFilter::Tri(m_forward->currentData().toInt());
    f.returned = CaseFilter::Tri(m_returned->currentData().toInt());
    f.text = m_search->text().trimmed();
    f.openedAfter = m_openedAfter;
    f.openedUntil = m_openedUntil;
    return f;
}

void CaseReviewPanel::setFilter(const CaseFilter& f)
{
    m_settingFilter = true;
    if (f.from.isValid())
        m_from->setDate(f.from);
    if (f.to.isValid())
        m_to->setDate(f.to);
    select(m_room, f.roomId);
    select(m_counselor, f.counselorId.isNull() ? QString() : f.counselorId.toString(QUuid::WithoutBraces));
    select(m_category, f.category);
    select(m_channel, f.channel);
    select(m_state, f.state);
    select(m_result, f.wrapupCode);
    select(m_forward, int(f.hasForward));
    select(m_returned, int(f.returned));
    m_search->setText(f.text);
    m_typing->stop();
    m_openedAfter = f.openedAfter;
    m_openedUntil = f.openedUntil;
    m_settingFilter = false;
    apply();
}

void CaseReviewPanel::showSurge(const Surge& surge)
{
    CaseFilter f;
    f.from = reportToday(surge.windowStart);
    f.to = reportToday(surge.windowEnd);
    f.category = surge.category;
    f.openedAfter = surge.windowStart;
    f.openedUntil = surge.windowEnd;
    setFilter(f);
}

void CaseReviewPanel::apply()
{
    if (m_settingFilter)
        return;
    const CaseFilter f = filter();
    const bool window = f.openedAfter.isValid() || f.openedUntil.isValid();
    m_window->setVisible(window);
    m_clearWindow->setVisible(window);
    if (window)
        m_window->setText(tr("Only %1 – %2").arg(seoulTime(f.openedAfter), seoulTime(f.openedUntil)));
    if (f == m_model->filter() && m_model->totalCount() > 0)
        return;
    m_model->setFilter(f);
    updateStatus();
}

void CaseReviewPanel::updateStatus()
{
    const int count = int(m_model->totalCount());
    QString text = tr("%n case(s)", nullptr, count);
    if (m_model->isLoading())
        text += QStringLiteral(" · ") + tr("Loading…");
    m_status->setText(text);
}

QString CaseReviewPanel::statusText() const
{
    return m_status->text();
}

void CaseReviewPanel::reviewSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QUuid id = m_model->data(rows.first(), CasePageModel::CaseIdRole).toUuid();
    if (!id.isNull())
        openReview(id);
}

ReviewDialog* CaseReviewPanel::openReview(const QUuid& caseId)
{
    auto* dialog = new ReviewDialog(m_service, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::reviewed, this, [this](const QUuid&, const QString& decision) {
        emit message(decision == QLatin1String("approved") ? tr("The case was approved.")
                                                           : tr("The case was returned to the counselor."));
    });
    dialog->open();
    return dialog;
}

} // namespace minwon
