// SPDX-License-Identifier: Apache-2.0
#include "util/UnixSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace minwon {

namespace {
int s_fds[2] = {-1, -1};
std::function<void()> s_onSignal;

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
}
} // namespace

void quitOnTerminationSignals(std::function<void()> handler)
{
    s_onSignal = std::move(handler);
    if (s_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
        return;
    auto* notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(s_fds[1], &byte, 1);
        if (s_onSignal)
            s_onSignal();
        else
            QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}

} // namespace minwon
