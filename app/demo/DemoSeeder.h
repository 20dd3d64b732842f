// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace minwon {

/// Fills a migrated database with the demo city 한빛시: departments, 50
/// counselors in two rooms and the other roles (each a login role), the
/// knowledge base from resources/demo/kb, and past days of contacts and
/// cases with the brief's channel and category mix, plus a live queue.
/// Deterministic for a given seed and "now".
class DemoSeeder
{
public:
    struct Options
    {
        int days = 30; ///< past days of cases, today not counted
        int perWeekday = 4000; ///< contacts on an ordinary weekday
        quint32 seed = 20210416;
        QDateTime now = QDateTime::currentDateTime();
        bool reset = false; ///< wipe earlier demo data first
        int liveWaiting = 14; ///< contacts waiting in the queue right now
    };

    struct Stats
    {
        int departments = 0;
        int people = 0;
        int counselors = 0;
        int articles = 0;
        int versions = 0;
        int contacts = 0;
        int abandoned = 0;
        int cases = 0;
        int reports = 0;
        int forwards = 0;
        int quotes = 0;
        int waiting = 0;
        int dateShiftDays = 0; ///< how far the 2021 guidance was moved to line up with today
    };

    using Progress = std::function<void(const QString& step, int percent)>;

    DemoSeeder(QSqlDatabase db, Options options);

    /// True when the demo was loaded before.
    bool isSeeded(QString* error = nullptr) const;
    bool seed(Stats* stats, QString* error, const Progress& progress = {});

    /// The demo's logins for a workspace: counselor, supervisor, editor,
    /// approver, department, admin.
    static QString loginForRole(const QString& role);

private:
    struct Impl;
    QSqlDatabase m_db;
    Options m_options;
};

} // namespace minwon
