// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/DailyReport.h"

#include <QObject>

#include <functional>

namespace minwon {

class DbSession;

/// Reads a DailyReport off the GUI thread.
class DailyReportService : public QObject
{
    Q_OBJECT
public:
    explicit DailyReportService(DbSession* session, QObject* parent = nullptr);

    using Done = std::function<void(bool ok, const DailyReport& report, const QString& message)>;
    void load(const QDate& from, const QDate& to, Done done, QObject* context);

private:
    DbSession* m_session;
};

} // namespace minwon
