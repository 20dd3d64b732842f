// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include "support/TestMain.h"

#include <QApplication>

#include <cstring>

int draftChild(const QStringList& args);

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--draft-child") == 0) {
        // A desk the draft test kills with SIGKILL (see test_case_form.cpp).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        minwon::initCore();
        return draftChild(app.arguments().mid(2));
    }
    return minwon::test::runTests<QApplication>(argc, argv);
}
