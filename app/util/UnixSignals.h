// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

namespace minwon {

/// Turns SIGTERM, SIGINT and SIGHUP into QCoreApplication::quit(), so that a
/// desk stopped by the session manager or a service stopped by systemd shuts
/// down the normal way (drafts saved, private server stopped, requests
/// finished). Call after the application object exists. A command that runs
/// its own event loop instead of QCoreApplication::exec() passes how to end
/// it (quit() would wait for an exec() that never comes).
void quitOnTerminationSignals(std::function<void()> onSignal = {});

} // namespace minwon
