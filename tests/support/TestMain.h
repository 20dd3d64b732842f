// SPDX-License-Identifier: Apache-2.0
#pragma once

// The shared main of the Catch2 test binaries: offscreen platform, an
// application object, the fixture commands, then Catch::Session.

#include "support/CatchQt.h"
#include "support/TestCluster.h"
#include "util/CoreInit.h"

#include <QString>

#include <cstring>

namespace minwon::test {

template <typename App> int runTests(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    App::setApplicationName(QStringLiteral("minwon-tests"));
    minwon::initCore();
    if (argc == 3 && std::strcmp(argv[1], "--setup-cluster") == 0)
        return TestCluster::setupFixture(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && std::strcmp(argv[1], "--cleanup-cluster") == 0)
        return TestCluster::cleanupFixture(QString::fromLocal8Bit(argv[2]));
    const int result = Catch::Session().run(argc, argv);
    TestCluster::shutdownOwn();
    return result;
}

} // namespace minwon::test
