// SPDX-License-Identifier: Apache-2.0
#include "util/ProcessStats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace minwon::process {

namespace {
QByteArray readProc(const char* path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files report a size of 0: read until the end.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 statusField(const QByteArray& name)
{
    for (const QByteArray& line : readProc("/proc/self/status").split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

qint64 msSinceStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since
    // boot; the command name (field 2) may contain spaces, so count from
    // the closing parenthesis.
    const QByteArray stat = readProc("/proc/self/stat");
    const int close = stat.lastIndexOf(')');
    const QByteArray uptime = readProc("/proc/uptime");
    if (close < 0 || uptime.isEmpty())
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ")": state is field 3, so start time (22) is index 19.
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    const double upSeconds = uptime.split(' ').value(0).toDouble(&ok);
    if (!ok)
        return -1;
    return qint64(upSeconds * 1000.0 - double(startTicks) * 1000.0 / double(ticksPerSecond));
}

void lowerThreadPriority()
{
#ifdef __linux__
    // On Linux a thread has its own nice value, addressed by its thread id.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    if (::getpriority(PRIO_PROCESS, tid) < 10)
        ::setpriority(PRIO_PROCESS, tid, 10);
#endif
}

qint64 residentKiB()
{
    return statusField("VmRSS");
}

qint64 peakResidentKiB()
{
    return statusField("VmHWM");
}

} // namespace minwon::process
