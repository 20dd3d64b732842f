// SPDX-License-Identifier: Apache-2.0
#include "domain/Labels.h"

#include <QCoreApplication>

namespace minwon::labels {

namespace {
struct LabelsTr
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString agentState(const QString& code)
{
    if (code == QLatin1String("available"))
        return LabelsTr::tr("Available");
    if (code == QLatin1String("on_contact"))
        return LabelsTr::tr("On a contact");
    if (code == QLatin1String("after_contact"))
        return LabelsTr::tr("After-contact work");
    if (code == QLatin1String("break"))
        return LabelsTr::tr("Break");
    if (code == QLatin1String("offline"))
        return LabelsTr::tr("Offline");
    return code;
}

QString contactState(const QString& code)
{
    if (code == QLatin1String("waiting"))
        return LabelsTr::tr("Waiting");
    if (code == QLatin1String("offered"))
        return LabelsTr::tr("Offered");
    if (code == QLatin1String("claimed"))
        return LabelsTr::tr("Claimed");
    if (code == QLatin1String("done"))
        return LabelsTr::tr("Done");
    if (code == QLatin1String("abandoned"))
        return LabelsTr::tr("Abandoned");
    if (code == QLatin1String("transferred"))
        return LabelsTr::tr("Transferred");
    return code;
}

QString caseState(const QString& code)
{
    if (code == QLatin1String("open"))
        return LabelsTr::tr("Open");
    if (code == QLatin1String("completed"))
        return LabelsTr::tr("Completed");
    if (code == QLatin1String("approved"))
        return LabelsTr::tr("Approved");
    if (code == QLatin1String("returned"))
        return LabelsTr::tr("Returned");
    return code;
}

QString forwardState(const QString& code)
{
    if (code == QLatin1String("sent"))
        return LabelsTr::tr("Sent");
    if (code == QLatin1String("acknowledged"))
        return LabelsTr::tr("Acknowledged");
    if (code == QLatin1String("checked"))
        return LabelsTr::tr("Field check done");
    if (code == QLatin1String("closed"))
        return LabelsTr::tr("Closed");
    return code;
}

QString kbStatus(const QString& code)
{
    if (code == QLatin1String("draft"))
        return LabelsTr::tr("Draft");
    if (code == QLatin1String("in_review"))
        return LabelsTr::tr("In review");
    if (code == QLatin1String("published"))
        return LabelsTr::tr("Published");
    if (code == QLatin1String("superseded"))
        return LabelsTr::tr("Superseded");
    if (code == QLatin1String("expired"))
        return LabelsTr::tr("Expired");
    if (code == QLatin1String("rejected"))
        return LabelsTr::tr("Returned");
    if (code == QLatin1String("approved"))
        return LabelsTr::tr("Scheduled");
    if (code == QLatin1String("withdrawn"))
        return LabelsTr::tr("Withdrawn");
    return code;
}

} // namespace minwon::labels
