// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QCoreApplication;

namespace minwon {

/// minwon-intake: parses the command line (the database options of
/// minwon-admin, --listen HOST:PORT and the limits), connects, checks the
/// schema, serves until SIGTERM/SIGINT, then shuts down gracefully.
/// Returns the process exit code.
int runIntakeService(QCoreApplication& app, QStringList args, const QString& language);

} // namespace minwon
