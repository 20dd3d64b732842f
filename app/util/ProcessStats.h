// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace minwon::process {

/// Milliseconds since this process was started by the kernel (before the
/// dynamic loader ran), or -1 where /proc cannot tell.
qint64 msSinceStart();
/// Resident memory now, and at its peak, in KiB (VmRSS, VmHWM); -1 if unknown.
qint64 residentKiB();
qint64 peakResidentKiB();

/// Lowers the calling thread's scheduling weight (nice 10 on Linux), for
/// background work that must never take the CPU from the window.
void lowerThreadPriority();

} // namespace minwon::process
