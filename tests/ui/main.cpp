// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include "support/TestMain.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    return minwon::test::runTests<QApplication>(argc, argv);
}
