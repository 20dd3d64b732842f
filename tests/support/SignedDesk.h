// SPDX-License-Identifier: Apache-2.0
// A desk signed in as one person for the widget tests: its session, online,
// and the services the windows are built from.
#pragma once

#include "app/DeskServices.h"
#include "db/DbSession.h"
#include "support/CatchQt.h"

#include <QApplication>
#include <QElapsedTimer>

#include <functional>

namespace minwon::test {

/// Runs the event loop until `condition` holds or `ms` pass.
inline bool waitForUi(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}

struct SignedDesk
{
    explicit SignedDesk(const ConnectionConfig& config)
        : session(config, {})
    {
        session.start();
        REQUIRE(waitForUi([&] { return session.state() == DbSession::State::Online; }));
        session.runSync([&](QSqlDatabase& db) {
            QString error;
            identity = Identity::load(db, &error);
            reference.load(db, &error);
            return DbResult::success();
        });
        REQUIRE(identity.isValid());
        services = DeskServices::create(&session, identity, reference, &session);
    }
    DbSession session;
    Identity identity;
    ReferenceData reference;
    DeskServices services;
};

} // namespace minwon::test
