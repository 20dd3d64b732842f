// SPDX-License-Identifier: Apache-2.0
#include "services/CaseService.h"

#include "db/DbSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace minwon {

namespace {
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
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

CaseService::CaseService(DbSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<minwon::CaseSummary>();
}

void CaseService::save(const CaseRecord& record, SaveCallback done)
{
    m_session->run(
        [record](QSqlDatabase& db) {
            if (!db.transaction())
                return DbResult::failure(db.lastError());
            QSqlQuery q(db);
            auto fail = [&db](const QSqlError& error) {
                db.rollback();
                return DbResult::failure(error);
            };
            q.prepare(QStringLiteral(
                "INSERT INTO cases AS c (id, contact_id, channel, sender, citizen_name, phone, address, "
                " category_code, subcategory_code, summary, answer, wrapup_code, callback_requested, "
                "callback_at, "
                " state, completed_at, counselor_id, room_id, updated_by) "
                "VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                " CASE WHEN ?::text = 'completed' THEN now() END, current_person_id(), "
                " (SELECT room_id FROM people WHERE id = current_person_id()), current_person_id()) "
                "ON CONFLICT (id) DO UPDATE SET citizen_name = excluded.citizen_name, phone = "
                "excluded.phone, "
                " address = excluded.address, category_code = excluded.category_code, "
                " subcategory_code = excluded.subcategory_code, summary = excluded.summary, "
                " answer = excluded.answer, wrapup_code = excluded.wrapup_code, "
                " callback_requested = excluded.callback_requested, callback_at = excluded.callback_at, "
                " state = excluded.state, updated_by = current_person_id(), "
                " completed_at = CASE WHEN excluded.state = 'completed' THEN coalesce(c.completed_at, now()) "
                "                     ELSE c.completed_at END "
                "WHERE c.version = ? "
                "RETURNING version"));
            q.addBindValue(record.id.toString(QUuid::WithoutBraces));
            q.addBindValue(record.contactId.isNull()
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(record.contactId.toString(QUuid::WithoutBraces)));
            q.addBindValue(record.channel);
            q.addBindValue(textOrNull(record.sender));
            q.addBindValue(textOrNull(record.citizenName));
            q.addBindValue(textOrNull(record.phone));
            q.addBindValue(textOrNull(record.address));
            q.addBindValue(textOrNull(record.category));
            q.addBindValue(textOrNull(record.subcategory));
            q.addBindValue(record.summary);
            q.addBindValue(record.answer);
            q.addBindValue(textOrNull(record.wrapupCode));
            q.addBindValue(record.callbackRequested);
            q.addBindValue(record.callbackAt.isValid() ? QVariant(record.callbackAt)
                                                       : QVariant(QMetaType::fromType<QDateTime>()));
            q.addBindValue(record.state);
            q.addBindValue(record.state);
            q.addBindValue(record.version);
            if (!q.exec())
                return fail(q.lastError());
            // No row back: the stored version moved on under us.
            if (!q.next()) {
                db.rollback();
                return DbResult::success(-1);
            }
            const int version = q.value(0).toInt();
            for (const CaseRecord::Quote& quote : record.quotes) {
                q.prepare(
                    QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no, quoted_by) "
                                   "VALUES (?::uuid, ?, ?, current_person_id()) ON CONFLICT DO NOTHING"));
                q.addBindValue(record.id.toString(QUuid::WithoutBraces));
                q.addBindValue(quote.articleId);
                q.addBindValue(quote.version);
                if (!q.exec())
                    return fail(q.lastError());
            }
            if (!db.commit())
                return fail(db.lastError());
            return DbResult::success(version);
        },
        [done](const DbResult& result) {
            if (!result.ok)
                done(SaveStatus::Failed, 0, result.message);
            else if (result.value.toInt() < 0)
                done(SaveStatus::Conflict, 0,
                     QCoreApplication::translate(
                         "CaseService", "Someone else saved this case meanwhile; nothing was overwritten."));
            else
                done(SaveStatus::Saved, result.value.toInt(), {});
        },
        this);
}

void CaseService::loadHistory(const QString& sender, std::function<void(const QList<CaseSummary>&)> done)
{
    m_session->run(
        [sender](QSqlDatabase& db) {
            QSqlQuery q(db);
            // Newest first, with the guidance each was answered with.
            q.prepare(QStringLiteral(
                "SELECT c.id, c.opened_at, c.channel, coalesce(c.subcategory_code, c.category_code, ''), "
                "c.summary, "
                " c.state, coalesce(p.display_name, ''), coalesce(c.wrapup_code, ''), "
                " (SELECT string_agg(v.title || ' (v' || cq.version_no || ')', E'\\n' ORDER BY cq.quoted_at) "
                "    FROM case_quotes cq JOIN kb_versions v "
                "      ON v.article_id = cq.article_id AND v.version_no = cq.version_no "
                "   WHERE cq.case_id = c.id) "
                "FROM cases c LEFT JOIN people p ON p.id = c.counselor_id "
                "WHERE c.sender = ? ORDER BY c.opened_at DESC LIMIT 50"));
            q.addBindValue(sender);
            if (!q.exec())
                return DbResult::failure(q.lastError());
            QList<CaseSummary> rows;
            while (q.next()) {
                CaseSummary row;
                row.id = QUuid::fromString(q.value(0).toString());
                row.openedAt = q.value(1).toDateTime();
                row.channel = q.value(2).toString();
                row.category = q.value(3).toString();
                row.summary = q.value(4).toString();
                row.state = q.value(5).toString();
                row.counselorName = q.value(6).toString();
                row.wrapupCode = q.value(7).toString();
                row.quotedGuidance = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                rows.append(row);
            }
            return DbResult::success(QVariant::fromValue(rows));
        },
        [done](const DbResult& result) {
            done(result.ok ? result.value.value<QList<CaseSummary>>() : QList<CaseSummary> {});
        },
        this);
}

} // namespace minwon
