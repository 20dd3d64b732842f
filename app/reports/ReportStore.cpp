// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minwon::ReportStore {

namespace {

struct ReportStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

QString name(bool korean)
{
    return korean ? QStringLiteral("name_ko") : QStringLiteral("name_en");
}

QVariant nullTime()
{
    return QVariant(QMetaType::fromType<QDateTime>());
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

FigureMeasures measuresAt(const QSqlQuery& q, int first)
{
    FigureMeasures m;
    m.contacts = q.value(first + 0).toLongLong();
    m.answered = q.value(first + 1).toLongLong();
    m.abandoned = q.value(first + 2).toLongLong();
    m.shortAbandoned = q.value(first + 3).toLongLong();
    m.answeredInSl = q.value(first + 4).toLongLong();
    m.waitMs = q.value(first + 5).toLongLong();
    m.handled = q.value(first + 6).toLongLong();
    m.talkMs = q.value(first + 7).toLongLong();
    m.acwMs = q.value(first + 8).toLongLong();
    m.casesCompleted = q.value(first + 9).toLongLong();
    m.fcrResolved = q.value(first + 10).toLongLong();
    m.callbacks = q.value(first + 11).toLongLong();
    return m;
}

const QString kSums = QStringLiteral(
    "sum(f.contacts)::bigint, sum(f.answered)::bigint, sum(f.abandoned)::bigint, "
    "sum(f.short_abandoned)::bigint, "
    "sum(f.answered_in_sl)::bigint, sum(f.wait_ms)::bigint, sum(f.handled)::bigint, sum(f.talk_ms)::bigint, "
    "sum(f.acw_ms)::bigint, sum(f.cases_completed)::bigint, sum(f.fcr_resolved)::bigint, "
    "sum(f.callbacks)::bigint");

struct Name
{
    QString label;
    int sort = 0;
    int thresholdSeconds = 0;
    double targetPct = 0;
    bool active = true;
};

DbResult failure(const QSqlQuery& q)
{
    return DbResult::failure(q.lastError());
}

// The WHERE clause of a case filter, with its values in order.
QString caseWhere(const CaseFilter& f, QVariantList* values)
{
    QStringList parts;
    if (f.from.isValid()) {
        parts << QStringLiteral("c.opened_at >= ?");
        values->append(reportDayStart(f.from));
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("c.opened_at < ?");
        values->append(reportDayStart(f.to.addDays(1)));
    }
    if (f.openedAfter.isValid()) {
        parts << QStringLiteral("c.opened_at > ?");
        values->append(f.openedAfter);
    }
    if (f.openedUntil.isValid()) {
        parts << QStringLiteral("c.opened_at <= ?");
        values->append(f.openedUntil);
    }
    if (f.roomId > 0) {
        parts << QStringLiteral("c.room_id = ?");
        values->append(f.roomId);
    }
    if (!f.counselorId.isNull()) {
        parts << QStringLiteral("c.counselor_id = ?::uuid");
        values->append(uuidText(f.counselorId));
    }
    if (!f.category.isEmpty()) {
        parts << QStringLiteral("(c.category_code = ? OR c.subcategory_code = ?)");
        values->append(f.category);
        values->append(f.category);
    }
    if (!f.channel.isEmpty()) {
        parts << QStringLiteral("c.channel = ?");
        values->append(f.channel);
    }
    if (!f.state.isEmpty()) {
        parts << QStringLiteral("c.state = ?");
        values->append(f.state);
    }
    if (!f.wrapupCode.isEmpty()) {
        parts << QStringLiteral("c.wrapup_code = ?");
        values->append(f.wrapupCode);
    }
    if (f.hasForward != CaseFilter::Tri::Any)
        parts << QStringLiteral("%1 EXISTS (SELECT 1 FROM forwards fw WHERE fw.case_id = c.id)")
                     .arg(f.hasForward == CaseFilter::Tri::No ? QStringLiteral("NOT") : QString());
    if (f.returned != CaseFilter::Tri::Any)
        parts << QStringLiteral("%1 EXISTS (SELECT 1 FROM case_reviews rv WHERE rv.case_id = c.id "
                                "AND rv.decision = 'returned')")
                     .arg(f.returned == CaseFilter::Tri::No ? QStringLiteral("NOT") : QString());
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        parts << QStringLiteral("(c.summary ILIKE ? ESCAPE '\\' OR c.answer ILIKE ? ESCAPE '\\')");
        values->append(pattern);
        values->append(pattern);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

bool prepareAndBind(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return true;
}

CaseRow readCaseRow(const QSqlQuery& q)
{
    CaseRow r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.openedAt = q.value(1).toDateTime();
    r.channel = q.value(2).toString();
    r.channelName = q.value(3).toString();
    r.category = q.value(4).toString();
    r.categoryName = q.value(5).toString();
    r.summary = q.value(6).toString();
    r.state = q.value(7).toString();
    r.counselorName = q.value(8).toString();
    r.roomName = q.value(9).toString();
    r.wrapupCode = q.value(10).toString();
    r.wrapupName = q.value(11).toString();
    r.callbackRequested = q.value(12).toBool();
    r.hasForward = q.value(13).toBool();
    r.everReturned = q.value(14).toBool();
    r.version = q.value(15).toInt();
    return r;
}

QString caseColumns(bool korean)
{
    return QStringLiteral("SELECT c.id, c.opened_at, c.channel, coalesce(ch.%1, c.channel), "
                          " coalesce(c.subcategory_code, c.category_code, ''), "
                          " CASE WHEN sc.code IS NOT NULL AND tc.code IS NOT NULL AND sc.code <> tc.code "
                          "      THEN tc.%1 || ' · ' || sc.%1 ELSE coalesce(sc.%1, tc.%1, '') END, "
                          " c.summary, c.state, coalesce(p.display_name, ''), coalesce(r.%1, ''), "
                          " coalesce(c.wrapup_code, ''), coalesce(w.%1, ''), c.callback_requested, "
                          " EXISTS (SELECT 1 FROM forwards fw WHERE fw.case_id = c.id), "
                          " EXISTS (SELECT 1 FROM case_reviews rv WHERE rv.case_id = c.id AND rv.decision = "
                          "'returned'), "
                          " c.version "
                          "FROM cases c LEFT JOIN channels ch ON ch.code = c.channel "
                          "LEFT JOIN categories tc ON tc.code = c.category_code "
                          "LEFT JOIN categories sc ON sc.code = c.subcategory_code "
                          "LEFT JOIN people p ON p.id = c.counselor_id "
                          "LEFT JOIN rooms r ON r.id = c.room_id "
                          "LEFT JOIN wrapup_codes w ON w.code = c.wrapup_code ")
        .arg(name(korean));
}

OpenForward readForward(const QSqlQuery& q)
{
    OpenForward f;
    f.id = QUuid::fromString(q.value(0).toString());
    f.caseId = QUuid::fromString(q.value(1).toString());
    f.department = q.value(2).toString();
    f.departmentName = q.value(3).toString();
    f.purpose = q.value(4).toString();
    f.state = q.value(5).toString();
    f.summary = q.value(6).toString();
    f.sentAt = q.value(7).toDateTime();
    f.dueAt = q.value(8).toDateTime();
    f.version = q.value(9).toInt();
    return f;
}

QString forwardSql(bool korean, bool one)
{
    return QStringLiteral("SELECT f.id, f.case_id, f.department_code, coalesce(d.%1, f.department_code), "
                          "f.purpose, f.state, "
                          " coalesce(k.summary, ''), f.sent_at, "
                          " coalesce(f.due_at, f.sent_at + make_interval(hours => "
                          "coalesce(d.forward_due_hours, 24))) AS due, "
                          " f.version "
                          "FROM forwards f LEFT JOIN departments d ON d.code = f.department_code "
                          "LEFT JOIN cases k ON k.id = f.case_id "
                          "WHERE f.state <> 'closed' %2 "
                          "ORDER BY due, f.sent_at, f.id LIMIT 5000")
        .arg(name(korean), one ? QStringLiteral("AND f.id = ?::uuid") : QString());
}

} // namespace

DbResult loadFigures(QSqlDatabase& db, const QDate& from, const QDate& to, bool korean, const QDateTime& now)
{
    FigureSet set;
    set.from = from;
    set.to = to;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // The names first: every active channel and room appears, with or without contacts.
    QHash<QString, Name> channels;
    QHash<QString, Name> categories;
    QHash<QString, Name> rooms;
    QHash<QString, Name> people;
    if (!q.exec(QStringLiteral(
                    "SELECT 'channel', code, %1, sort_order, sl_threshold_s, sl_target_pct::float8, active "
                    "FROM channels UNION ALL "
                    "SELECT 'category', code, %1, sort_order, 0, 0, active FROM categories "
                    "WHERE parent_code IS NULL UNION ALL "
                    "SELECT 'room', id::text, %1, id, 0, 0, true FROM rooms UNION ALL "
                    "SELECT 'person', id::text, display_name, 0, 0, 0, active FROM people")
                    .arg(name(korean))))
        return failure(q);
    while (q.next()) {
        const QString kind = q.value(0).toString();
        Name n {q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toDouble(),
                q.value(6).toBool()};
        QHash<QString, Name>& target = kind == QLatin1String("channel") ? channels
            : kind == QLatin1String("category")                         ? categories
            : kind == QLatin1String("room")                             ? rooms
                                                                        : people;
        target.insert(q.value(1).toString(), n);
    }

    if (!q.prepare(
            QStringLiteral("WITH f AS MATERIALIZED (SELECT * FROM report_figures(?::date, ?::date, "
                           " coalesce(?::timestamptz, now()))) "
                           "SELECT 'day', f.day::text, %1, bool_and(f.from_rollup) FROM f "
                           " WHERE f.dim = 'all' GROUP BY f.day "
                           "UNION ALL "
                           "SELECT f.dim, f.key, %1, bool_and(f.from_rollup) FROM f GROUP BY f.dim, f.key")
                .arg(kSums)))
        return failure(q);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(now.isValid() ? QVariant(now) : nullTime());
    if (!q.exec())
        return failure(q);

    QHash<QString, FigureRow> hours;
    QHash<QString, FigureRow> days;
    while (q.next()) {
        const QString dim = q.value(0).toString();
        FigureRow row;
        row.key = q.value(1).toString();
        row.m = measuresAt(q, 2);
        if (dim == QLatin1String("all")) {
            set.total = row.m;
        } else if (dim == QLatin1String("day")) {
            (q.value(14).toBool() ? set.rollupDays : set.rawDays) += 1;
            days.insert(row.key, row);
        } else if (dim == QLatin1String("hour")) {
            hours.insert(row.key, row);
        } else if (dim == QLatin1String("channel")) {
            set.byChannel.append(row);
        } else if (dim == QLatin1String("category")) {
            set.byCategory.append(row);
        } else if (dim == QLatin1String("counselor")) {
            set.byCounselor.append(row);
        } else if (dim == QLatin1String("room")) {
            set.byRoom.append(row);
        }
    }

    // Every hour and every day, with or without contacts.
    for (int h = 0; h < 24; ++h) {
        const QString key = QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        FigureRow row = hours.value(key);
        row.key = key;
        row.label = ReportStoreTr::tr("%1:00").arg(key);
        set.byHour.append(row);
    }
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        const QString key = d.toString(Qt::ISODate);
        FigureRow row = days.value(key);
        row.key = key;
        row.label = key;
        set.byDay.append(row);
    }
    // Channels: every active one, in their order, with threshold and target.
    for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
        const bool present = std::any_of(set.byChannel.cbegin(), set.byChannel.cend(),
                                         [&](const FigureRow& r) { return r.key == it.key(); });
        if (!present && it.value().active) {
            FigureRow row;
            row.key = it.key();
            set.byChannel.append(row);
        }
    }
    for (FigureRow& row : set.byChannel) {
        const Name n = channels.value(row.key);
        row.label = n.label.isEmpty() ? row.key : n.label;
        row.thresholdSeconds = n.thresholdSeconds;
        row.targetPct = n.targetPct;
    }
    auto sortBy = [](QList<FigureRow>& rows, const QHash<QString, Name>& names) {
        std::stable_sort(rows.begin(), rows.end(), [&](const FigureRow& a, const FigureRow& b) {
            // The row without a key ("unclassified", "not answered") goes last.
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty();
            const Name na = names.value(a.key);
            const Name nb = names.value(b.key);
            if (na.sort != nb.sort)
                return na.sort < nb.sort;
            return QString::localeAwareCompare(na.label, nb.label) < 0;
        });
    };
    sortBy(set.byChannel, channels);
    for (FigureRow& row : set.byCategory)
        row.label = row.key.isEmpty() ? ReportStoreTr::tr("Unclassified") : categories.value(row.key).label;
    sortBy(set.byCategory, categories);
    for (FigureRow& row : set.byCounselor)
        row.label = row.key.isEmpty() ? ReportStoreTr::tr("Not answered") : people.value(row.key).label;
    sortBy(set.byCounselor, people);
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it) {
        const bool present = std::any_of(set.byRoom.cbegin(), set.byRoom.cend(),
                                         [&](const FigureRow& r) { return r.key == it.key(); });
        if (!present) {
            FigureRow row;
            row.key = it.key();
            set.byRoom.append(row);
        }
    }
    for (FigureRow& row : set.byRoom)
        row.label = row.key.isEmpty() ? ReportStoreTr::tr("No room") : rooms.value(row.key).label;
    sortBy(set.byRoom, rooms);

    if (!q.exec(QStringLiteral("SELECT now()")) || !q.next())
        return failure(q);
    set.computedAt = q.value(0).toDateTime();
    return DbResult::success(QVariant::fromValue(set));
}

DbResult loadSurges(QSqlDatabase& db, bool korean, const QDateTime& at)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT s.category, "
                           " CASE WHEN p.code IS NOT NULL THEN p.%1 || ' · ' || c.%1 ELSE coalesce(c.%1, "
                           "s.category) END, "
                           " s.recent, s.usual::float8, s.factor::float8, s.window_start, s.window_end "
                           "FROM report_surges(coalesce(?::timestamptz, now())) s "
                           "LEFT JOIN categories c ON c.code = s.category "
                           "LEFT JOIN categories p ON p.code = c.parent_code")
                .arg(name(korean))))
        return failure(q);
    q.addBindValue(at.isValid() ? QVariant(at) : nullTime());
    if (!q.exec())
        return failure(q);
    QList<Surge> surges;
    while (q.next())
        surges.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDateTime(),
                       q.value(6).toDateTime()});
    return DbResult::success(QVariant::fromValue(surges));
}

DbResult loadOpenForwards(QSqlDatabase& db, bool korean)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(forwardSql(korean, false)))
        return failure(q);
    QList<OpenForward> items;
    while (q.next())
        items.append(readForward(q));
    return DbResult::success(QVariant::fromValue(items));
}

DbResult loadOpenForward(QSqlDatabase& db, const QUuid& id, bool korean)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(forwardSql(korean, true)))
        return failure(q);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return DbResult::success();
    return DbResult::success(QVariant::fromValue(readForward(q)));
}

DbResult countCases(QSqlDatabase& db, const CaseFilter& filter)
{
    QVariantList values;
    const QString where = caseWhere(filter, &values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareAndBind(q, QStringLiteral("SELECT count(*) FROM cases c") + where, values) || !q.exec()
        || !q.next())
        return failure(q);
    return DbResult::success(q.value(0).toLongLong());
}

DbResult loadCases(QSqlDatabase& db, const CaseFilter& filter, bool korean, int offset, int limit)
{
    QVariantList values;
    const QString where = caseWhere(filter, &values);
    values << limit << offset;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareAndBind(q,
                        caseColumns(korean) + where
                            + QStringLiteral(" ORDER BY c.opened_at DESC, c.id DESC LIMIT ? OFFSET ?"),
                        values)
        || !q.exec())
        return failure(q);
    QList<CaseRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readCaseRow(q));
    return DbResult::success(QVariant::fromValue(rows));
}

DbResult loadCaseDetail(QSqlDatabase& db, const QUuid& caseId, bool korean)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(caseColumns(korean) + QStringLiteral("WHERE c.id = ?::uuid")))
        return failure(q);
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return DbResult::failure(DbError::Kind::Other, ReportStoreTr::tr("The case no longer exists."));
    CaseDetail d;
    d.row = readCaseRow(q);

    if (!q.prepare(
            QStringLiteral(
                "SELECT c.answer, coalesce(sc.%1, ''), coalesce(c.review_comment, ''), c.completed_at, "
                " t.arrived_at, t.claimed_at, t.done_at, c.callback_at, c.reopened_count "
                "FROM cases c LEFT JOIN categories sc ON sc.code = c.subcategory_code "
                "LEFT JOIN contacts t ON t.id = c.contact_id WHERE c.id = ?::uuid")
                .arg(name(korean))))
        return failure(q);
    q.addBindValue(uuidText(caseId));
    if (!q.exec() || !q.next())
        return failure(q);
    d.answer = q.value(0).toString();
    d.subcategoryName = q.value(1).toString();
    d.reviewComment = q.value(2).toString();
    d.completedAt = q.value(3).toDateTime();
    d.arrivedAt = q.value(4).toDateTime();
    d.claimedAt = q.value(5).toDateTime();
    d.doneAt = q.value(6).toDateTime();
    d.callbackAt = q.value(7).toDateTime();
    d.reopenedCount = q.value(8).toInt();

    if (!q.prepare(QStringLiteral(
            "SELECT v.title, cq.version_no FROM case_quotes cq "
            "JOIN kb_versions v ON v.article_id = cq.article_id AND v.version_no = cq.version_no "
            "WHERE cq.case_id = ?::uuid ORDER BY cq.quoted_at")))
        return failure(q);
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return failure(q);
    while (q.next())
        d.quotedGuidance
            << ReportStoreTr::tr("%1 (version %2)").arg(q.value(0).toString()).arg(q.value(1).toInt());

    if (!q.prepare(QStringLiteral("SELECT coalesce(d.%1, f.department_code), f.state FROM forwards f "
                                  "LEFT JOIN departments d ON d.code = f.department_code "
                                  "WHERE f.case_id = ?::uuid ORDER BY f.sent_at")
                       .arg(name(korean))))
        return failure(q);
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return failure(q);
    while (q.next())
        d.forwards << QStringLiteral("%1: %2").arg(q.value(0).toString(), q.value(1).toString());

    if (!q.prepare(
            QStringLiteral("SELECT r.reviewed_at, coalesce(p.display_name, ''), r.decision, r.comment, "
                           " r.score_reception, r.score_greeting, r.score_attitude, r.score_handling, "
                           " r.score_closing FROM case_reviews r LEFT JOIN people p ON p.id = r.reviewer_id "
                           "WHERE r.case_id = ?::uuid ORDER BY r.reviewed_at DESC")))
        return failure(q);
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return failure(q);
    while (q.next()) {
        ReviewRecord r;
        r.reviewedAt = q.value(0).toDateTime();
        r.reviewer = q.value(1).toString();
        r.decision = q.value(2).toString();
        r.comment = q.value(3).toString();
        for (int i = 0; i < 5; ++i)
            r.scores[size_t(i)] = q.isNull(4 + i) ? -1 : q.value(4 + i).toInt();
        d.reviews.append(r);
    }
    return DbResult::success(QVariant::fromValue(d));
}

DbResult review(QSqlDatabase& db, const ReviewInput& input, ReviewStatus* status)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    *status = ReviewStatus::Failed;
    if (!q.prepare(QStringLiteral("SELECT review_case(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failure(q);
    q.addBindValue(uuidText(input.caseId));
    q.addBindValue(input.decision);
    q.addBindValue(input.comment);
    for (int score : input.scores)
        q.addBindValue(score < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(score));
    q.addBindValue(input.seenVersion > 0 ? QVariant(input.seenVersion)
                                         : QVariant(QMetaType::fromType<int>()));
    if (q.exec() && q.next()) {
        *status = ReviewStatus::Saved;
        return DbResult::success(q.value(0).toInt());
    }
    DbResult result = DbResult::failure(q.lastError());
    const QString text = q.lastError().databaseText();
    const QString code = q.lastError().nativeErrorCode();
    if (text.contains(QLatin1String("changed meanwhile"))) {
        *status = ReviewStatus::Conflict;
        result.message
            = ReportStoreTr::tr("The case was changed while you read it; it has been loaded again.");
    } else if (text.contains(QLatin1String("say what to correct"))) {
        *status = ReviewStatus::Refused;
        result.message
            = ReportStoreTr::tr("Say what the counselor should correct before returning the case.");
    } else if (text.contains(QLatin1String("only a completed case"))) {
        *status = ReviewStatus::Refused;
        result.message = ReportStoreTr::tr("Only a completed case can be reviewed.");
    } else if (text.contains(QLatin1String("only a supervisor")) || code == QLatin1String("42501")) {
        *status = ReviewStatus::Refused;
        result.message = ReportStoreTr::tr("Only a supervisor can review cases.");
    }
    return result;
}

DbResult loadReviewSummary(QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT count(*), count(*) FILTER (WHERE decision = 'approved'), "
            " count(*) FILTER (WHERE decision = 'returned'), "
            " count(*) FILTER (WHERE num_nulls(score_reception, score_greeting, score_attitude, "
            "score_handling, "
            "                                  score_closing) = 0), "
            " avg(score_reception), avg(score_greeting), avg(score_attitude), avg(score_handling), "
            " avg(score_closing) "
            "FROM case_reviews WHERE reviewed_at >= ? AND reviewed_at < ?")))
        return failure(q);
    q.addBindValue(reportDayStart(from));
    q.addBindValue(reportDayStart(to.addDays(1)));
    if (!q.exec() || !q.next())
        return failure(q);
    ReviewSummary s;
    s.reviewed = q.value(0).toInt();
    s.approved = q.value(1).toInt();
    s.returned = q.value(2).toInt();
    s.scored = q.value(3).toInt();
    for (int i = 0; i < 5; ++i)
        s.averageScores[size_t(i)] = q.value(4 + i).toDouble();
    return DbResult::success(QVariant::fromValue(s));
}

} // namespace minwon::ReportStore
