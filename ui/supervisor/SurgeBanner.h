// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/ReportTypes.h"

#include <QFrame>
#include <QHash>

class QVBoxLayout;

namespace minwon {

class SurgeService;

/// The surge notices above the supervisor's workspace: one line per
/// category running above its usual level, with a button to its cases.
/// Hidden when there is none.
class SurgeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SurgeBanner(SurgeService* service, QWidget* parent = nullptr);

    int noticeCount() const { return int(m_lines.size()); }
    /// The text of a category's notice, empty when there is none.
    QString noticeText(const QString& category) const;
    /// The surge a category's notice shows (its window and count); empty when there is none.
    Surge notice(const QString& category) const { return m_surges.value(category); }
    /// Clicks the notice's button (as a person would).
    void openNotice(const QString& category);
    static QString describe(const Surge& surge);

signals:
    void casesRequested(const minwon::Surge& surge);
    /// A new surge, for the status bar.
    void message(const QString& text);

private:
    void add(const Surge& surge);
    void update(const Surge& surge);
    void remove(const QString& category);

    QVBoxLayout* m_layout;
    QHash<QString, QWidget*> m_lines;
    QHash<QString, Surge> m_surges;
};

} // namespace minwon
