// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace minwon {

/// PostgreSQL array literals, for binding a whole column of rows as one
/// parameter: INSERT … SELECT * FROM unnest(?::uuid[], ?::text[], …).
/// Null variants become NULL elements.
QString pgArray(const QList<QVariant>& values);
QString pgArray(const QStringList& values);
/// Parses a text[] literal as QPSQL returns it ({a,"b c",NULL}).
QStringList parsePgArray(const QString& literal);

/// Collects column arrays of a bulk insert.
class BulkColumns
{
public:
    explicit BulkColumns(int columns);
    void add(const QList<QVariant>& row);
    int rows() const { return m_rows; }
    QString column(int index) const { return pgArray(m_columns.at(index)); }
    void clear();

private:
    QList<QList<QVariant>> m_columns;
    int m_rows = 0;
};

} // namespace minwon
