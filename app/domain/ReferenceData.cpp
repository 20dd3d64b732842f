// SPDX-License-Identifier: Apache-2.0
#include "domain/ReferenceData.h"

#include "db/DbError.h"

#include <QLocale>
#include <QSqlQuery>

namespace minwon {

bool ReferenceData::load(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&] {
        if (error)
            *error = DbError::describe(q.lastError());
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT code, name_ko, name_en, is_voice, sl_threshold_s, warn_ratio "
                               "FROM channels WHERE active ORDER BY sort_order, code")))
        return failed();
    channels.clear();
    while (q.next())
        channels.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toBool(), q.value(4).toInt(), q.value(5).toDouble()});
    if (!q.exec(QStringLiteral(
            "SELECT code, coalesce(parent_code, ''), name_ko, name_en, needs_address "
            "FROM categories WHERE active "
            "ORDER BY coalesce(parent_code, code), parent_code IS NOT NULL, sort_order, code")))
        return failed();
    categories.clear();
    while (q.next())
        categories.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toBool()});
    if (!q.exec(QStringLiteral("SELECT id, code, name_ko, name_en FROM rooms ORDER BY id")))
        return failed();
    rooms.clear();
    while (q.next())
        rooms.append(
            {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!q.exec(QStringLiteral(
            "SELECT code, name_ko, name_en FROM wrapup_codes WHERE active ORDER BY sort_order")))
        return failed();
    wrapupCodes.clear();
    while (q.next())
        wrapupCodes.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral(
            "SELECT code, name_ko, name_en, kind FROM departments WHERE active ORDER BY kind, code")))
        return failed();
    departments.clear();
    while (q.next())
        departments.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!q.exec(
            QStringLiteral("SELECT id, login, display_name, role, coalesce(room_id, 0), active FROM people "
                           "ORDER BY coalesce(room_id, 99), display_name")))
        return failed();
    people.clear();
    while (q.next())
        people.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool()});
    return true;
}

const PersonRef* ReferenceData::person(const QUuid& id) const
{
    for (const PersonRef& p : people)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<PersonRef> ReferenceData::counselors() const
{
    QList<PersonRef> out;
    for (const PersonRef& p : people)
        if (p.active && (p.role == QLatin1String("counselor") || p.role == QLatin1String("supervisor")))
            out.append(p);
    return out;
}

const Channel* ReferenceData::channel(const QString& code) const
{
    for (const Channel& c : channels)
        if (c.code == code)
            return &c;
    return nullptr;
}

const Category* ReferenceData::category(const QString& code) const
{
    for (const Category& c : categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

const Room* ReferenceData::room(int id) const
{
    for (const Room& r : rooms)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<Category> ReferenceData::topCategories() const
{
    QList<Category> out;
    for (const Category& c : categories)
        if (c.parentCode.isEmpty())
            out.append(c);
    return out;
}

QList<Category> ReferenceData::subcategories(const QString& parent) const
{
    QList<Category> out;
    for (const Category& c : categories)
        if (c.parentCode == parent)
            out.append(c);
    return out;
}

QString ReferenceData::localized(const QString& ko, const QString& en)
{
    return QLocale().language() == QLocale::Korean ? ko : en;
}

} // namespace minwon
