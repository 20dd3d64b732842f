// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace minwon {

struct Channel
{
    QString code;
    QString nameKo;
    QString nameEn;
    bool isVoice = false;
    int slThresholdSeconds = 20;
    double warnRatio = 0.5;
};

struct Category
{
    QString code;
    QString parentCode;
    QString nameKo;
    QString nameEn;
    bool needsAddress = false;
};

struct Room
{
    int id = 0;
    QString code;
    QString nameKo;
    QString nameEn;
};

struct WrapupCode
{
    QString code;
    QString nameKo;
    QString nameEn;
};

struct Department
{
    QString code;
    QString nameKo;
    QString nameEn;
    QString kind;
};

struct PersonRef
{
    QUuid id;
    QString login;
    QString displayName;
    QString role;
    int roomId = 0;
    bool active = true;
};

/// The editable lookup rows (channels, categories, rooms, wrap-up codes,
/// departments) as one value, loaded once per session and on change.
struct ReferenceData
{
    QList<Channel> channels;
    QList<Category> categories;
    QList<Room> rooms;
    QList<WrapupCode> wrapupCodes;
    QList<Department> departments;
    QList<PersonRef> people;

    bool load(QSqlDatabase& db, QString* error);

    const Channel* channel(const QString& code) const;
    const Category* category(const QString& code) const;
    const Room* room(int id) const;
    const PersonRef* person(const QUuid& id) const;
    /// Active counselors and supervisors, by room then name (transfer targets).
    QList<PersonRef> counselors() const;
    QList<Category> topCategories() const;
    QList<Category> subcategories(const QString& parent) const;

    /// Korean or English name according to the current UI language.
    static QString localized(const QString& ko, const QString& en);
};

} // namespace minwon
