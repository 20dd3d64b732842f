// SPDX-License-Identifier: Apache-2.0
#include "app/StartupProbe.h"

#include "services/KbService.h"
#include "util/ProcessStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>
#include <QWidget>

namespace minwon {

StartupProbe::StartupProbe(const QString& path, QWidget* window, KbService* kb, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_window(window)
    , m_kb(kb)
{
    m_report.insert(QStringLiteral("signed_in_ms"), process::msSinceStart());
    window->installEventFilter(this);
    if (kb->isReady())
        guidanceReady();
    else
        connect(kb, &KbService::reloaded, this, &StartupProbe::guidanceReady);
    // A start that never becomes usable is a result too.
    QTimer::singleShot(60000, this, [this] { finish(QStringLiteral("not usable within 60 s")); });
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Painted; usable once the events queued behind the first paint
        // have been handled too.
        QTimer::singleShot(0, this, &StartupProbe::windowUsable);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::windowUsable()
{
    m_report.insert(QStringLiteral("window_ms"), process::msSinceStart());
    maybeFinish();
}

void StartupProbe::guidanceReady()
{
    KbService* kb = m_kb.data();
    if (kb == nullptr || !kb->isReady())
        return;
    if (!m_report.contains(QStringLiteral("guidance_ms"))) {
        // The search a counselor types first answers from the index now.
        m_report.insert(QStringLiteral("guidance_ms"), process::msSinceStart());
        m_report.insert(QStringLiteral("guidance_versions"), kb->size());
        m_report.insert(
            QStringLiteral("hits_for_test_query"),
            int(kb->search(QStringLiteral("선별진료소"), QDate::currentDate(), false, 50).size()));
    }
    if (kb->isPartial() || m_report.contains(QStringLiteral("all_versions_ms")))
        return;
    m_report.insert(QStringLiteral("all_versions_ms"), process::msSinceStart());
    m_report.insert(QStringLiteral("articles"), kb->size());
    m_report.insert(QStringLiteral("from_snapshot"), !kb->hasServerData());
    // Without a snapshot yet, the first start writes one: wait for it, so
    // that the next start is a start with the guidance cached.
    if (kb->hasServerData()) {
        m_waitForSnapshot = true;
        connect(kb, &KbService::snapshotSaved, this, [this] {
            m_waitForSnapshot = false;
            maybeFinish();
        });
    }
    maybeFinish();
}

void StartupProbe::maybeFinish()
{
    if (m_report.contains(QStringLiteral("window_ms")) && m_report.contains(QStringLiteral("all_versions_ms"))
        && !m_waitForSnapshot)
        finish();
}

void StartupProbe::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (!error.isEmpty())
        m_report.insert(QStringLiteral("error"), error);
    m_report.insert(QStringLiteral("rss_kib"), process::residentKiB());
    m_report.insert(QStringLiteral("peak_rss_kib"), process::peakResidentKiB());
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(m_report).toJson());
    QCoreApplication::exit(error.isEmpty() ? 0 : 3);
}

} // namespace minwon
