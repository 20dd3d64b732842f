// SPDX-License-Identifier: Apache-2.0
#include "generate/CopyWriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace minwon::generate {

namespace {

struct CopyWriterTr
{
    Q_DECLARE_TR_FUNCTIONS(CopyWriter)
};

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civilFromDays(qint64 z, int* y, unsigned* m, unsigned* d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yy + (*m <= 2));
}

void digits(char* out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

CopyWriter::CopyWriter(QByteArray table, QByteArray columns)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
{
    m_data.reserve(1 << 22);
}

void CopyWriter::separator()
{
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

QByteArray CopyWriter::escape(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

CopyWriter& CopyWriter::text(QStringView value)
{
    separator();
    m_data.append(escape(value));
    return *this;
}

CopyWriter& CopyWriter::text(const QByteArray& escaped)
{
    separator();
    m_data.append(escaped);
    return *this;
}

CopyWriter& CopyWriter::latin(const char* plain)
{
    separator();
    m_data.append(plain);
    return *this;
}

CopyWriter& CopyWriter::null()
{
    separator();
    m_data.append("\\N", 2);
    return *this;
}

CopyWriter& CopyWriter::number(qint64 value)
{
    separator();
    m_data.append(QByteArray::number(value));
    return *this;
}

CopyWriter& CopyWriter::boolean(bool value)
{
    separator();
    m_data.append(value ? 't' : 'f');
    return *this;
}

CopyWriter& CopyWriter::uuid(std::uint64_t high, std::uint64_t low)
{
    static const char hex[] = "0123456789abcdef";
    separator();
    char out[36];
    int pos = 0;
    auto put = [&](std::uint64_t v, int fromNibble, int count) {
        for (int i = 0; i < count; ++i)
            out[pos++] = hex[(v >> (4 * (fromNibble - i))) & 0xf];
    };
    put(high, 15, 8);
    out[pos++] = '-';
    put(high, 7, 4);
    out[pos++] = '-';
    put(high, 3, 4);
    out[pos++] = '-';
    put(low, 15, 4);
    out[pos++] = '-';
    put(low, 11, 12);
    m_data.append(out, 36);
    return *this;
}

CopyWriter& CopyWriter::timestamp(qint64 epochSeconds)
{
    separator();
    qint64 days = epochSeconds / 86400;
    qint64 rest = epochSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    char out[22]; // YYYY-MM-DD HH:MM:SS+00
    digits(out, unsigned(y), 4);
    out[4] = '-';
    digits(out + 5, m, 2);
    out[7] = '-';
    digits(out + 8, d, 2);
    out[10] = ' ';
    digits(out + 11, unsigned(rest / 3600), 2);
    out[13] = ':';
    digits(out + 14, unsigned(rest / 60 % 60), 2);
    out[16] = ':';
    digits(out + 17, unsigned(rest % 60), 2);
    out[19] = '+';
    out[20] = '0';
    out[21] = '0';
    m_data.append(out, 22);
    return *this;
}

CopyWriter& CopyWriter::date(qint64 epochDay)
{
    separator();
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(epochDay, &y, &m, &d);
    char out[10];
    digits(out, unsigned(y), 4);
    out[4] = '-';
    digits(out + 5, m, 2);
    out[7] = '-';
    digits(out + 8, d, 2);
    m_data.append(out, 10);
    return *this;
}

void CopyWriter::endRow()
{
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
    ++m_totalRows;
}

void* CopyWriter::pgconn(QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // PGconn is a typedef of struct pg_conn; Qt builds name it either way.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool CopyWriter::flush(QSqlDatabase& db, QString* error)
{
    if (m_rows == 0)
        return true;
    auto* conn = static_cast<PGconn*>(pgconn(db));
    if (!conn) {
        *error
            = CopyWriterTr::tr("Bulk loading needs a PostgreSQL connection (QPSQL), not %1.")
                  .arg(db.driver() ? QString::fromLatin1(db.driver()->handle().typeName()) : db.driverName());
        return false;
    }
    const QByteArray sql = "COPY " + m_table + " (" + m_columns + ") FROM STDIN";
    PGresult* result = PQexec(conn, sql.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    bool ok = started;
    if (ok)
        ok = PQputCopyData(conn, m_data.constData(), int(m_data.size())) == 1;
    if (started)
        ok = PQputCopyEnd(conn, ok ? nullptr : "client failed") == 1 && ok;
    // Read every result, so the connection is ready for the next statement.
    while ((result = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            ok = false;
        PQclear(result);
    }
    if (!ok) {
        *error = QStringLiteral("COPY %1: %2")
                     .arg(QString::fromLatin1(m_table), QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return false;
    }
    m_data.resize(0); // keeps the allocation for the next batch
    m_rows = 0;
    return true;
}

} // namespace minwon::generate
