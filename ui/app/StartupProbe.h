// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWidget;

namespace minwon {

class KbService;

/// `minwon-desk --startup-report FILE`: how long a cold start took, for the
/// start-up benchmark. Notes the moment the window has painted and the event
/// loop is idle again (usable), and the moment the guidance search answers
/// from the local snapshot, with resident memory; writes them as JSON and
/// ends the program.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(const QString& path, QWidget* window, KbService* kb, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void windowUsable();
    void guidanceReady();
    void maybeFinish();
    void finish(const QString& error = {});

    QString m_path;
    QPointer<QWidget> m_window;
    QPointer<KbService> m_kb;
    QJsonObject m_report;
    bool m_painted = false;
    bool m_done = false;
    bool m_waitForSnapshot = false;
};

} // namespace minwon
