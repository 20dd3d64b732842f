// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace minwon {

/// Turns SIGTERM, SIGINT and SIGHUP into QCoreApplication::quit(), so that a
/// desk stopped by the session manager or a service stopped by systemd shuts
/// down the normal way (drafts saved, private server stopped, requests
/// finished). Call once, after the application object exists.
void quitOnTerminationSignals();

} // namespace minwon
