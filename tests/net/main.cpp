// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include "support/TestMain.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    return minwon::test::runTests<QCoreApplication>(argc, argv);
}
