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

// PostgreSQL text cannot hold U+0000 and the driver would cut the value
// there without a word: such a record is refused whole instead.
bool hasNul(const CaseRecord& record)
{
    QList<const QString*> texts {&record.channel, &record.sender,     &record.citizenName, &record.phone,
                                 &record.address, &record.category,   &record.subcategory, &record.summary,
                                 &record.answer,  &record.wrapupCode, &record.state};
    if (record.report)
        texts << &record.report->kind << &record.report->address << &record.report->business
              << &record.report->description;
    for (const ForwardRequest& f : record.forwards)
        texts << &f.department << &f.purpose << &f.note;
    for (const CaseRecord::Quote& quote : record.quotes)
        texts << &quote.articleId;
    for (const QString* t : texts) {
        if (t->contains(QChar(u'\0')))
            return true;
    }
    return false;
}

// The fields a person edits, in the order both the insert and the update
// name them (the state twice: stored, and to decide completed_at).
void bindEditable(QSqlQuery& q, const CaseRecord& record)
{
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
}

} // namespace

CaseWriteResult writeCase(QSqlDatabase& db, const CaseRecord& record, const QUuid& operationId)
{
    CaseWriteResult result;
    if (hasNul(record)) {
        result.error
            = QSqlError(QStringLiteral("NUL character"),
                        QStringLiteral("a text contains a NUL character (U+0000), which cannot be stored"),
                        QSqlError::StatementError, QStringLiteral("22021"));
        return result;
    }
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

    // A new case is inserted; an existing one is updated only over the
    // version this edit started from. Two statements, not an upsert: the desk
    // roles may write the personal fields but not read them (see
    // case_personal), and an upsert would read them back.
    q.prepare(QStringLiteral(
        "INSERT INTO cases (id, contact_id, channel, sender, citizen_name, phone, address, category_code, "
        " subcategory_code, summary, answer, wrapup_code, callback_requested, callback_at, state, "
        "completed_at, "
        " counselor_id, room_id, updated_by) "
        "VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        " CASE WHEN ?::text = 'completed' THEN now() END, "
        " current_person_id(), (SELECT room_id FROM people WHERE id = current_person_id()), "
        " current_person_id()) "
        "ON CONFLICT (id) DO NOTHING RETURNING version"));
    q.addBindValue(uuid(record.id));
    q.addBindValue(uuid(record.contactId));
    q.addBindValue(record.channel.isEmpty() ? QStringLiteral("phone") : record.channel);
    q.addBindValue(text(record.sender));
    bindEditable(q, record);
    if (!q.exec())
        return fail(q.lastError());
    bool written = q.next();
    if (!written) {
        q.prepare(QStringLiteral(
            "UPDATE cases SET citizen_name = ?, phone = ?, address = ?, category_code = ?, subcategory_code "
            "= ?, "
            " summary = ?, answer = ?, wrapup_code = ?, callback_requested = ?, callback_at = ?, state = ?, "
            " updated_by = current_person_id(), "
            " completed_at = CASE WHEN ?::text = 'completed' THEN coalesce(completed_at, now()) "
            "                     ELSE completed_at END "
            "WHERE id = ?::uuid AND version = ? RETURNING version"));
        bindEditable(q, record);
        q.addBindValue(uuid(record.id));
        q.addBindValue(record.version);
        if (!q.exec())
            return fail(q.lastError());
        written = q.next();
    }
    if (!written) {
        // Nothing written: either somebody saved in between, or the case is
        // not this person's to change (row-level security hides it).
        QSqlQuery mine(db);
        mine.prepare(QStringLiteral("SELECT counselor_id IS NOT DISTINCT FROM current_person_id() "
                                    "OR pg_has_role(session_user, 'minwon_supervisor', 'MEMBER') "
                                    "FROM cases WHERE id = ?::uuid"));
        mine.addBindValue(uuid(record.id));
        const bool permitted = mine.exec() && mine.next() && mine.value(0).toBool();
        db.rollback();
        if (!permitted) {
            result.status = CaseWriteResult::Status::Failed;
            result.error = QSqlError(QStringLiteral("case not changeable"),
                                     QStringLiteral("this case belongs to another counselor"),
                                     QSqlError::StatementError, QStringLiteral("42501"));
            return result;
        }
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
