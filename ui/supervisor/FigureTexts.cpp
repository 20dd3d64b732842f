// SPDX-License-Identifier: Apache-2.0
#include "supervisor/FigureTexts.h"

#include <QCoreApplication>

namespace minwon::figuretexts {

namespace {
struct FigureTextsTr
{
    Q_DECLARE_TR_FUNCTIONS(FigureTexts)
};
} // namespace

QString columnHint(reportformat::Column column, const FigureRow& row)
{
    using reportformat::Column;
    switch (column) {
    case Column::Label:
        return row.label;
    case Column::Contacts:
        return FigureTextsTr::tr("Contacts that arrived, counted on the Seoul day and hour of arrival.");
    case Column::Answered:
        return FigureTextsTr::tr("Contacts a counselor took.");
    case Column::Abandoned:
    case Column::ShortAbandons:
        return FigureTextsTr::tr("Contacts the citizen gave up on before anyone took them.");
    case Column::AnsweredInSl:
    case Column::ServiceLevel:
        if (row.thresholdSeconds > 0)
            return FigureTextsTr::tr(
                       "Answered within %1 ÷ (answered + abandoned − abandoned within the grace "
                       "period); target %2 %.")
                .arg(reportformat::threshold(row.thresholdSeconds))
                .arg(row.targetPct);
        return FigureTextsTr::tr(
            "Answered within the channel's threshold ÷ (answered + abandoned − abandoned "
            "within the grace period).");
    case Column::Threshold:
        return FigureTextsTr::tr("The channel's service-level threshold.");
    case Column::Asa:
        return FigureTextsTr::tr(
            "Average speed of answer: from arrival to claim, over the answered contacts.");
    case Column::Aht:
    case Column::Talk:
    case Column::Acw:
        return FigureTextsTr::tr(
            "Average handling time: talk plus after-contact work, over the contacts whose "
            "case was completed.");
    case Column::AbandonRate:
        return FigureTextsTr::tr("Abandoned ÷ (answered + abandoned).");
    case Column::CasesCompleted:
    case Column::FcrResolved:
    case Column::Fcr:
        return FigureTextsTr::tr(
            "First-contact resolution: completed cases without a callback and without "
            "another contact from the same citizen about the same category within the set "
            "number of days, ÷ completed cases.");
    case Column::Callbacks:
        return FigureTextsTr::tr("Completed cases that promised a callback.");
    }
    return {};
}

} // namespace minwon::figuretexts
