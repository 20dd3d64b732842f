// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoSeeder.h"

#include "db/DbError.h"
#include "db/SqlArray.h"
#include "db/SqlConnection.h"
#include "demo/DemoMix.h"
#include "demo/DemoNames.h"
#include "kb/ArticleFile.h"
#include "kb/KbRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace minwon {

namespace {

struct DemoSeederTr
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
};

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullTime()
{
    return QVariant(QMetaType::fromType<QDateTime>());
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid uuidFrom(QRandomGenerator& rng)
{
    // Deterministic version-4 ids for a deterministic demo.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

double exponential(QRandomGenerator& rng, double mean)
{
    return -mean * std::log(1.0 - rng.generateDouble() * 0.999999);
}

QJsonObject loadJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Template
{
    QString summary;
    QString answer;
    QString wrapup;
};

struct Person
{
    QUuid id;
    QString login;
    int room = 0;
};

struct KbVersionRef
{
    QString articleId;
    int version = 0;
    QString category;
    QDate from;
    QDate until;
};

} // namespace

struct DemoSeeder::Impl
{
    QSqlDatabase db;
    Options options;
    QRandomGenerator rng;
    QString error;
    Stats stats;
    Progress progress;
    QTimeZone zone {"Asia/Seoul"};

    QJsonObject organisation;
    QJsonObject templates;
    QList<Person> counselors;
    QHash<QString, QUuid> peopleByLogin;
    QHash<QString, QList<KbVersionRef>> kbByCategory;
    QHash<QString, QList<Template>> templatesByCategory;
    QStringList streets;
    QStringList businesses;
    QJsonArray violations;

    bool exec(QSqlQuery& q, const QString& sql)
    {
        if (q.exec(sql))
            return true;
        error = DbError::describe(q.lastError()) + QStringLiteral("\n") + sql.left(200);
        return false;
    }
    bool exec(QSqlQuery& q)
    {
        if (q.exec())
            return true;
        error = DbError::describe(q.lastError()) + QStringLiteral("\n") + q.lastQuery().left(200);
        return false;
    }
    void report(const QString& step, int percent)
    {
        if (progress)
            progress(step, percent);
    }

    bool reset();
    bool departments();
    bool people();
    bool knowledgeBase();
    void loadTemplates();
    bool history();
    bool liveState();
};

DemoSeeder::DemoSeeder(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

QString DemoSeeder::loginForRole(const QString& role)
{
    if (role == QLatin1String("supervisor"))
        return QStringLiteral("supervisor1");
    if (role == QLatin1String("editor") || role == QLatin1String("kb_editor"))
        return QStringLiteral("editor1");
    if (role == QLatin1String("approver") || role == QLatin1String("kb_approver"))
        return QStringLiteral("approver1");
    if (role == QLatin1String("department"))
        return QStringLiteral("dept_east1");
    if (role == QLatin1String("admin"))
        return QStringLiteral("admin1");
    return QStringLiteral("counselor01");
}

bool DemoSeeder::isSeeded(QString* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM app_settings WHERE key = 'demo.seeded'"))) {
        if (error)
            *error = DbError::describe(q.lastError());
        return false;
    }
    return q.next();
}

bool DemoSeeder::seed(Stats* stats, QString* error, const Progress& progress)
{
    Impl impl;
    impl.db = m_db;
    impl.options = m_options;
    impl.rng.seed(m_options.seed);
    impl.progress = progress;

    if (!m_db.transaction()) {
        if (error)
            *error = DbError::describe(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db);
    const bool ok = (!m_options.reset || impl.reset()) && impl.departments() && impl.people()
        && impl.knowledgeBase() && impl.history() && impl.liveState()
        && impl.exec(q,
                     QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('demo.seeded', "
                                    "jsonb_build_object('at', now(), 'seed', %1)) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                         .arg(m_options.seed));
    if (!ok || !m_db.commit()) {
        if (impl.error.isEmpty())
            impl.error = DbError::describe(m_db.lastError());
        m_db.rollback();
        if (error)
            *error = impl.error;
        return false;
    }
    if (stats)
        *stats = impl.stats;
    return true;
}

bool DemoSeeder::Impl::reset()
{
    report(DemoSeederTr::tr("Removing the earlier demo data"), 1);
    QSqlQuery q(db);
    // The reveal log cannot be emptied (a trigger refuses); wiping a demo is
    // the one deliberate exception, done by the owner and switched back at once.
    if (!exec(q, QStringLiteral("ALTER TABLE pii_reveals DISABLE TRIGGER pii_reveals_no_truncate")))
        return false;
    const bool wiped = exec(
        q,
        QStringLiteral("TRUNCATE forward_notes, forwards, violation_reports, case_reviews, case_quotes, "
                       "kb_acknowledgements, contact_messages, contact_events, pii_reveals, "
                       "applied_ops, agent_status_log, agent_status, cases, contacts, kb_versions, "
                       "kb_articles CASCADE"));
    const bool restored
        = exec(q, QStringLiteral("ALTER TABLE pii_reveals ENABLE TRIGGER pii_reveals_no_truncate"));
    return wiped && restored && exec(q, QStringLiteral("DELETE FROM app_settings WHERE key = 'demo.seeded'"));
}

bool DemoSeeder::Impl::departments()
{
    report(DemoSeederTr::tr("Departments"), 2);
    organisation = loadJson(QStringLiteral(":/demo/organisation.json"));
    if (organisation.isEmpty()) {
        error = DemoSeederTr::tr("The demo organisation file is missing from the resources.");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO departments (code, name_ko, name_en, kind, forward_due_hours) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"));
    for (const QJsonValue& value : organisation.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject d = value.toObject();
        q.addBindValue(d.value(QStringLiteral("code")).toString());
        q.addBindValue(d.value(QStringLiteral("name_ko")).toString());
        q.addBindValue(d.value(QStringLiteral("name_en")).toString());
        q.addBindValue(d.value(QStringLiteral("kind")).toString());
        q.addBindValue(d.value(QStringLiteral("due_hours")).toInt(24));
        if (!exec(q))
            return false;
        ++stats.departments;
    }
    return true;
}

bool DemoSeeder::Impl::people()
{
    report(DemoSeederTr::tr("People and their sign-in roles"), 5);
    struct Row
    {
        QString login, name, role;
        int room = 0;
        QString department;
    };
    QList<Row> rows;
    const QJsonObject p = organisation.value(QStringLiteral("people")).toObject();
    const int perRoom = p.value(QStringLiteral("counselors_per_room")).toInt(25);
    QRandomGenerator names(options.seed ^ 0x5eed);
    for (int i = 1; i <= perRoom * 2; ++i)
        rows.append({QStringLiteral("counselor%1").arg(i, 2, 10, QLatin1Char('0')),
                     demo::personName(names),
                     QStringLiteral("counselor"),
                     i <= perRoom ? 1 : 2,
                     {}});
    for (const QJsonValue& v : p.value(QStringLiteral("supervisors")).toArray())
        rows.append({v[QStringLiteral("login")].toString(),
                     demo::personName(names),
                     QStringLiteral("supervisor"),
                     v[QStringLiteral("room")].toInt(),
                     {}});
    for (const QJsonValue& v : p.value(QStringLiteral("editors")).toArray())
        rows.append({v[QStringLiteral("login")].toString(),
                     demo::personName(names),
                     QStringLiteral("kb_editor"),
                     0,
                     {}});
    for (const QJsonValue& v : p.value(QStringLiteral("approvers")).toArray())
        rows.append({v[QStringLiteral("login")].toString(),
                     demo::personName(names),
                     QStringLiteral("kb_approver"),
                     0,
                     {}});
    for (const QJsonValue& v : p.value(QStringLiteral("department_staff")).toArray())
        rows.append({v[QStringLiteral("login")].toString(), demo::personName(names),
                     QStringLiteral("department"), 0, v[QStringLiteral("department")].toString()});
    for (const QJsonValue& v : p.value(QStringLiteral("admins")).toArray())
        rows.append(
            {v[QStringLiteral("login")].toString(), demo::personName(names), QStringLiteral("admin"), 0, {}});

    QSqlQuery q(db);
    QSqlQuery role(db);
    for (const Row& row : rows) {
        // Each person signs in as their own login role, a member of the group
        // role of their workspace. Roles belong to the cluster and may exist.
        const QString group = QStringLiteral("minwon_") + row.role;
        if (!exec(role,
                  QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) "
                                 "THEN CREATE ROLE %2 LOGIN; END IF; END $$")
                      .arg(QLatin1Char('\'') + row.login + QLatin1Char('\''), quoteIdentifier(row.login)))
            || !exec(
                role,
                QStringLiteral("GRANT %1 TO %2").arg(quoteIdentifier(group), quoteIdentifier(row.login))))
            return false;
        q.prepare(QStringLiteral("INSERT INTO people (login, display_name, role, room_id, department_code) "
                                 "VALUES (?, ?, ?, nullif(?, 0), nullif(?, '')) "
                                 "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name "
                                 "RETURNING id"));
        q.addBindValue(row.login);
        q.addBindValue(row.name);
        q.addBindValue(row.role);
        q.addBindValue(row.room);
        q.addBindValue(row.department);
        if (!exec(q) || !q.next())
            return false;
        const QUuid id = QUuid::fromString(q.value(0).toString());
        peopleByLogin.insert(row.login, id);
        if (row.role == QLatin1String("counselor")) {
            counselors.append({id, row.login, row.room});
            ++stats.counselors;
        }
        ++stats.people;
    }
    return true;
}

bool DemoSeeder::Impl::knowledgeBase()
{
    report(DemoSeederTr::tr("Knowledge base"), 10);
    // The guidance was written for spring 2021; move its dates by whole weeks
    // so that what was in force on 2021-04-16 is in force today.
    const QDate anchor(2021, 4, 16);
    const QDate today = options.now.toTimeZone(zone).date();
    stats.dateShiftDays = int(anchor.daysTo(today) / 7 * 7);

    QMap<QString, QMap<int, ArticleFile>> articles;
    QDir dir(QStringLiteral(":/demo/kb"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            error = DemoSeederTr::tr("Cannot read the demo article %1.").arg(name);
            return false;
        }
        ArticleFile article;
        ArticleFile::ParseError parseError;
        if (!ArticleFile::parse(QString::fromUtf8(file.readAll()), &article, &parseError)) {
            error = DemoSeederTr::tr("Demo article %1, line %2: %3")
                        .arg(name)
                        .arg(parseError.line)
                        .arg(parseError.message);
            return false;
        }
        article.effectiveFrom = article.effectiveFrom.addDays(stats.dateShiftDays);
        if (article.effectiveUntil.isValid())
            article.effectiveUntil = article.effectiveUntil.addDays(stats.dateShiftDays);
        const int version = article.version > 0 ? article.version : 1;
        articles[article.id].insert(version, article);
    }

    KbRepository repo(db);
    const QUuid editor = peopleByLogin.value(QStringLiteral("editor1"));
    const QUuid approver = peopleByLogin.value(QStringLiteral("approver1"));
    for (auto it = articles.cbegin(); it != articles.cend(); ++it) {
        const QMap<int, ArticleFile>& versions = it.value();
        const int last = versions.lastKey();
        for (auto v = versions.cbegin(); v != versions.cend(); ++v) {
            const ArticleFile& a = v.value();
            KbRepository::VersionMeta meta;
            const bool expired = a.effectiveUntil.isValid() && a.effectiveUntil < today;
            meta.status = v.key() < last
                ? QStringLiteral("superseded")
                : (expired ? QStringLiteral("expired") : QStringLiteral("published"));
            meta.authorId = editor;
            meta.approverId = approver;
            const QDateTime start(a.effectiveFrom.addDays(-1), QTime(17, 30), zone);
            meta.createdAt = start.addSecs(-3 * 3600);
            meta.approvedAt = start;
            meta.publishedAt = start;
            if (!repo.insertVersion(a, v.key(), meta, &error)) {
                error = DemoSeederTr::tr("Demo article %1 version %2: %3").arg(a.id).arg(v.key()).arg(error);
                return false;
            }
            ++stats.versions;
            QString top = a.category.section(QLatin1Char('.'), 0, 0);
            const KbVersionRef ref {a.id, v.key(), a.category, a.effectiveFrom, a.effectiveUntil};
            kbByCategory[a.category].append(ref);
            if (top != a.category)
                kbByCategory[top].append(ref);
        }
        ++stats.articles;
    }
    return true;
}

void DemoSeeder::Impl::loadTemplates()
{
    templates = loadJson(QStringLiteral(":/demo/case_templates.json"));
    const QJsonObject categories = templates.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject t = v.toObject();
            templatesByCategory[it.key()].append(
                {t.value(QStringLiteral("summary")).toString(), t.value(QStringLiteral("answer")).toString(),
                 t.value(QStringLiteral("wrapup")).toString(QStringLiteral("answered"))});
        }
    }
    for (const QString& code : demo::subcategories()) {
        if (templatesByCategory.value(code).isEmpty())
            templatesByCategory[code].append({DemoSeederTr::tr("General enquiry"),
                                              DemoSeederTr::tr("Explained the procedure."),
                                              QStringLiteral("answered")});
    }
    for (const QJsonValue& v : templates.value(QStringLiteral("streets")).toArray())
        streets << v.toString();
    for (const QJsonValue& v : templates.value(QStringLiteral("business_names")).toArray())
        businesses << v.toString();
    if (streets.isEmpty())
        streets << QStringLiteral("한빛대로");
    if (businesses.isEmpty())
        businesses << QStringLiteral("한빛노래연습장");
    violations = templates.value(QStringLiteral("violations")).toArray();
}

bool DemoSeeder::Impl::history()
{
    loadTemplates();
    QSqlQuery q(db);
    // Bulk history: no per-row notifications, audit rows or state tracking for
    // events that happened "before the system was installed"; the contact
    // events are derived in one statement below. Re-enabled before commit.
    for (const char* table : {"contacts", "cases", "violation_reports", "forwards"}) {
        if (!exec(q, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table))))
            return false;
    }
    if (!exec(q, QStringLiteral("SET CONSTRAINTS contacts_case_fk DEFERRED")))
        return false;

    const QDateTime now = options.now.toTimeZone(zone);
    const QDate today = now.date();
    const QJsonArray districts = organisation.value(QStringLiteral("districts")).toArray();
    const QJsonObject categoryDepartments
        = organisation.value(QStringLiteral("category_departments")).toObject();

    // Repeat callers make the caller's history worth showing.
    QStringList regulars;
    for (int i = 0; i < 400; ++i)
        regulars << demo::mobileNumber(rng);

    BulkColumns contacts(15);
    BulkColumns cases(24);
    BulkColumns quotes(4);
    BulkColumns reports(9);
    BulkColumns forwards(14);
    BulkColumns reviews(9);

    auto flush = [&]() -> bool {
        QSqlQuery ins(db);
        if (contacts.rows()) {
            ins.prepare(QStringLiteral(
                "INSERT INTO contacts (id, channel, sender, sender_display, preview, priority, state, "
                "arrived_at, "
                " claimed_by, claimed_at, done_at, abandoned_at, case_id, source, state_changed_at) "
                "SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::smallint[], "
                " ?::text[], ?::timestamptz[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], "
                "?::timestamptz[], "
                " ?::uuid[], ?::text[], ?::timestamptz[])"));
            for (int i = 0; i < 15; ++i)
                ins.addBindValue(contacts.column(i));
            if (!exec(ins))
                return false;
        }
        if (cases.rows()) {
            ins.prepare(QStringLiteral(
                "INSERT INTO cases (id, contact_id, channel, sender, citizen_name, phone, address, "
                "category_code, "
                " subcategory_code, summary, answer, wrapup_code, callback_requested, callback_at, "
                " callback_done_at, state, counselor_id, room_id, opened_at, completed_at, created_at, "
                " updated_at, updated_by, version) "
                "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], "
                "?::text[], "
                " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::timestamptz[], "
                " ?::timestamptz[], ?::text[], ?::uuid[], ?::smallint[], ?::timestamptz[], ?::timestamptz[], "
                " ?::timestamptz[], ?::timestamptz[], ?::uuid[], ?::integer[])"));
            for (int i = 0; i < 24; ++i)
                ins.addBindValue(cases.column(i));
            if (!exec(ins))
                return false;
        }
        if (quotes.rows()) {
            ins.prepare(
                QStringLiteral("INSERT INTO case_quotes (case_id, article_id, version_no, quoted_at) "
                               "SELECT * FROM unnest(?::uuid[], ?::text[], ?::integer[], ?::timestamptz[])"));
            for (int i = 0; i < 4; ++i)
                ins.addBindValue(quotes.column(i));
            if (!exec(ins))
                return false;
        }
        if (reports.rows()) {
            ins.prepare(QStringLiteral("INSERT INTO violation_reports (id, case_id, kind, place_address, "
                                       "business_name, observed_at, "
                                       " description, created_at, created_by) "
                                       "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], "
                                       "?::text[], ?::timestamptz[], "
                                       " ?::text[], ?::timestamptz[], ?::uuid[])"));
            for (int i = 0; i < 9; ++i)
                ins.addBindValue(reports.column(i));
            if (!exec(ins))
                return false;
        }
        if (forwards.rows()) {
            ins.prepare(QStringLiteral(
                "INSERT INTO forwards (id, case_id, report_id, department_code, purpose, state, result, "
                "sent_at, "
                " sent_by, due_at, acknowledged_at, checked_at, closed_at, updated_at) "
                "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], "
                "?::text[], "
                " ?::timestamptz[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], "
                " ?::timestamptz[], ?::timestamptz[])"));
            for (int i = 0; i < 14; ++i)
                ins.addBindValue(forwards.column(i));
            if (!exec(ins))
                return false;
        }
        if (reviews.rows()) {
            ins.prepare(QStringLiteral(
                "INSERT INTO case_reviews (case_id, reviewer_id, decision, comment, score_reception, "
                " score_greeting, score_attitude, score_handling, reviewed_at) "
                "SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::smallint[], "
                "?::smallint[], "
                " ?::smallint[], ?::smallint[], ?::timestamptz[])"));
            for (int i = 0; i < 9; ++i)
                ins.addBindValue(reviews.column(i));
            if (!exec(ins))
                return false;
        }
        contacts.clear();
        cases.clear();
        quotes.clear();
        reports.clear();
        forwards.clear();
        reviews.clear();
        return true;
    };

    const QUuid supervisors[] = {peopleByLogin.value(QStringLiteral("supervisor1")),
                                 peopleByLogin.value(QStringLiteral("supervisor2"))};
    const QUuid deptStaff = peopleByLogin.value(QStringLiteral("dept_east1"));
    const int totalDays = options.days + 1;
    for (int offset = options.days; offset >= 0; --offset) {
        const QDate date = today.addDays(-offset);
        report(DemoSeederTr::tr("Cases of %1").arg(date.toString(Qt::ISODate)),
               15 + 75 * (totalDays - offset) / totalDays);
        const int volume = int(std::lround(options.perWeekday * demo::weekdayFactor(date.dayOfWeek())));
        for (int i = 0; i < volume; ++i) {
            // Arrival: spread over the day by the hourly shape.
            const int hour = demo::pickHour(rng);
            const QDateTime arrived(date, QTime(hour, int(rng.bounded(60)), int(rng.bounded(60))), zone);
            const QString channel = demo::pickChannel(rng);
            const QString sub = demo::pickSubcategory(rng);
            const QString top = sub.section(QLatin1Char('.'), 0, 0);
            const bool voice = channel == QLatin1String("phone") || channel == QLatin1String("fax");
            const QString display = rng.bounded(10) == 0 ? regulars.at(int(rng.bounded(regulars.size())))
                                                         : demo::mobileNumber(rng);
            QString sender = display;
            sender.remove(QLatin1Char('-'));
            QString senderDisplay = display;
            if (!voice && channel != QLatin1String("sms")) {
                // Messenger contacts arrive with a handle, not a number.
                sender = channel + QStringLiteral(":user") + QString::number(rng.bounded(100000, 999999));
                senderDisplay = sender.section(QLatin1Char(':'), 1);
            }
            const QUuid contactId = uuidFrom(rng);
            const QList<Template>& choices = templatesByCategory.value(sub);
            Template tpl = choices.at(int(rng.bounded(choices.size())));
            // A violation case is summarised by the report it records.
            QJsonObject violation;
            if (sub == QLatin1String("covid19.violation") && !violations.isEmpty()) {
                violation = violations.at(int(rng.bounded(violations.size()))).toObject();
                const QString summary = violation.value(QStringLiteral("summary")).toString();
                if (!summary.isEmpty())
                    tpl.summary = summary;
                tpl.wrapup = QStringLiteral("violation");
            }

            if (arrived > now.addSecs(-600))
                continue; // the live queue is made below
            ++stats.contacts;

            // Phone callers sometimes hang up before anyone answers.
            if (channel == QLatin1String("phone") && rng.bounded(1000) < 55) {
                const QDateTime gone = arrived.addSecs(5 + rng.bounded(120));
                contacts.add({uuidText(contactId), channel, sender, senderDisplay, tpl.summary, 0,
                              QStringLiteral("abandoned"), arrived, nullText(), nullTime(), nullTime(), gone,
                              nullText(), QStringLiteral("demo"), gone});
                ++stats.abandoned;
                continue;
            }
            const double waitMean = channel == QLatin1String("phone") ? 13.0 : 1500.0;
            // Answered by now: a case is never opened in the future (a text
            // that waited longer would still be in the live queue).
            const qint64 wait = std::min<qint64>({qint64(exponential(rng, waitMean)), voice ? 600 : 4 * 3600,
                                                  qMax<qint64>(0, arrived.secsTo(now) - 60)});
            const QDateTime claimed = arrived.addSecs(wait + 1);
            const Person& counselor = counselors.at(int(rng.bounded(counselors.size())));
            const qint64 talk = voice ? qMax<qint64>(45, qint64(exponential(rng, 170) + 40))
                                      : qMax<qint64>(60, qint64(exponential(rng, 240)));
            const QDateTime ended = claimed.addSecs(talk);
            const QDateTime completed = ended.addSecs(20 + rng.bounded(80));
            const bool inProgress = completed > now;
            const QUuid caseId = uuidFrom(rng);

            QString wrapup = tpl.wrapup.isEmpty() ? QStringLiteral("answered") : tpl.wrapup;
            QString state = inProgress ? QStringLiteral("open") : QStringLiteral("completed");
            const bool callback = wrapup == QLatin1String("callback");
            const QDateTime callbackAt = completed.addSecs(3600 * (1 + rng.bounded(24)));
            const bool named = rng.bounded(100) < 40;
            const QString district = districts.isEmpty() ? QStringLiteral("동구")
                                                         : districts.at(int(rng.bounded(districts.size())))
                                                               .toObject()
                                                               .value(QStringLiteral("name"))
                                                               .toString();
            const QString address = QStringLiteral("한빛시 %1 %2 %3")
                                        .arg(district, streets.at(int(rng.bounded(streets.size()))))
                                        .arg(rng.bounded(1, 400));
            const bool withAddress = sub == QLatin1String("covid19.violation") || rng.bounded(100) < 15;

            if (!inProgress && offset >= 1) {
                const int r = int(rng.bounded(1000));
                if (r < 80 || r >= 996) {
                    const bool returned = r >= 996;
                    state = returned ? QStringLiteral("returned") : QStringLiteral("approved");
                    reviews.add({uuidText(caseId), uuidText(supervisors[counselor.room == 2 ? 1 : 0]),
                                 returned ? QStringLiteral("returned") : QStringLiteral("approved"),
                                 returned ? DemoSeederTr::tr(
                                     "Please add the guidance you quoted and the callback time.")
                                          : QString(),
                                 3 + rng.bounded(3), 3 + rng.bounded(3), 3 + rng.bounded(3),
                                 3 + rng.bounded(3), completed.addSecs(3600 * (2 + rng.bounded(20)))});
                }
            }
            contacts.add({uuidText(contactId), channel, sender, senderDisplay, tpl.summary, 0,
                          inProgress ? QStringLiteral("claimed") : QStringLiteral("done"), arrived,
                          uuidText(counselor.id), claimed, inProgress ? nullTime() : QVariant(ended),
                          nullTime(), uuidText(caseId), QStringLiteral("demo"),
                          inProgress ? claimed : ended});
            cases.add(
                {uuidText(caseId),
                 uuidText(contactId),
                 channel,
                 sender,
                 named ? demo::personName(rng) : nullText(),
                 voice ? display : nullText(),
                 withAddress ? QVariant(address) : nullText(),
                 top,
                 sub,
                 tpl.summary,
                 inProgress ? QString() : tpl.answer,
                 inProgress ? nullText() : QVariant(wrapup),
                 callback,
                 callback ? QVariant(callbackAt) : nullTime(),
                 callback && callbackAt < now.addSecs(-3600) ? QVariant(callbackAt.addSecs(600)) : nullTime(),
                 state,
                 uuidText(counselor.id),
                 counselor.room,
                 claimed,
                 inProgress ? nullTime() : QVariant(completed),
                 claimed,
                 inProgress ? claimed : completed,
                 uuidText(counselor.id),
                 1});
            ++stats.cases;

            // The guidance the counselor quoted: a version in force that day.
            const QList<KbVersionRef>& kb
                = kbByCategory.value(sub).isEmpty() ? kbByCategory.value(top) : kbByCategory.value(sub);
            if (!kb.isEmpty() && rng.bounded(100) < 60) {
                QList<const KbVersionRef*> inForce;
                for (const KbVersionRef& ref : kb)
                    if (ref.from <= date && (!ref.until.isValid() || ref.until >= date))
                        inForce.append(&ref);
                if (!inForce.isEmpty()) {
                    const KbVersionRef* ref = inForce.at(int(rng.bounded(inForce.size())));
                    quotes.add({uuidText(caseId), ref->articleId, ref->version, claimed.addSecs(talk / 2)});
                    ++stats.quotes;
                }
            }

            if (sub == QLatin1String("covid19.violation") && !violations.isEmpty()) {
                const QJsonObject v = violation.isEmpty() ? violations.first().toObject() : violation;
                const QUuid reportId = uuidFrom(rng);
                // A business of the kind the report names (a 노래연습장 report
                // names a 노래연습장), or none.
                QString business;
                const QString kind = v.value(QStringLiteral("business")).toString();
                if (!kind.isEmpty()) {
                    QStringList matching;
                    for (const QString& b : std::as_const(businesses))
                        if (b.endsWith(kind))
                            matching << b;
                    if (!matching.isEmpty())
                        business = matching.at(int(rng.bounded(matching.size())));
                }
                reports.add({uuidText(reportId), uuidText(caseId), v.value(QStringLiteral("kind")).toString(),
                             address, business.isEmpty() ? nullText() : QVariant(business),
                             arrived.addSecs(-60 * (5 + rng.bounded(50))),
                             v.value(QStringLiteral("description")).toString(), completed,
                             uuidText(counselor.id)});
                ++stats.reports;
                QString enforcement = QStringLiteral("enf_east");
                for (const QJsonValue& d : districts)
                    if (address.contains(d[QStringLiteral("name")].toString()))
                        enforcement = d[QStringLiteral("enforcement")].toString();
                const bool old = completed < now.addSecs(-8 * 3600);
                const bool checked = completed < now.addSecs(-3 * 3600);
                const QString fstate = old ? QStringLiteral("closed")
                                           : (checked ? QStringLiteral("checked") : QStringLiteral("sent"));
                forwards.add(
                    {uuidText(uuidFrom(rng)), uuidText(caseId), uuidText(reportId), enforcement,
                     QStringLiteral("action"), fstate,
                     checked ? QVariant(DemoSeederTr::tr("Field check done: guidance given on the spot."))
                             : nullText(),
                     completed, uuidText(counselor.id), completed.addSecs(4 * 3600),
                     checked ? QVariant(completed.addSecs(1800)) : nullTime(),
                     checked ? QVariant(completed.addSecs(3 * 3600)) : nullTime(),
                     old ? QVariant(completed.addSecs(6 * 3600)) : nullTime(), completed});
                ++stats.forwards;
                if (rng.bounded(100) < 30) {
                    forwards.add({uuidText(uuidFrom(rng)), uuidText(caseId), uuidText(reportId),
                                  QStringLiteral("disaster_hq"), QStringLiteral("share"),
                                  old ? QStringLiteral("closed") : QStringLiteral("sent"), nullText(),
                                  completed, uuidText(counselor.id), completed.addSecs(24 * 3600), nullTime(),
                                  nullTime(), old ? QVariant(completed.addSecs(12 * 3600)) : nullTime(),
                                  completed});
                    ++stats.forwards;
                }
            } else if (wrapup == QLatin1String("forwarded") && !inProgress) {
                const QString dept = categoryDepartments.value(top).toString(QStringLiteral("civil"));
                const bool old = completed < now.addSecs(-48 * 3600);
                forwards.add(
                    {uuidText(uuidFrom(rng)), uuidText(caseId), nullText(), dept, QStringLiteral("action"),
                     old ? QStringLiteral("closed") : QStringLiteral("sent"),
                     old ? QVariant(DemoSeederTr::tr("Handled by the department.")) : nullText(), completed,
                     uuidText(counselor.id), completed.addSecs(48 * 3600), nullTime(), nullTime(),
                     old ? QVariant(completed.addSecs(30 * 3600)) : nullTime(), completed});
                ++stats.forwards;
            }
            if (contacts.rows() >= 4000 && !flush())
                return false;
        }
    }
    Q_UNUSED(deptStaff);
    if (!flush())
        return false;

    report(DemoSeederTr::tr("Contact events"), 92);
    if (!exec(q,
              QStringLiteral("INSERT INTO contact_events (contact_id, at, state, person_id) "
                             "SELECT id, arrived_at, 'waiting', NULL FROM contacts WHERE source = 'demo' "
                             "UNION ALL SELECT id, claimed_at, 'claimed', claimed_by FROM contacts "
                             " WHERE source = 'demo' AND claimed_at IS NOT NULL "
                             "UNION ALL SELECT id, done_at, 'done', claimed_by FROM contacts "
                             " WHERE source = 'demo' AND done_at IS NOT NULL "
                             "UNION ALL SELECT id, abandoned_at, 'abandoned', NULL FROM contacts "
                             " WHERE source = 'demo' AND abandoned_at IS NOT NULL")))
        return false;
    // Whatever the hour the demo is loaded, every department has work in its
    // list: its three latest forwards are still open (older ones overdue).
    if (!exec(q,
              QStringLiteral(
                  "UPDATE forwards SET state = 'sent', result = NULL, acknowledged_at = NULL, "
                  "checked_at = NULL, closed_at = NULL WHERE id IN (SELECT id FROM (SELECT id, row_number() "
                  "OVER (PARTITION BY department_code ORDER BY sent_at DESC) AS n FROM forwards "
                  "WHERE purpose = 'action') latest WHERE n <= 3) AND state = 'closed'")))
        return false;
    if (!exec(q, QStringLiteral("SET CONSTRAINTS contacts_case_fk IMMEDIATE")))
        return false;
    for (const char* table : {"contacts", "cases", "violation_reports", "forwards"}) {
        if (!exec(q, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table))))
            return false;
    }
    return true;
}

bool DemoSeeder::Impl::liveState()
{
    report(DemoSeederTr::tr("The live queue and counselor states"), 95);
    const QDateTime now = options.now;
    QSqlQuery q(db);

    // Who is at work right now: most counselors, some on a contact.
    QSqlQuery busy(db);
    busy.prepare(
        QStringLiteral("SELECT claimed_by, id FROM contacts WHERE state = 'claimed' AND source = 'demo'"));
    if (!exec(busy))
        return false;
    QHash<QUuid, QUuid> onContact;
    while (busy.next())
        onContact.insert(QUuid::fromString(busy.value(0).toString()),
                         QUuid::fromString(busy.value(1).toString()));

    q.prepare(
        QStringLiteral("INSERT INTO agent_status (person_id, state, since, room_id, contact_id) "
                       "VALUES (?, ?, ?, ?, ?::uuid) ON CONFLICT (person_id) DO UPDATE SET "
                       "state = excluded.state, since = excluded.since, contact_id = excluded.contact_id"));
    for (const Person& c : std::as_const(counselors)) {
        if (c.login == QLatin1String("counselor01"))
            continue; // the demo user sets their own state when signing in
        QString state;
        QVariant contact = nullText();
        if (onContact.contains(c.id)) {
            state = QStringLiteral("on_contact");
            contact = uuidText(onContact.value(c.id));
        } else {
            const int r = int(rng.bounded(100));
            state = r < 45 ? QStringLiteral("available")
                : r < 70   ? QStringLiteral("after_contact")
                : r < 85   ? QStringLiteral("break")
                           : QStringLiteral("offline");
        }
        q.addBindValue(uuidText(c.id));
        q.addBindValue(state);
        q.addBindValue(now.addSecs(-int(rng.bounded(20, 900))));
        q.addBindValue(c.room);
        q.addBindValue(contact);
        if (!exec(q))
            return false;
    }

    // Contacts waiting now, with live triggers: they arrive like real ones.
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (id, channel, sender, sender_display, preview, priority, "
        "preferred_room, arrived_at, source) VALUES (?, ?, ?, ?, ?, ?, nullif(?, 0), ?, 'demo')"));
    for (int i = 0; i < options.liveWaiting; ++i) {
        const QString channel = demo::pickChannel(rng);
        const QString sub = demo::pickSubcategory(rng);
        const QList<Template>& choices = templatesByCategory.value(sub);
        const QString display = demo::mobileNumber(rng);
        QString sender = display;
        sender.remove(QLatin1Char('-'));
        const bool voice = channel == QLatin1String("phone");
        const int waitedSeconds = voice ? int(rng.bounded(2, 45)) : int(rng.bounded(60, 4000));
        q.addBindValue(uuidText(uuidFrom(rng)));
        q.addBindValue(channel);
        q.addBindValue(sender);
        q.addBindValue(display);
        q.addBindValue(choices.at(int(rng.bounded(choices.size()))).summary);
        q.addBindValue(sub == QLatin1String("covid19.violation") ? 5 : (rng.bounded(10) == 0 ? 3 : 0));
        q.addBindValue(rng.bounded(5) == 0 ? 1 + int(rng.bounded(2)) : 0);
        q.addBindValue(now.addSecs(-waitedSeconds));
        if (!exec(q))
            return false;
        ++stats.waiting;
        ++stats.contacts;
    }
    return true;
}

} // namespace minwon
