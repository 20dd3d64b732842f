// SPDX-License-Identifier: Apache-2.0
#include "kb/KbImport.h"

#include "db/DbError.h"
#include "db/SqlArray.h"
#include "kb/KbRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTimeZone>

namespace minwon {

namespace {

struct KbImportTr
{
    Q_DECLARE_TR_FUNCTIONS(KbImport)
};

constexpr int kMaxBody = 200000;
constexpr int kMaxTags = 50;
constexpr int kMaxSource = 500;
constexpr int kMaxNote = 2000;

bool readFile(const QString& path, QString* text, QString* message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = KbImportTr::tr("Cannot read the file: %1").arg(file.errorString());
        return false;
    }
    if (file.size() > KbImport::kMaxFileBytes) {
        *message
            = KbImportTr::tr("The file is larger than %1 MB.").arg(KbImport::kMaxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *message = KbImportTr::tr("The file is not valid UTF-8 text.");
        return false;
    }
    return true;
}

/// The 1-based line of the first front-matter line starting with `key:`.
int lineOf(const QStringList& lines, const QString& key)
{
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String("---"))
            break;
        if (lines.at(i).startsWith(key + QLatin1Char(':')))
            return i + 1;
    }
    return 1;
}

int bodyLineOf(const QStringList& lines)
{
    for (int i = 1; i < lines.size(); ++i)
        if (lines.at(i).trimmed() == QLatin1String("---"))
            return i + 2;
    return 1;
}

bool sameContent(const ArticleFile& a, const ArticleFile& b)
{
    return a.title == b.title && a.body == b.body && a.category == b.category && a.tags == b.tags
        && a.source == b.source && a.effectiveFrom == b.effectiveFrom && a.effectiveUntil == b.effectiveUntil;
}

} // namespace

QString KbImport::Problem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

bool KbImport::check(const Item& item, int bodyLine, QList<Problem>* problems)
{
    const ArticleFile& a = item.article;
    auto problem = [&](int line, const QString& message) {
        problems->append({item.file, line, message});
        return false;
    };
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,99}$"));
    if (!idPattern.match(a.id).hasMatch())
        return problem(item.line,
                       KbImportTr::tr("The id \"%1\" may contain only lowercase letters, digits, '-' and '_' "
                                      "(at most 100).")
                           .arg(a.id.left(120)));
    if (a.title.trimmed().isEmpty() || a.title.size() > 300)
        return problem(item.line, KbImportTr::tr("The title must have 1 to 300 characters."));
    if (a.category.isEmpty())
        return problem(item.categoryLine, KbImportTr::tr("The field category is missing."));
    if (!a.effectiveFrom.isValid())
        return problem(item.line, KbImportTr::tr("The field effective_from is missing."));
    if (a.effectiveUntil.isValid() && a.effectiveUntil < a.effectiveFrom)
        return problem(item.line, KbImportTr::tr("effective_until is before effective_from."));
    if (a.tags.size() > kMaxTags)
        return problem(item.line, KbImportTr::tr("More than %1 tags.").arg(kMaxTags));
    for (const QString& tag : a.tags) {
        static const QRegularExpression bad(QStringLiteral("[,\\[\\]\\r\\n\\x{0}]"));
        if (tag.trimmed().isEmpty() || tag.size() > 100 || bad.match(tag).hasMatch())
            return problem(
                item.line,
                KbImportTr::tr("The tag \"%1\" is empty, too long or contains , [ ] or a line break.")
                    .arg(tag.left(40)));
    }
    if (a.source.size() > kMaxSource)
        return problem(item.line, KbImportTr::tr("The source is longer than %1 characters.").arg(kMaxSource));
    if (a.changeNote.size() > kMaxNote)
        return problem(item.line, KbImportTr::tr("change_note is longer than %1 characters.").arg(kMaxNote));
    if (a.body.size() > kMaxBody)
        return problem(bodyLine, KbImportTr::tr("The body is longer than %1 characters.").arg(kMaxBody));
    for (const QString* field : {&a.title, &a.category, &a.source, &a.changeNote, &a.body}) {
        if (field->contains(QChar(0)))
            return problem(item.line, KbImportTr::tr("The article contains a NUL character."));
    }
    for (const QString* field : {&a.title, &a.category, &a.source, &a.changeNote}) {
        if (field->contains(QLatin1Char('\n')) || field->contains(QLatin1Char('\r')))
            return problem(item.line, KbImportTr::tr("A line break is allowed only in the body."));
    }
    return true;
}

void KbImport::readMarkdown(const QString& file, QList<Problem>* problems)
{
    QString text;
    QString message;
    if (!readFile(file, &text, &message)) {
        problems->append({file, 1, message});
        return;
    }
    Item item;
    item.file = file;
    ArticleFile::ParseError error;
    if (!ArticleFile::parse(text, &item.article, &error)) {
        problems->append({file, error.line, error.message});
        return;
    }
    const QStringList lines
        = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    item.categoryLine = lineOf(lines, QStringLiteral("category"));
    if (check(item, bodyLineOf(lines), problems))
        m_items.append(item);
}

void KbImport::readJsonLines(const QString& file, QList<Problem>* problems)
{
    QString text;
    QString message;
    if (!readFile(file, &text, &message)) {
        problems->append({file, 1, message});
        return;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QSet<QString> known {
        QStringLiteral("id"),         QStringLiteral("title"),          QStringLiteral("category"),
        QStringLiteral("tags"),       QStringLiteral("effective_from"), QStringLiteral("effective_until"),
        QStringLiteral("source"),     QStringLiteral("body"),           QStringLiteral("change_note"),
        QStringLiteral("correction"), QStringLiteral("version")};
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        auto problem = [&](const QString& m) { problems->append({file, lineNo, m}); };
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            problem(KbImportTr::tr("Not valid JSON: %1 (column %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset + 1));
            continue;
        }
        if (!doc.isObject()) {
            problem(KbImportTr::tr("Each line must be one JSON object."));
            continue;
        }
        const QJsonObject o = doc.object();
        QString unknown;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                unknown = it.key();
        if (!unknown.isEmpty()) {
            problem(KbImportTr::tr("Unknown field \"%1\".").arg(unknown.left(60)));
            continue;
        }
        bool typesOk = true;
        for (const char* key : {"id", "title", "category", "effective_from", "source", "body", "change_note"})
            if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isString())
                typesOk = false;
        if (o.contains(QStringLiteral("effective_until"))
            && !o.value(QStringLiteral("effective_until")).isString()
            && !o.value(QStringLiteral("effective_until")).isNull())
            typesOk = false;
        if (o.contains(QStringLiteral("tags")) && !o.value(QStringLiteral("tags")).isArray())
            typesOk = false;
        if (o.contains(QStringLiteral("correction")) && !o.value(QStringLiteral("correction")).isBool())
            typesOk = false;
        if (o.contains(QStringLiteral("version")) && !o.value(QStringLiteral("version")).isDouble())
            typesOk = false;
        if (!typesOk) {
            problem(
                KbImportTr::tr("A field has the wrong type: texts and dates are strings, tags an array of "
                               "strings, correction true or false, version a number."));
            continue;
        }
        Item item;
        item.file = file;
        item.line = lineNo;
        item.categoryLine = lineNo;
        ArticleFile& a = item.article;
        a.id = o.value(QStringLiteral("id")).toString();
        a.title = o.value(QStringLiteral("title")).toString().trimmed();
        a.category = o.value(QStringLiteral("category")).toString().trimmed();
        for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray()) {
            if (!tag.isString()) {
                typesOk = false;
                break;
            }
            a.tags << tag.toString().trimmed();
        }
        if (!typesOk) {
            problem(KbImportTr::tr("tags must be an array of strings."));
            continue;
        }
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString from = o.value(QStringLiteral("effective_from")).toString();
        const QString until = o.value(QStringLiteral("effective_until")).toString();
        a.effectiveFrom = datePattern.match(from).hasMatch() ? QDate::fromString(from, Qt::ISODate) : QDate();
        if (!from.isEmpty() && !a.effectiveFrom.isValid()) {
            problem(KbImportTr::tr("effective_from must be a date written YYYY-MM-DD."));
            continue;
        }
        if (!until.isEmpty()) {
            a.effectiveUntil
                = datePattern.match(until).hasMatch() ? QDate::fromString(until, Qt::ISODate) : QDate();
            if (!a.effectiveUntil.isValid()) {
                problem(KbImportTr::tr("effective_until must be a date written YYYY-MM-DD."));
                continue;
            }
        }
        a.source = o.value(QStringLiteral("source")).toString().trimmed();
        a.body = o.value(QStringLiteral("body")).toString().trimmed();
        a.changeNote = o.value(QStringLiteral("change_note")).toString().trimmed();
        a.correction = o.value(QStringLiteral("correction")).toBool();
        a.version = o.value(QStringLiteral("version")).toInt();
        if (check(item, lineNo, problems))
            m_items.append(item);
    }
}

bool KbImport::read(const QString& path, QList<Problem>* problems)
{
    m_items.clear();
    const int before = int(problems->size());
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            problems->append({path, 0, KbImportTr::tr("The folder holds no .md files.")});
        for (const QString& name : files)
            readMarkdown(dir.filePath(name), problems);
    } else if (info.isFile() && path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
        readJsonLines(path, problems);
    } else if (info.isFile() && path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        readMarkdown(path, problems);
    } else {
        problems->append(
            {path, 0, KbImportTr::tr("Give a folder of .md files, one .md file or one .jsonl file.")});
    }

    // The same article twice is ambiguous unless the versions say the order.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        return a.article.id != b.article.id ? a.article.id < b.article.id
                                            : a.article.version < b.article.version;
    });
    for (qsizetype i = 1; i < m_items.size(); ++i) {
        const Item& a = m_items.at(i - 1);
        const Item& b = m_items.at(i);
        if (a.article.id == b.article.id && a.article.version == b.article.version)
            problems->append({b.file, b.line,
                              KbImportTr::tr("The article \"%1\" is also in %2:%3; give each a version.")
                                  .arg(b.article.id, a.file)
                                  .arg(a.line)});
    }
    return problems->size() == before;
}

bool KbImport::write(QSqlDatabase db, Mode mode, Outcome* outcome, QList<Problem>* problems)
{
    *outcome = {};
    QSqlQuery q(db);
    if (!db.transaction()) {
        problems->append({QString(), 0, DbError::describe(db.lastError())});
        return false;
    }
    auto abort = [&](const Item* item, const QString& message) {
        db.rollback();
        problems->append({item ? item->file : QString(), item ? item->line : 0, message});
        return false;
    };
    QSet<QString> categories;
    if (!q.exec(QStringLiteral("SELECT code FROM categories")))
        return abort(nullptr, DbError::describe(q.lastError()));
    while (q.next())
        categories.insert(q.value(0).toString());
    bool categoriesOk = true;
    for (const Item& item : m_items) {
        if (!categories.contains(item.article.category)) {
            problems->append(
                {item.file, item.categoryLine,
                 KbImportTr::tr("Unknown category \"%1\".").arg(item.article.category.left(60))});
            categoriesOk = false;
        }
    }
    if (!categoriesOk) {
        db.rollback();
        return false;
    }
    // One import at a time, and no desk numbering versions meanwhile.
    if (!q.exec(QStringLiteral("LOCK TABLE kb_versions IN SHARE ROW EXCLUSIVE MODE")))
        return abort(nullptr, DbError::describe(q.lastError()));
    QHash<QString, ArticleFile> latest;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT ON (article_id) article_id, version_no, title, body, category_code, tags, "
            " coalesce(source_ref, ''), effective_from, effective_until FROM kb_versions "
            "ORDER BY article_id, version_no DESC")))
        return abort(nullptr, DbError::describe(q.lastError()));
    while (q.next()) {
        ArticleFile a;
        a.id = q.value(0).toString();
        a.version = q.value(1).toInt();
        a.title = q.value(2).toString();
        a.body = q.value(3).toString();
        a.category = q.value(4).toString();
        a.tags = parsePgArray(q.value(5).toString());
        a.source = q.value(6).toString();
        a.effectiveFrom = q.value(7).toDate();
        a.effectiveUntil = q.value(8).toDate();
        latest.insert(a.id, a);
    }

    KbRepository repo(db);
    const QTimeZone seoul("Asia/Seoul");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Item& item : m_items) {
        const auto found = latest.constFind(item.article.id);
        if (found != latest.cend() && sameContent(*found, item.article)) {
            ++outcome->unchanged;
            continue;
        }
        const int next = found == latest.cend() ? 1 : found->version + 1;
        KbRepository::VersionMeta meta;
        if (mode == Mode::Review) {
            meta.status = QStringLiteral("in_review");
            meta.submittedAt = now;
        } else {
            const QDateTime inForce(item.article.effectiveFrom, QTime(0, 0), seoul);
            meta.approvedAt = now;
            if (inForce <= now) {
                meta.status = QStringLiteral("published");
                meta.publishedAt = now;
                meta.publishAt = now;
            } else {
                meta.status = QStringLiteral("approved");
                meta.publishAt = inForce;
                ++outcome->scheduled;
            }
        }
        ArticleFile copy = item.article;
        copy.correction = item.article.correction && next > 1;
        QString message;
        if (!repo.insertVersion(copy, next, meta, &message))
            return abort(&item, message);
        if (found == latest.cend())
            ++outcome->newArticles;
        ++outcome->newVersions;
        copy.version = next;
        latest.insert(copy.id, copy);
    }
    if (!db.commit())
        return abort(nullptr, DbError::describe(db.lastError()));
    return true;
}

int exportArticles(QSqlDatabase db, const QString& dir, bool all, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = KbImportTr::tr("Cannot create the folder %1.").arg(dir);
        return -1;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "article_id, version_no, title, body, category_code, tags, coalesce(source_ref, ''), effective_from, "
        "effective_until, coalesce(change_note, ''), is_correction FROM kb_versions ");
    const QString sql = all ? QStringLiteral("SELECT ") + columns
            + QStringLiteral("WHERE status NOT IN ('withdrawn') ORDER BY article_id, version_no")
                            : QStringLiteral("SELECT DISTINCT ON (article_id) ") + columns
            + QStringLiteral("WHERE status = 'published' ORDER BY article_id, version_no DESC");
    if (!q.exec(sql)) {
        *error = DbError::describe(q.lastError());
        return -1;
    }
    int written = 0;
    while (q.next()) {
        ArticleFile a;
        a.id = q.value(0).toString();
        a.version = q.value(1).toInt();
        a.title = q.value(2).toString();
        a.body = q.value(3).toString();
        a.category = q.value(4).toString();
        a.tags = parsePgArray(q.value(5).toString());
        a.source = q.value(6).toString();
        a.effectiveFrom = q.value(7).toDate();
        a.effectiveUntil = q.value(8).toDate();
        a.changeNote = q.value(9).toString();
        a.correction = q.value(10).toBool();
        const QString name
            = all ? QStringLiteral("%1.v%2.md").arg(a.id).arg(a.version) : a.id + QStringLiteral(".md");
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(a.toText().toUtf8()) < 0 || !file.commit()) {
            *error = KbImportTr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace minwon
