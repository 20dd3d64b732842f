// SPDX-License-Identifier: Apache-2.0
#include "domain/CaseRecord.h"

#include "text/PiiMasker.h"

#include <QJsonArray>

namespace minwon {

namespace {

QString uuid(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace

CaseRecord CaseRecord::createFor(const QUuid& contactId, const QString& channel, const QString& sender)
{
    CaseRecord r;
    r.id = QUuid::createUuid();
    r.contactId = contactId;
    r.channel = channel;
    r.sender = sender;
    return r;
}

QStringList CaseRecord::maskPersonalNumbers()
{
    QStringList kinds;
    auto apply = [&kinds](QString& text) {
        if (text.isEmpty())
            return;
        QList<PiiMasker::Finding> findings;
        const QString masked = PiiMasker::mask(text, &findings);
        for (const PiiMasker::Finding& f : findings) {
            const QString name = PiiMasker::kindName(f.kind);
            if (!kinds.contains(name))
                kinds << name;
        }
        text = masked;
    };
    apply(summary);
    apply(answer);
    if (report)
        apply(report->description);
    for (ForwardRequest& f : forwards)
        apply(f.note);
    return kinds;
}

QJsonObject CaseRecord::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = uuid(id);
    o[QStringLiteral("contact_id")] = uuid(contactId);
    o[QStringLiteral("channel")] = channel;
    o[QStringLiteral("sender")] = sender;
    o[QStringLiteral("citizen_name")] = citizenName;
    o[QStringLiteral("phone")] = phone;
    o[QStringLiteral("address")] = address;
    o[QStringLiteral("category")] = category;
    o[QStringLiteral("subcategory")] = subcategory;
    o[QStringLiteral("summary")] = summary;
    o[QStringLiteral("answer")] = answer;
    o[QStringLiteral("wrapup_code")] = wrapupCode;
    o[QStringLiteral("callback_requested")] = callbackRequested;
    o[QStringLiteral("callback_at")] = time(callbackAt);
    o[QStringLiteral("state")] = state;
    o[QStringLiteral("version")] = version;
    QJsonArray q;
    for (const Quote& quote : quotes)
        q.append(QJsonObject {{QStringLiteral("article_id"), quote.articleId},
                              {QStringLiteral("version"), quote.version}});
    o[QStringLiteral("quotes")] = q;
    if (report) {
        o[QStringLiteral("report")]
            = QJsonObject {{QStringLiteral("id"), uuid(report->id)},
                           {QStringLiteral("kind"), report->kind},
                           {QStringLiteral("address"), report->address},
                           {QStringLiteral("business"), report->business},
                           {QStringLiteral("observed_at"), time(report->observedAt)},
                           {QStringLiteral("description"), report->description},
                           {QStringLiteral("duplicate_of"), uuid(report->duplicateOf)}};
    }
    QJsonArray f;
    for (const ForwardRequest& forward : forwards)
        f.append(QJsonObject {{QStringLiteral("id"), uuid(forward.id)},
                              {QStringLiteral("department"), forward.department},
                              {QStringLiteral("purpose"), forward.purpose},
                              {QStringLiteral("note"), forward.note}});
    o[QStringLiteral("forwards")] = f;
    return o;
}

CaseRecord CaseRecord::fromJson(const QJsonObject& o)
{
    CaseRecord r;
    r.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    r.contactId = QUuid::fromString(o.value(QStringLiteral("contact_id")).toString());
    r.channel = o.value(QStringLiteral("channel")).toString();
    r.sender = o.value(QStringLiteral("sender")).toString();
    r.citizenName = o.value(QStringLiteral("citizen_name")).toString();
    r.phone = o.value(QStringLiteral("phone")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.category = o.value(QStringLiteral("category")).toString();
    r.subcategory = o.value(QStringLiteral("subcategory")).toString();
    r.summary = o.value(QStringLiteral("summary")).toString();
    r.answer = o.value(QStringLiteral("answer")).toString();
    r.wrapupCode = o.value(QStringLiteral("wrapup_code")).toString();
    r.callbackRequested = o.value(QStringLiteral("callback_requested")).toBool();
    r.callbackAt = timeFrom(o.value(QStringLiteral("callback_at")));
    r.state = o.value(QStringLiteral("state")).toString(QStringLiteral("open"));
    r.version = o.value(QStringLiteral("version")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("quotes")).toArray())
        r.quotes.append({v[QStringLiteral("article_id")].toString(), v[QStringLiteral("version")].toInt()});
    const QJsonObject rep = o.value(QStringLiteral("report")).toObject();
    if (!rep.isEmpty()) {
        ViolationReport v;
        v.id = QUuid::fromString(rep.value(QStringLiteral("id")).toString());
        v.kind = rep.value(QStringLiteral("kind")).toString();
        v.address = rep.value(QStringLiteral("address")).toString();
        v.business = rep.value(QStringLiteral("business")).toString();
        v.observedAt = timeFrom(rep.value(QStringLiteral("observed_at")));
        v.description = rep.value(QStringLiteral("description")).toString();
        v.duplicateOf = QUuid::fromString(rep.value(QStringLiteral("duplicate_of")).toString());
        r.report = v;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("forwards")).toArray())
        r.forwards.append({QUuid::fromString(v[QStringLiteral("id")].toString()),
                           v[QStringLiteral("department")].toString(),
                           v[QStringLiteral("purpose")].toString(QStringLiteral("action")),
                           v[QStringLiteral("note")].toString()});
    return r;
}

} // namespace minwon
