// SPDX-License-Identifier: Apache-2.0
#include "generate/DataGenerator.h"

#include "db/DbError.h"
#include "demo/DemoMix.h"
#include "demo/DemoNames.h"
#include "generate/Calendar.h"
#include "generate/CopyWriter.h"
#include "generate/KbCorpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <cstring>
#include <vector>

namespace minwon {

using generate::CopyWriter;

namespace {

struct DataGeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)
};

// The sum of demo::weekdayFactor over a week, divided by 7.
double meanWeekdayFactor()
{
    double sum = 0;
    for (int d = 1; d <= 7; ++d)
        sum += demo::weekdayFactor(d);
    return sum / 7;
}

QJsonObject loadJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Id
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
};

Id randomId(QRandomGenerator& rng)
{
    Id id {rng.generate64(), rng.generate64()};
    id.high = (id.high & ~std::uint64_t(0xF000)) | 0x4000; // version 4
    id.low = (id.low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // variant
    return id;
}

Id idOf(const QUuid& uuid)
{
    const QByteArray b = uuid.toRfc4122();
    Id id;
    for (int i = 0; i < 8; ++i) {
        id.high = (id.high << 8) | quint8(b[i]);
        id.low = (id.low << 8) | quint8(b[8 + i]);
    }
    return id;
}

struct Template
{
    QByteArray summary;
    QByteArray answer;
    QByteArray wrapup;
};

struct Staff
{
    Id id;
    int room = 1;
};

struct KbRef
{
    QByteArray article;
    int version = 0;
    QDate from;
    QDate until;
};

// A PostgreSQL array literal of text, escaped for COPY.
QByteArray textArray(const QStringList& items)
{
    QString literal = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        QString item = items.at(i);
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        literal += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + item + QLatin1Char('"');
    }
    literal += QLatin1Char('}');
    return CopyWriter::escape(literal);
}

const char* const kHistoryTables
    = "forward_notes, forwards, violation_reports, case_reviews, case_quotes, kb_acknowledgements, "
      "contact_messages, contact_events, pii_reveals, applied_ops, agent_status_log, agent_status, cases, "
      "contacts, kb_versions, kb_articles";

} // namespace

struct DataGenerator::Impl
{
    QSqlDatabase db;
    Options options;
    QRandomGenerator rng;
    QString error;
    Stats stats;
    Progress progress;
    QTimeZone zone {"Asia/Seoul"};
    bool replica = false;

    QJsonObject organisation;
    QList<Staff> counselors;
    QList<Staff> supervisors;
    Id editor, approver;
    QHash<QString, QList<Template>> templates;
    QList<QByteArray> streets;
    QList<QByteArray> businesses;
    struct Violation
    {
        QByteArray kind, summary, description, business;
    };
    QList<Violation> violations;
    struct District
    {
        QByteArray name, enforcement;
    };
    QList<District> districts;
    QHash<QString, QByteArray> categoryDepartment;
    QHash<QString, std::vector<KbRef>> kb; // by subcategory and by top category

    CopyWriter contacts {
        "contacts",
        "id, channel, sender, sender_display, preview, priority, state, arrived_at, claimed_by, "
        "claimed_at, done_at, abandoned_at, case_id, source, state_changed_at"};
    CopyWriter cases {"cases",
                      "id, contact_id, channel, sender, citizen_name, phone, address, category_code, "
                      "subcategory_code, summary, answer, wrapup_code, callback_requested, callback_at, "
                      "callback_done_at, state, counselor_id, room_id, opened_at, completed_at, created_at, "
                      "updated_at, updated_by, version"};
    CopyWriter reports {
        "violation_reports",
        "id, case_id, kind, place_address, business_name, observed_at, description, created_at, "
        "created_by"};
    CopyWriter forwards {"forwards",
                         "id, case_id, report_id, department_code, purpose, state, result, sent_at, sent_by, "
                         "due_at, acknowledged_at, checked_at, closed_at, updated_at"};
    CopyWriter quotes {"case_quotes", "case_id, article_id, version_no, quoted_at, quoted_by"};
    CopyWriter reviews {"case_reviews",
                        "case_id, reviewer_id, decision, comment, score_reception, score_greeting, "
                        "score_attitude, score_handling, score_closing, reviewed_at"};
    CopyWriter events {"contact_events", "contact_id, at, state, person_id, room_id"};

    bool exec(const QString& sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        error = DbError::describe(q.lastError()) + QStringLiteral("\n") + sql.left(200);
        return false;
    }
    int days() const
    {
        // Whole months are calendar months: six years from 2018-01-01 end on 2023-12-31.
        const double months = options.years * 12;
        if (std::abs(months - std::round(months)) < 1e-6)
            return qMax(1, int(options.start.daysTo(options.start.addMonths(int(std::lround(months))))));
        return qMax(1, int(std::lround(options.years * 365.25)));
    }
    double perDay() const { return options.perYear * options.scale / 365.25 / meanWeekdayFactor(); }
    /// Today's subcategory weights; their sum / 100 is the day's volume factor.
    double dayWeights(const QDate& date, std::vector<double>* weights) const;
    double dayVolume(const QDate& date, std::vector<double>* weights) const;

    bool prepare();
    bool loadData();
    bool staff();
    bool knowledgeBase();
    bool history();
    bool flush();
    bool verify();
    QStringList droppedIndexes;
    bool dropIndexes();
    bool recreateIndexes();
    bool invalidateReports();
};

DataGenerator::DataGenerator(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

double DataGenerator::Impl::dayVolume(const QDate& date, std::vector<double>* weights) const
{
    const demo::MixTable mix = demo::subcategoryMix();
    const double covid = generate::covidIntensity(date);
    std::vector<double> local;
    std::vector<double>& w = weights ? *weights : local;
    w.assign(size_t(mix.count), 0);
    double sum = 0;
    for (int i = 0; i < mix.count; ++i) {
        const bool isCovid = std::strncmp(mix.codes[i], "covid19.", 8) == 0;
        w[size_t(i)]
            = mix.weights[i] * (isCovid ? covid : 1.0) * generate::subcategoryFactor(mix.codes[i], date);
        sum += w[size_t(i)];
    }
    const double day
        = generate::isHoliday(date) ? demo::weekdayFactor(7) : demo::weekdayFactor(date.dayOfWeek());
    return perDay() * sum / 100.0 * generate::monthFactor(date.month()) * day;
}

qint64 DataGenerator::expectedContacts() const
{
    Impl impl;
    impl.options = m_options;
    double total = 0;
    for (int i = 0; i < impl.days(); ++i)
        total += impl.dayVolume(m_options.start.addDays(i), nullptr);
    return qint64(std::llround(total));
}

bool DataGenerator::run(Stats* stats, QString* error, const Progress& progress)
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
    const bool ok = impl.prepare() && impl.loadData() && impl.staff() && impl.knowledgeBase()
        && impl.dropIndexes() && impl.history() && impl.recreateIndexes() && impl.verify()
        && impl.invalidateReports()
        && impl.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('generate.done', "
                                    "jsonb_build_object('at', now(), 'seed', %1, 'scale', %2, 'years', %3, "
                                    "'start', '%4', 'contacts', %5)) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                         .arg(m_options.seed)
                         .arg(m_options.scale)
                         .arg(m_options.years)
                         .arg(m_options.start.toString(Qt::ISODate))
                         .arg(impl.stats.contacts));
    if (!ok || !m_db.commit()) {
        if (impl.error.isEmpty())
            impl.error = DbError::describe(m_db.lastError());
        m_db.rollback();
        if (error)
            *error = impl.error;
        return false;
    }
    // Fresh statistics, so the first queries after a load plan well.
    impl.exec(QStringLiteral("ANALYZE contacts, cases, contact_events, case_quotes, forwards, "
                             "violation_reports, case_reviews, kb_versions, kb_articles"));
    if (stats)
        *stats = impl.stats;
    return true;
}

bool DataGenerator::Impl::prepare()
{
    QSqlQuery q(db);
    // "truncate cascades to …" and the like would break the progress line.
    if (!exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return false;
    if (options.reset) {
        // The reveal log refuses to be emptied (a trigger, where the security
        // migration is applied); wiping load-test data is the one exception,
        // switched back at once.
        const bool wiped = exec(QStringLiteral("ALTER TABLE pii_reveals DISABLE TRIGGER USER"))
            && exec(QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1String(kHistoryTables)))
            && exec(QStringLiteral("ALTER TABLE pii_reveals ENABLE TRIGGER USER"));
        if (!wiped
            || !exec(
                QStringLiteral("DELETE FROM app_settings WHERE key IN ('generate.done', 'demo.seeded')")))
            return false;
    } else {
        if (!q.exec(QStringLiteral("SELECT 1 FROM app_settings WHERE key = 'generate.done'"))) {
            error = DbError::describe(q.lastError());
            return false;
        }
        if (q.next()) {
            error = DataGeneratorTr::tr("This database already holds generated data; add --reset to replace "
                                        "it (that empties every case, contact and guidance table).");
            return false;
        }
    }
    // As a superuser, replica mode skips every trigger, foreign-key checks
    // included: the generator writes consistent rows and verify() checks
    // them in one pass per foreign key at the end, much faster than a check
    // per row. Otherwise the user triggers are disabled like the demo loader
    // does, and foreign keys are checked per row.
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next()) {
        error = DbError::describe(q.lastError());
        return false;
    }
    replica = q.value(0).toBool();
    if (replica)
        return exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    for (const char* table :
         {"contacts", "cases", "violation_reports", "forwards", "kb_versions", "kb_articles"}) {
        if (!exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table))))
            return false;
    }
    return exec(QStringLiteral("SET CONSTRAINTS contacts_case_fk DEFERRED"));
}

bool DataGenerator::Impl::loadData()
{
    organisation = loadJson(QStringLiteral(":/demo/organisation.json"));
    const QJsonObject t = loadJson(QStringLiteral(":/demo/case_templates.json"));
    if (organisation.isEmpty() || t.isEmpty()) {
        error
            = DataGeneratorTr::tr("The demo organisation or case templates are missing from the resources.");
        return false;
    }
    const QJsonObject categories = t.value(QStringLiteral("categories")).toObject();
    for (const QString& code : demo::subcategories()) {
        for (const QJsonValue& v : categories.value(code).toArray()) {
            const QJsonObject o = v.toObject();
            templates[code].append(
                {CopyWriter::escape(o.value(QStringLiteral("summary")).toString()),
                 CopyWriter::escape(o.value(QStringLiteral("answer")).toString()),
                 o.value(QStringLiteral("wrapup")).toString(QStringLiteral("answered")).toLatin1()});
        }
        if (templates.value(code).isEmpty())
            templates[code].append({CopyWriter::escape(DataGeneratorTr::tr("General enquiry")),
                                    CopyWriter::escape(DataGeneratorTr::tr("Explained the procedure.")),
                                    "answered"});
    }
    for (const QJsonValue& v : t.value(QStringLiteral("streets")).toArray())
        streets << CopyWriter::escape(v.toString());
    for (const QJsonValue& v : t.value(QStringLiteral("business_names")).toArray())
        businesses << CopyWriter::escape(v.toString());
    if (streets.isEmpty())
        streets << CopyWriter::escape(QStringLiteral("한빛대로"));
    for (const QJsonValue& v : t.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject o = v.toObject();
        violations.append({o.value(QStringLiteral("kind")).toString().toLatin1(),
                           CopyWriter::escape(o.value(QStringLiteral("summary")).toString()),
                           CopyWriter::escape(o.value(QStringLiteral("description")).toString()),
                           CopyWriter::escape(o.value(QStringLiteral("business")).toString())});
    }
    if (violations.isEmpty())
        violations.append({"other", CopyWriter::escape(DataGeneratorTr::tr("Violation report")), {}, {}});
    for (const QJsonValue& v : organisation.value(QStringLiteral("districts")).toArray())
        districts.append({CopyWriter::escape(v[QStringLiteral("name")].toString()),
                          v[QStringLiteral("enforcement")].toString().toLatin1()});
    if (districts.isEmpty())
        districts.append({CopyWriter::escape(QStringLiteral("동구")), "enf_east"});
    const QJsonObject cd = organisation.value(QStringLiteral("category_departments")).toObject();
    for (auto it = cd.begin(); it != cd.end(); ++it)
        categoryDepartment.insert(it.key(), it.value().toString().toLatin1());
    return true;
}

bool DataGenerator::Impl::staff()
{
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
        if (!q.exec()) {
            error = DbError::describe(q.lastError());
            return false;
        }
    }
    // 50 counselors for this city's volume, more for more.
    const int counselorCount = qMax(4, int(std::ceil(50.0 * options.perYear * options.scale / 840000.0)));
    const int supervisorCount = qMax(2, 2 * int(std::ceil(counselorCount / 25.0 / 2.0)));
    const QUuid space = QUuid::fromString(QStringLiteral("{6f1e3c1a-4d2b-5c7e-9a10-3b5d7f9e1c24}"));
    QRandomGenerator names(options.seed ^ 0x5eed);
    q.prepare(QStringLiteral("INSERT INTO people (id, login, display_name, role, room_id) "
                             "VALUES (?::uuid, ?, ?, ?, nullif(?, 0)) ON CONFLICT (login) DO NOTHING"));
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM people WHERE login = ?"));
    auto person = [&](const QString& login, const char* role, int room, Id* id) {
        q.addBindValue(QUuid::createUuidV5(space, login).toString(QUuid::WithoutBraces));
        q.addBindValue(login);
        q.addBindValue(demo::personName(names));
        q.addBindValue(QLatin1String(role));
        q.addBindValue(room);
        find.addBindValue(login);
        if (!q.exec() || !find.exec() || !find.next()) {
            error = DbError::describe(q.lastError().isValid() ? q.lastError() : find.lastError());
            return false;
        }
        *id = idOf(QUuid::fromString(find.value(0).toString()));
        return true;
    };
    for (int i = 1; i <= counselorCount; ++i) {
        Staff s;
        s.room = i <= (counselorCount + 1) / 2 ? 1 : 2;
        if (!person(QStringLiteral("gen_counselor%1").arg(i, 4, 10, QLatin1Char('0')), "counselor", s.room,
                    &s.id))
            return false;
        counselors.append(s);
    }
    for (int i = 1; i <= supervisorCount; ++i) {
        Staff s;
        s.room = i % 2 ? 1 : 2;
        if (!person(QStringLiteral("gen_supervisor%1").arg(i, 2, 10, QLatin1Char('0')), "supervisor", s.room,
                    &s.id))
            return false;
        supervisors.append(s);
    }
    stats.counselors = counselorCount;
    return person(QStringLiteral("gen_editor"), "kb_editor", 0, &editor)
        && person(QStringLiteral("gen_approver"), "kb_approver", 0, &approver);
}

bool DataGenerator::Impl::knowledgeBase()
{
    if (options.kbArticles <= 0)
        return true;
    corpus::KbCorpusOptions o;
    o.articleCount = options.kbArticles;
    o.seed = options.seed;
    o.multiVersionPercent = 60; // several versions for most articles
    o.maxVersions = 5;
    o.firstYear = options.start.year();
    o.lastYear = options.start.addDays(days() - 1).year();
    const QList<SearchDocument> docs = corpus::generateKbCorpus(o);

    CopyWriter articles("kb_articles", "id, created_at, created_by");
    CopyWriter versions("kb_versions",
                        "article_id, version_no, title, body, category_code, tags, effective_from, "
                        "effective_until, status, author_id, created_at, approved_by, approved_at, "
                        "published_at, change_note, updated_at");
    const qint64 epochDay0 = QDate(1970, 1, 1).toJulianDay();
    for (const SearchDocument& d : docs) {
        const qint64 approved
            = QDateTime(d.effectiveFrom.addDays(-1), QTime(17, 30), zone).toSecsSinceEpoch();
        const qint64 created = approved - 3 * 3600;
        const QByteArray article = d.articleId.toLatin1();
        if (d.version == 1) {
            articles.text(article).timestamp(created).uuid(editor.high, editor.low).endRow();
            ++stats.articles;
        }
        const bool draft = d.status == QLatin1String("draft");
        versions.text(article).number(d.version).text(d.title).text(d.body).text(d.category.toLatin1());
        versions.text(textArray(d.tags)).date(d.effectiveFrom.toJulianDay() - epochDay0);
        if (d.effectiveUntil.isValid())
            versions.date(d.effectiveUntil.toJulianDay() - epochDay0);
        else
            versions.null();
        versions.text(d.status.toLatin1()).uuid(editor.high, editor.low).timestamp(created);
        if (draft)
            versions.null().null().null();
        else
            versions.uuid(approver.high, approver.low).timestamp(approved).timestamp(approved);
        if (d.version > 1)
            versions.text(DataGeneratorTr::tr("Changed with the new rule in force."));
        else
            versions.null();
        versions.timestamp(draft ? created : approved).endRow();
        ++stats.versions;
        if (!draft) {
            const QString top = d.category.section(QLatin1Char('.'), 0, 0);
            const KbRef ref {article, d.version, d.effectiveFrom, d.effectiveUntil};
            kb[d.category].push_back(ref);
            if (top != d.category)
                kb[top].push_back(ref);
        }
    }
    stats.rows += articles.rows() + versions.rows();
    return articles.flush(db, &error) && versions.flush(db, &error);
}

bool DataGenerator::Impl::flush()
{
    for (CopyWriter* w : {&contacts, &cases, &reports, &forwards, &quotes, &reviews, &events}) {
        stats.rows += w->rows();
        if (!w->flush(db, &error))
            return false;
    }
    return true;
}

bool DataGenerator::Impl::history()
{
    const demo::MixTable channelMix = demo::channelMix();
    const demo::MixTable subMix = demo::subcategoryMix();
    const demo::MixTable hourMix = demo::hourMix();
    QList<QByteArray> tops;
    for (int i = 0; i < subMix.count; ++i)
        tops << QByteArray(subMix.codes[i]).split('.').first();
    QList<const std::vector<KbRef>*> kbOf;
    for (int i = 0; i < subMix.count; ++i) {
        const QString sub = QLatin1String(subMix.codes[i]);
        auto it = kb.constFind(sub);
        if (it == kb.constEnd())
            it = kb.constFind(QString::fromLatin1(tops.at(i)));
        kbOf << (it == kb.constEnd() ? nullptr : &it.value());
    }
    QList<Staff> counselorsByRoom[2];
    for (const Staff& s : std::as_const(counselors))
        counselorsByRoom[s.room - 1].append(s);
    QList<Staff> supervisorsByRoom[2];
    for (const Staff& s : std::as_const(supervisors))
        supervisorsByRoom[s.room - 1].append(s);

    // Callers who call again make the caller's history worth showing.
    QList<QByteArray> regulars;
    const int regularCount = qMax(100, int(2000 * options.scale * options.perYear / 840000));
    for (int i = 0; i < regularCount; ++i)
        regulars << demo::mobileNumber(rng).toLatin1();

    const qint64 total = [this] {
        double sum = 0;
        for (int i = 0; i < days(); ++i)
            sum += dayVolume(options.start.addDays(i), nullptr);
        return qint64(std::llround(sum));
    }();
    std::vector<double> weights;
    std::vector<std::vector<const KbRef*>> inForce(size_t(subMix.count));
    const QByteArray sourceTag = "generated";
    const QByteArray returnedComment = CopyWriter::escape(
        DataGeneratorTr::tr("Please add the guidance you quoted and the callback time."));
    const QByteArray forwardResult = CopyWriter::escape(DataGeneratorTr::tr("Handled by the department."));
    const QByteArray fieldResult
        = CopyWriter::escape(DataGeneratorTr::tr("Field check done: guidance given on the spot."));
    const QByteArray city = CopyWriter::escape(QStringLiteral("한빛시 "));

    for (int dayIndex = 0; dayIndex < days(); ++dayIndex) {
        const QDate date = options.start.addDays(dayIndex);
        const qint64 dayStart = QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
        const double volume = dayVolume(date, &weights);
        const double covid = generate::covidIntensity(date);
        const int count = int(volume + rng.generateDouble());
        // The guidance in force today, per subcategory.
        for (int s = 0; s < subMix.count; ++s) {
            inForce[size_t(s)].clear();
            if (const std::vector<KbRef>* refs = kbOf.at(s)) {
                for (const KbRef& r : *refs)
                    if (r.from <= date && (!r.until.isValid() || r.until >= date))
                        inForce[size_t(s)].push_back(&r);
            }
        }
        // Queues grow in a wave: more callers give up, the rest wait longer.
        const double overload = qMax(0.0, covid - 1.0);
        for (int n = 0; n < count; ++n) {
            const int hour = demo::weightedIndex(rng, hourMix.weights, hourMix.count);
            const qint64 arrived = dayStart + hour * 3600 + rng.bounded(3600);
            const int channel = demo::weightedIndex(rng, channelMix.weights, channelMix.count);
            const char* channelCode = channelMix.codes[channel];
            const int sub = demo::weightedIndex(rng, weights.data(), subMix.count);
            const QString subCode = QLatin1String(subMix.codes[sub]);
            const bool voice = std::strcmp(channelCode, "phone") == 0;
            const bool sms = std::strcmp(channelCode, "sms") == 0;
            const bool violation = subCode == QLatin1String("covid19.violation");
            QByteArray display = rng.bounded(10) == 0 ? regulars.at(int(rng.bounded(regulars.size())))
                                                      : demo::mobileNumber(rng).toLatin1();
            QByteArray sender = display;
            sender.replace("-", "");
            if (!voice && !sms && std::strcmp(channelCode, "fax") != 0) {
                sender = QByteArray(channelCode) + ":user" + QByteArray::number(rng.bounded(100000, 999999));
                display = sender.mid(sender.indexOf(':') + 1);
            }
            const QList<Template>& choices = templates[subCode];
            const Template& tpl = choices.at(int(rng.bounded(choices.size())));
            const Violation* v = violation ? &violations.at(int(rng.bounded(violations.size()))) : nullptr;
            const QByteArray& summary = v && !v->summary.isEmpty() ? v->summary : tpl.summary;
            const Id contactId = randomId(rng);
            ++stats.contacts;

            const double abandonRate = voice ? 0.045 + 0.05 * overload : 0.01;
            if (rng.generateDouble() < abandonRate) {
                const qint64 gone = arrived + 5 + rng.bounded(voice ? 120 : 7200);
                contacts.uuid(contactId.high, contactId.low).latin(channelCode).text(sender).text(display);
                contacts.text(summary).number(v ? 5 : 0).latin("abandoned").timestamp(arrived).null().null();
                contacts.null().timestamp(gone).null().text(sourceTag).timestamp(gone).endRow();
                events.uuid(contactId.high, contactId.low)
                    .timestamp(arrived)
                    .latin("waiting")
                    .null()
                    .null()
                    .endRow();
                events.uuid(contactId.high, contactId.low)
                    .timestamp(gone)
                    .latin("abandoned")
                    .null()
                    .null()
                    .endRow();
                stats.events += 2;
                ++stats.abandoned;
                continue;
            }
            const double waitMean = voice ? 13.0 * (1 + 2 * overload) : 1500.0;
            const qint64 wait = qMin<qint64>(
                qint64(-waitMean * std::log(1.0 - rng.generateDouble() * 0.999999)), voice ? 900 : 6 * 3600);
            const qint64 claimed = arrived + wait + 1;
            const int room = rng.bounded(2);
            const QList<Staff>& roomStaff
                = counselorsByRoom[room].isEmpty() ? counselors : counselorsByRoom[room];
            const Staff& counselor = roomStaff.at(int(rng.bounded(roomStaff.size())));
            const qint64 talk = voice
                ? qMax<qint64>(45, qint64(-170 * std::log(1.0 - rng.generateDouble() * 0.999999) + 40))
                : qMax<qint64>(60, qint64(-240 * std::log(1.0 - rng.generateDouble() * 0.999999)));
            const qint64 ended = claimed + talk;
            const qint64 completed = ended + 20 + rng.bounded(80);
            const Id caseId = randomId(rng);
            const QByteArray wrapup = v ? QByteArray("violation") : tpl.wrapup;
            const bool callback = wrapup == "callback";
            const qint64 callbackAt = completed + 3600 * (1 + rng.bounded(24));
            const bool callbackDone = callback && rng.bounded(100) < 95;
            const bool named = rng.bounded(100) < 40;
            const District& district = districts.at(int(rng.bounded(districts.size())));
            QByteArray address = city + district.name + ' ' + streets.at(int(rng.bounded(streets.size())))
                + ' ' + QByteArray::number(rng.bounded(1, 400));
            const bool withAddress = violation || rng.bounded(100) < 15;

            // Reviews: most cases are never reviewed; a few are returned, fixed and approved.
            const int r = int(rng.bounded(1000));
            const bool reviewed = r < 84;
            const bool returned = r >= 80 && r < 84;
            qint64 updated = completed;

            contacts.uuid(contactId.high, contactId.low).latin(channelCode).text(sender).text(display);
            contacts.text(summary).number(v ? 5 : 0).latin("done").timestamp(arrived);
            contacts.uuid(counselor.id.high, counselor.id.low).timestamp(claimed).timestamp(ended).null();
            contacts.uuid(caseId.high, caseId.low).text(sourceTag).timestamp(ended).endRow();
            events.uuid(contactId.high, contactId.low)
                .timestamp(arrived)
                .latin("waiting")
                .null()
                .null()
                .endRow();
            events.uuid(contactId.high, contactId.low).timestamp(claimed).latin("claimed");
            events.uuid(counselor.id.high, counselor.id.low).number(counselor.room).endRow();
            events.uuid(contactId.high, contactId.low).timestamp(ended).latin("done");
            events.uuid(counselor.id.high, counselor.id.low).number(counselor.room).endRow();
            stats.events += 3;

            if (reviewed) {
                const QList<Staff>& sv = supervisorsByRoom[counselor.room - 1].isEmpty()
                    ? supervisors
                    : supervisorsByRoom[counselor.room - 1];
                const Staff& reviewer = sv.at(int(rng.bounded(sv.size())));
                qint64 at = completed + 3600 * (2 + rng.bounded(20));
                if (returned) {
                    reviews.uuid(caseId.high, caseId.low)
                        .uuid(reviewer.id.high, reviewer.id.low)
                        .latin("returned");
                    reviews.text(returnedComment)
                        .number(3)
                        .number(3)
                        .number(2)
                        .number(2)
                        .number(3)
                        .timestamp(at);
                    reviews.endRow();
                    at += 3600 * (1 + rng.bounded(6));
                    ++stats.reviews;
                }
                reviews.uuid(caseId.high, caseId.low)
                    .uuid(reviewer.id.high, reviewer.id.low)
                    .latin("approved");
                reviews.text(QByteArray()).number(3 + rng.bounded(3)).number(3 + rng.bounded(3));
                reviews.number(3 + rng.bounded(3)).number(3 + rng.bounded(3)).number(3 + rng.bounded(3));
                reviews.timestamp(at).endRow();
                ++stats.reviews;
                updated = at;
            }

            cases.uuid(caseId.high, caseId.low)
                .uuid(contactId.high, contactId.low)
                .latin(channelCode)
                .text(sender);
            if (named)
                cases.text(demo::personName(rng));
            else
                cases.null();
            if (voice)
                cases.text(display);
            else
                cases.null();
            if (withAddress)
                cases.text(address);
            else
                cases.null();
            cases.text(tops.at(sub)).latin(subMix.codes[sub]).text(summary).text(tpl.answer).text(wrapup);
            cases.boolean(callback);
            if (callback)
                cases.timestamp(callbackAt);
            else
                cases.null();
            if (callbackDone)
                cases.timestamp(callbackAt + 300 + rng.bounded(1800));
            else
                cases.null();
            cases.latin(reviewed ? "approved" : "completed").uuid(counselor.id.high, counselor.id.low);
            cases.number(counselor.room)
                .timestamp(claimed)
                .timestamp(completed)
                .timestamp(claimed)
                .timestamp(updated);
            cases.uuid(counselor.id.high, counselor.id.low)
                .number(reviewed ? (returned ? 3 : 2) : 1)
                .endRow();
            ++stats.cases;
            if (callback)
                ++stats.callbacks;

            // The guidance quoted: a version in force that day.
            const std::vector<const KbRef*>& guidance = inForce[size_t(sub)];
            if (!guidance.empty() && rng.bounded(100) < 60) {
                const KbRef* ref = guidance[size_t(rng.bounded(int(guidance.size())))];
                quotes.uuid(caseId.high, caseId.low).text(ref->article).number(ref->version);
                quotes.timestamp(claimed + talk / 2).uuid(counselor.id.high, counselor.id.low).endRow();
                ++stats.quotes;
            }

            if (v) {
                // A violation report, forwarded to the district's enforcement
                // team for a field check, sometimes shared with the HQ.
                const Id reportId = randomId(rng);
                reports.uuid(reportId.high, reportId.low)
                    .uuid(caseId.high, caseId.low)
                    .latin(v->kind.constData());
                reports.text(address);
                if (!v->business.isEmpty() && !businesses.isEmpty() && rng.bounded(100) < 70)
                    reports.text(businesses.at(int(rng.bounded(businesses.size()))));
                else
                    reports.null();
                reports.timestamp(arrived - 60 * (5 + rng.bounded(50)))
                    .text(v->description)
                    .timestamp(completed);
                reports.uuid(counselor.id.high, counselor.id.low).endRow();
                ++stats.reports;
                const Id forwardId = randomId(rng);
                forwards.uuid(forwardId.high, forwardId.low).uuid(caseId.high, caseId.low);
                forwards.uuid(reportId.high, reportId.low)
                    .text(district.enforcement)
                    .latin("action")
                    .latin("closed");
                forwards.text(fieldResult).timestamp(completed).uuid(counselor.id.high, counselor.id.low);
                forwards.timestamp(completed + 4 * 3600)
                    .timestamp(completed + 1800)
                    .timestamp(completed + 3 * 3600);
                forwards.timestamp(completed + 6 * 3600).timestamp(completed + 6 * 3600).endRow();
                ++stats.forwards;
                if (rng.bounded(100) < 30) {
                    const Id shareId = randomId(rng);
                    forwards.uuid(shareId.high, shareId.low).uuid(caseId.high, caseId.low);
                    forwards.uuid(reportId.high, reportId.low)
                        .latin("disaster_hq")
                        .latin("share")
                        .latin("closed");
                    forwards.null().timestamp(completed).uuid(counselor.id.high, counselor.id.low);
                    forwards.timestamp(completed + 24 * 3600).null().null().timestamp(completed + 12 * 3600);
                    forwards.timestamp(completed + 12 * 3600).endRow();
                    ++stats.forwards;
                }
            } else if (wrapup == "forwarded") {
                const Id forwardId = randomId(rng);
                const QByteArray dept = categoryDepartment.value(QString::fromLatin1(tops.at(sub)), "civil");
                forwards.uuid(forwardId.high, forwardId.low).uuid(caseId.high, caseId.low).null().text(dept);
                forwards.latin("action").latin("closed").text(forwardResult).timestamp(completed);
                forwards.uuid(counselor.id.high, counselor.id.low).timestamp(completed + 48 * 3600);
                forwards.timestamp(completed + 3600).null().timestamp(completed + 30 * 3600);
                forwards.timestamp(completed + 30 * 3600).endRow();
                ++stats.forwards;
            }
            if (contacts.bytes() > (8 << 20) && !flush())
                return false;
        }
        if (progress)
            progress(stats.contacts, total, stats.rows + contacts.rows() + cases.rows() + events.rows());
    }
    return flush();
}

bool DataGenerator::Impl::dropIndexes()
{
    if (!options.rebuildIndexes)
        return true;
    // Secondary indexes only: primary keys and unique constraints stay.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT pg_get_indexdef(i.indexrelid), i.indexrelid::regclass::text FROM pg_index i "
            "WHERE i.indrelid IN ('contacts'::regclass, 'cases'::regclass, 'contact_events'::regclass, "
            "'case_quotes'::regclass, 'forwards'::regclass, 'violation_reports'::regclass, "
            "'case_reviews'::regclass) AND NOT i.indisprimary AND NOT i.indisunique "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"))) {
        error = DbError::describe(q.lastError());
        return false;
    }
    QStringList names;
    while (q.next()) {
        droppedIndexes << q.value(0).toString();
        names << q.value(1).toString();
    }
    for (const QString& name : std::as_const(names))
        if (!exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return false;
    return true;
}

bool DataGenerator::Impl::recreateIndexes()
{
    if (droppedIndexes.isEmpty())
        return true;
    // CREATE INDEX waits for no deferred foreign-key check: run them now.
    if (!replica && !exec(QStringLiteral("SET CONSTRAINTS contacts_case_fk IMMEDIATE")))
        return false;
    if (!exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")))
        return false;
    for (const QString& definition : std::as_const(droppedIndexes))
        if (!exec(definition))
            return false;
    return true;
}

bool DataGenerator::Impl::invalidateReports()
{
    // The supervisor's figures keep daily roll-ups that the skipped triggers
    // would have invalidated: drop those of the generated days (of every day
    // after --reset). Only where the reports migration is applied; the
    // function is looked up by its signature before it is called.
    const QString start = options.start.toString(Qt::ISODate);
    const QString end = options.start.addDays(days() - 1).toString(Qt::ISODate);
    return exec(
        QStringLiteral("DO $$ BEGIN IF to_regprocedure('report_invalidate_days(date[])') IS NOT NULL THEN "
                       "PERFORM report_invalidate_days(ARRAY(SELECT d::date FROM generate_series("
                       "DATE '%1', DATE '%2', interval '1 day') d%3)); END IF; END $$")
            .arg(start, end,
                 options.reset ? QStringLiteral(" UNION SELECT day FROM report_rollup_days") : QString()));
}

bool DataGenerator::Impl::verify()
{
    if (!replica) {
        // Pending deferred checks first: no ALTER TABLE while they wait.
        if (!exec(QStringLiteral("SET CONSTRAINTS contacts_case_fk IMMEDIATE")))
            return false;
        for (const char* table :
             {"contacts", "cases", "violation_reports", "forwards", "kb_versions", "kb_articles"}) {
            if (!exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table))))
                return false;
        }
        return true;
    }
    // Replica mode skipped the foreign-key checks: one anti-join per key.
    const char* const checks[] = {
        "SELECT count(*) FROM contacts c WHERE c.source = 'generated' AND c.case_id IS NOT NULL "
        " AND NOT EXISTS (SELECT 1 FROM cases x WHERE x.id = c.case_id)",
        "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM contacts x WHERE x.id = c.contact_id)",
        "SELECT count(*) FROM contact_events e WHERE NOT EXISTS (SELECT 1 FROM contacts x WHERE x.id = "
        "e.contact_id)",
        "SELECT count(*) FROM case_quotes q WHERE NOT EXISTS (SELECT 1 FROM kb_versions v "
        " WHERE v.article_id = q.article_id AND v.version_no = q.version_no)",
        "SELECT count(*) FROM forwards f WHERE NOT EXISTS (SELECT 1 FROM cases x WHERE x.id = f.case_id) "
        " OR (f.report_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM violation_reports r WHERE r.id = "
        "f.report_id))"
        " OR NOT EXISTS (SELECT 1 FROM departments d WHERE d.code = f.department_code)",
        "SELECT count(*) FROM case_reviews r WHERE NOT EXISTS (SELECT 1 FROM cases x WHERE x.id = r.case_id)",
        "SELECT count(*) FROM violation_reports r WHERE NOT EXISTS (SELECT 1 FROM cases x WHERE x.id = "
        "r.case_id)",
        "SELECT count(*) FROM kb_versions v WHERE NOT EXISTS (SELECT 1 FROM kb_articles a WHERE a.id = "
        "v.article_id)",
    };
    QSqlQuery q(db);
    for (const char* sql : checks) {
        if (!q.exec(QLatin1String(sql)) || !q.next()) {
            error = DbError::describe(q.lastError());
            return false;
        }
        if (q.value(0).toLongLong() != 0) {
            error = DataGeneratorTr::tr("Generated rows break a foreign key (%1 rows): %2")
                        .arg(q.value(0).toLongLong())
                        .arg(QLatin1String(sql));
            return false;
        }
    }
    return true;
}

} // namespace minwon
