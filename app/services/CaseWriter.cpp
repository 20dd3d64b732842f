// SPDX-License-Identifier: Apache-2.0
#include "services/CaseWriter.h"

#include <QSqlQuery>

namespace minwon {

namespace {

QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// QPSQL binds a null QString as NULL; NOT NULL text columns get "" instead.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant uuid(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>())
                       : QVariant(id.toString(QUuid::WithoutBraces));
}

QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(t) : QVariant(QMetaType::fromType<QDateTime>());
}

} // namespace

CaseWriteResult writeCase(QSqlDatabase& db, const CaseRecord& record, const QUuid& operationId)
{
    CaseWriteResult result;
    if (!db.transaction()) {
        result.error = db.lastError();
        return result;
    }
    QSqlQuery q(db);
    auto fail = [&](const QSqlError& error) {
        result.status = CaseWriteResult::Status::Failed;
        result.error = error;
        db.rollback();
        return result;
    };

    if (!operationId.isNull()) {
        // Recorded in the same transaction as the write: a replay after a lost
        // acknowledgement finds it and stops here.
        q.prepare(QStringLiteral("INSERT INTO applied_ops (op_id, kind) VALUES (?::uuid, 'case.save') "
                                 "ON CONFLICT (op_id) DO NOTHING RETURNING op_id"));
        q.addBindValue(uuid(operationId));
        if (!q.exec())
            return fail(q.lastError());
        if (!q.next()) {
            db.rollback();
            QSqlQuery v(db);
            v.prepare(QStringLiteral("SELECT version FROM cases WHERE id = ?::uuid"));
            v.addBindValue(uuid(record.id));
            result.status = CaseWriteResult::Status::AlreadyApplied;
            result.version = v.exec() && v.next() ? v.value(0).toInt() : 0;
            return result;
        }
    }

    q.prepare(QStringLiteral(
        "INSERT INTO cases AS c (id, contact_id, channel, sender, citizen_name, phone, address, "
        "category_code, "
        " subcategory_code, summary, answer, wrapup_code, callback_requested, callback_at, state, "
        "completed_at, "
        " counselor_id, room_id, updated_by) "
        "VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ?::text = 'completed' "
        "THEN now() END, "
        " current_person_id(), (SELECT room_id FROM people WHERE id = current_person_id()), "
        "current_person_id()) "
        "ON CONFLICT (id) DO UPDATE SET citizen_name = excluded.citizen_name, phone = excluded.phone, "
        " address = excluded.address, category_code = excluded.category_code, "
        " subcategory_code = excluded.subcategory_code, summary = excluded.summary, answer = "
        "excluded.answer, "
        " wrapup_code = excluded.wrapup_code, callback_requested = excluded.callback_requested, "
        " callback_at = excluded.callback_at, state = excluded.state, updated_by = current_person_id(), "
        " completed_at = CASE WHEN excluded.state = 'completed' THEN coalesce(c.completed_at, now()) "
        "                     ELSE c.completed_at END "
        "WHERE c.version = ? "
        "RETURNING version"));
    q.addBindValue(uuid(record.id));
    q.addBindValue(uuid(record.contactId));
    q.addBindValue(record.channel.isEmpty() ? QStringLiteral("phone") : record.channel);
    q.addBindValue(text(record.sender));
    q.addBindValue(text(record.citizenName));
    q.addBindValue(text(record.phone));
    q.addBindValue(text(record.address));
    q.addBindValue(text(record.category));
    q.addBindValue(text(record.subcategory));
    q.addBindValue(nonNull(record.summary));
    q.addBindValue(nonNull(record.answer));
    q.addBindValue(text(record.wrapupCode));
    q.addBindValue(record.callbackRequested);
    q.addBindValue(time(record.callbackAt));
    q.addBindValue(record.state);
    q.addBindValue(record.state);
    q.addBindValue(record.version);
    if (!q.exec())
        return fail(q.lastError());
    if (!q.next()) {
        // The stored version moved on under this edit: nothing is written.
        db.rollback();
        result.status = CaseWriteResult::Status::Conflict;
        return result;
    }
    result.version = q.value(0).toInt();

    for (const CaseRecord::Quote& quote : record.quotes) {
        q.prepare(QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no, quoted_by) "
                                 "VALUES (?::uuid, ?, ?, current_person_id()) ON CONFLICT DO NOTHING"));
        q.addBindValue(uuid(record.id));
        q.addBindValue(quote.articleId);
        q.addBindValue(quote.version);
        if (!q.exec())
            return fail(q.lastError());
    }

    if (record.report) {
        const ViolationReport& r = *record.report;
        q.prepare(QStringLiteral(
            "INSERT INTO violation_reports (id, case_id, kind, place_address, business_name, observed_at, "
            " description, duplicate_of, created_by) "
            "VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?::uuid, current_person_id()) "
            "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, place_address = excluded.place_address, "
            " business_name = excluded.business_name, observed_at = excluded.observed_at, "
            " description = excluded.description, duplicate_of = excluded.duplicate_of"));
        q.addBindValue(uuid(r.id));
        q.addBindValue(uuid(record.id));
        q.addBindValue(r.kind);
        q.addBindValue(nonNull(r.address));
        q.addBindValue(text(r.business));
        q.addBindValue(time(r.observedAt));
        q.addBindValue(nonNull(r.description));
        q.addBindValue(uuid(r.duplicateOf));
        if (!q.exec())
            return fail(q.lastError());
    }

    if (record.state == QLatin1String("completed")) {
        for (const ForwardRequest& f : record.forwards) {
            q.prepare(QStringLiteral(
                "INSERT INTO forwards (id, case_id, report_id, department_code, purpose, sent_by, due_at) "
                "VALUES (?::uuid, ?::uuid, ?::uuid, ?, ?, current_person_id(), forward_due(?, now())) "
                "ON CONFLICT (id) DO NOTHING RETURNING id"));
            q.addBindValue(uuid(f.id));
            q.addBindValue(uuid(record.id));
            q.addBindValue(record.report ? uuid(record.report->id) : uuid({}));
            q.addBindValue(f.department);
            q.addBindValue(f.purpose);
            q.addBindValue(f.department);
            if (!q.exec())
                return fail(q.lastError());
            if (q.next() && !f.note.trimmed().isEmpty()) {
                q.prepare(QStringLiteral("INSERT INTO forward_notes (forward_id, author_id, note) "
                                         "VALUES (?::uuid, current_person_id(), ?)"));
                q.addBindValue(uuid(f.id));
                q.addBindValue(f.note);
                if (!q.exec())
                    return fail(q.lastError());
            }
        }
    }

    if (!db.commit())
        return fail(db.lastError());
    result.status = CaseWriteResult::Status::Saved;
    return result;
}

} // namespace minwon
