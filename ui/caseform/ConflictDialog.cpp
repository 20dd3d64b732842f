// SPDX-License-Identifier: Apache-2.0
#include "caseform/ConflictDialog.h"

#include "common/Format.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace minwon {

namespace {
QString callback(const CaseRecord& r)
{
    return r.callbackRequested ? format::dateTime(r.callbackAt) : QString();
}
} // namespace

ConflictDialog::ConflictDialog(const CaseRecord& mine, const CaseRecord& theirs, QWidget* parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
{
    setWindowTitle(tr("Someone else saved this case first"));
    const QList<std::pair<QString, QString>> labels {{QStringLiteral("citizen_name"), tr("Citizen name")},
                                                     {QStringLiteral("phone"), tr("Contact number")},
                                                     {QStringLiteral("address"), tr("Address")},
                                                     {QStringLiteral("category"), tr("Category")},
                                                     {QStringLiteral("subcategory"), tr("Subcategory")},
                                                     {QStringLiteral("summary"), tr("Summary")},
                                                     {QStringLiteral("answer"), tr("Answer")},
                                                     {QStringLiteral("wrapup"), tr("Result")},
                                                     {QStringLiteral("callback"), tr("Callback")}};
    auto value = [](const CaseRecord& r, const QString& key) -> QString {
        if (key == QLatin1String("citizen_name"))
            return r.citizenName;
        if (key == QLatin1String("phone"))
            return r.phone;
        if (key == QLatin1String("address"))
            return r.address;
        if (key == QLatin1String("category"))
            return r.category;
        if (key == QLatin1String("subcategory"))
            return r.subcategory;
        if (key == QLatin1String("summary"))
            return r.summary;
        if (key == QLatin1String("answer"))
            return r.answer;
        if (key == QLatin1String("wrapup"))
            return r.wrapupCode;
        return callback(r);
    };

    auto* intro
        = new QLabel(tr("Another desk saved this case while you were editing it. Nothing was overwritten. "
                        "Choose, for each field that differs, which text stays."),
                     this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Saved by the other desk</b>"), this), 0, 2);
    int row = 1;
    for (const auto& [key, label] : labels) {
        Field f {key, label, value(mine, key), value(theirs, key), nullptr};
        if (f.mine == f.theirs)
            continue;
        f.choice = new QButtonGroup(this);
        auto* keepMine = new QRadioButton(f.mine.isEmpty() ? tr("(empty)") : f.mine, this);
        auto* keepTheirs = new QRadioButton(f.theirs.isEmpty() ? tr("(empty)") : f.theirs, this);
        keepMine->setAccessibleName(tr("%1: keep yours").arg(label));
        keepTheirs->setAccessibleName(tr("%1: keep theirs").arg(label));
        keepMine->setChecked(true);
        f.choice->addButton(keepMine, 0);
        f.choice->addButton(keepTheirs, 1);
        grid->addWidget(new QLabel(label, this), row, 0, Qt::AlignTop);
        grid->addWidget(keepMine, row, 1, Qt::AlignTop);
        grid->addWidget(keepTheirs, row, 2, Qt::AlignTop);
        m_fields.append(f);
        ++row;
    }
    auto* body = new QWidget(this);
    body->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QStringList ConflictDialog::differingFields() const
{
    QStringList keys;
    for (const Field& f : m_fields)
        keys << f.key;
    return keys;
}

void ConflictDialog::choose(const QString& field, bool theirs)
{
    for (const Field& f : m_fields)
        if (f.key == field)
            f.choice->button(theirs ? 1 : 0)->setChecked(true);
}

CaseRecord ConflictDialog::merged() const
{
    CaseRecord r = m_mine;
    for (const Field& f : m_fields) {
        if (f.choice->checkedId() != 1)
            continue;
        if (f.key == QLatin1String("citizen_name"))
            r.citizenName = m_theirs.citizenName;
        else if (f.key == QLatin1String("phone"))
            r.phone = m_theirs.phone;
        else if (f.key == QLatin1String("address"))
            r.address = m_theirs.address;
        else if (f.key == QLatin1String("category"))
            r.category = m_theirs.category;
        else if (f.key == QLatin1String("subcategory"))
            r.subcategory = m_theirs.subcategory;
        else if (f.key == QLatin1String("summary"))
            r.summary = m_theirs.summary;
        else if (f.key == QLatin1String("answer"))
            r.answer = m_theirs.answer;
        else if (f.key == QLatin1String("wrapup"))
            r.wrapupCode = m_theirs.wrapupCode;
        else if (f.key == QLatin1String("callback")) {
            r.callbackRequested = m_theirs.callbackRequested;
            r.callbackAt = m_theirs.callbackAt;
        }
    }
    // Guidance quoted on either desk stays quoted.
    for (const CaseRecord::Quote& q : m_theirs.quotes)
        if (!r.quotes.contains(q))
            r.quotes.append(q);
    r.version = m_theirs.version;
    r.state = m_theirs.state;
    return r;
}

} // namespace minwon
