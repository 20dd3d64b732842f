// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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

/// The editable lookup rows (channels, categories, rooms, wrap-up codes,
/// departments) as one value, loaded once per session and on change.
struct ReferenceData
{
    QList<Channel> channels;
    QList<Category> categories;
    QList<Room> rooms;
    QList<WrapupCode> wrapupCodes;
    QList<Department> departments;

    bool load(QSqlDatabase& db, QString* error);

    const Channel* channel(const QString& code) const;
    const Category* category(const QString& code) const;
    const Room* room(int id) const;
    QList<Category> topCategories() const;
    QList<Category> subcategories(const QString& parent) const;

    /// Korean or English name according to the current UI language.
    static QString localized(const QString& ko, const QString& en);
};

} // namespace minwon
