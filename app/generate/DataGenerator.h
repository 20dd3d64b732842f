// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace minwon {

/// Years of call-center history for load tests (minwon-admin generate):
/// contacts with the brief's seasonal, weekly, daily and hourly shape,
/// channel and category mix (COVID-19 lifted in the waves of 2020-2022),
/// abandoned calls, cases with callbacks, violation reports forwarded to the
/// enforcement departments, reviews, quoted guidance and contact events; and
/// a knowledge base of versioned articles. The same options give the same
/// rows. Loaded with COPY in one transaction.
///
/// It needs no demo data: departments come from the demo organisation file
/// and the generator creates its own staff (logins gen_*, without sign-in
/// roles: they exist only as the authors of the history).
class DataGenerator
{
public:
    struct Options
    {
        QDate start {2018, 1, 1};
        double years = 6;
        /// Contacts in a year like 2020 (31 % COVID-19): the brief's 840,000.
        /// A year without COVID-19 comes out at about 580,000, as in the brief.
        double perYear = 840000;
        double scale = 1; ///< 0.001 … 10
        quint32 seed = 20200120;
        int kbArticles = 20000;
        bool reset = false; ///< empty the case and guidance tables first
        /// Drop the secondary indexes of the history tables for the load and
        /// build them again at the end: 2.5 times faster for 4 million
        /// contacts than keeping them (docs/benchmarks.md).
        bool rebuildIndexes = true;
    };

    struct Stats
    {
        qint64 contacts = 0;
        qint64 abandoned = 0;
        qint64 cases = 0;
        qint64 callbacks = 0;
        qint64 reports = 0;
        qint64 forwards = 0;
        qint64 reviews = 0;
        qint64 quotes = 0;
        qint64 events = 0;
        qint64 rows = 0; ///< every row written
        int counselors = 0;
        int articles = 0;
        int versions = 0;
    };

    /// done and total in contacts; rows = every row written so far.
    using Progress = std::function<void(qint64 done, qint64 total, qint64 rows)>;

    DataGenerator(QSqlDatabase db, Options options);

    /// The number of contacts the options will make (before rounding per day).
    qint64 expectedContacts() const;
    bool run(Stats* stats, QString* error, const Progress& progress = {});

private:
    struct Impl;
    QSqlDatabase m_db;
    Options m_options;
};

} // namespace minwon
