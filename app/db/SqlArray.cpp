// SPDX-License-Identifier: Apache-2.0
#include "db/SqlArray.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

namespace minwon {

namespace {

QString element(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("NULL");
    QString text;
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QUuid:
        text = value.toUuid().toString(QUuid::WithoutBraces);
        break;
    case QMetaType::Bool:
        text = value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
        break;
    default:
        text = value.toString();
    }
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString pgArray(const QList<QVariant>& values)
{
    QString out;
    out.reserve(values.size() * 16 + 2);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += element(values.at(i));
    }
    out += QLatin1Char('}');
    return out;
}

QString pgArray(const QStringList& values)
{
    QList<QVariant> list;
    list.reserve(values.size());
    for (const QString& v : values)
        list.append(v);
    return pgArray(list);
}

QStringList parsePgArray(const QString& literal)
{
    QStringList out;
    QString s = literal.trimmed();
    if (s.size() < 2 || !s.startsWith(QLatin1Char('{')) || !s.endsWith(QLatin1Char('}')))
        return out;
    s = s.mid(1, s.size() - 2);
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < s.size()) {
                current += s.at(++i);
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            if (wasQuoted || current != QLatin1String("NULL"))
                out << current;
            current.clear();
            wasQuoted = false;
        } else {
            current += c;
        }
    }
    if (!s.isEmpty() && (wasQuoted || current != QLatin1String("NULL")))
        out << current;
    return out;
}

BulkColumns::BulkColumns(int columns)
    : m_columns(columns)
{
}

void BulkColumns::add(const QList<QVariant>& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    for (qsizetype i = 0; i < row.size(); ++i)
        m_columns[i].append(row.at(i));
    ++m_rows;
}

void BulkColumns::clear()
{
    for (auto& column : m_columns)
        column.clear();
    m_rows = 0;
}

} // namespace minwon
