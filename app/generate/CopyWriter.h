// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace minwon::generate {

/// One table's rows in PostgreSQL's COPY text format, built in memory and
/// sent with COPY … FROM STDIN over the libpq handle of a QPSQL connection.
/// Fields are appended left to right; endRow() closes a row.
class CopyWriter
{
public:
    CopyWriter(QByteArray table, QByteArray columns);

    CopyWriter& text(QStringView value); ///< escaped: backslash, tab, newline, CR
    CopyWriter& text(const QByteArray& escaped); ///< already escaped (see escape())
    CopyWriter& latin(const char* plain); ///< plain ASCII without specials
    CopyWriter& null();
    CopyWriter& number(qint64 value);
    CopyWriter& boolean(bool value);
    CopyWriter& uuid(std::uint64_t high, std::uint64_t low);
    CopyWriter& timestamp(qint64 epochSeconds); ///< UTC, written with +00
    CopyWriter& date(qint64 epochDay);
    void endRow();

    qint64 rows() const { return m_rows; }
    qint64 totalRows() const { return m_totalRows; }
    qsizetype bytes() const { return m_data.size(); }

    /// Sends the rows collected so far and clears them.
    bool flush(QSqlDatabase& db, QString* error);

    static QByteArray escape(QStringView value);
    /// The libpq handle of an open QPSQL connection, or null.
    static void* pgconn(QSqlDatabase& db);

private:
    void separator();

    QByteArray m_table;
    QByteArray m_columns;
    QByteArray m_data;
    bool m_rowStarted = false;
    qint64 m_rows = 0;
    qint64 m_totalRows = 0;
};

} // namespace minwon::generate
