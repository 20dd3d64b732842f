// SPDX-License-Identifier: Apache-2.0
// The outage banner as a counselor sees it: the server dies, the banner says
// what still works and counts the saves kept on this computer; the server
// comes back and the banner reports the replay, then goes away.
#include "mainwindow/OutageBanner.h"
#include "support/CatchQt.h"
#include "support/ResilienceRig.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <csignal>
#include <sys/stat.h>

using namespace minwon;
using namespace minwon::rig;

TEST_CASE("The outage banner says what still works, counts kept saves and reports the replay",
          "[ui][db][resilience]")
{
    QTemporaryDir dir(tempRoot(QStringLiteral("banner")));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    PrivateServer::Options options;
    options.rootDir = dir.path() + QStringLiteral("/server");
    PrivateServer server(options);
    QString error;
    REQUIRE(prepare(server, &error));
    ConnectionConfig config = server.connectionConfig(QStringLiteral("minwon"));
    config.user = QStringLiteral("counselor12");
    Desk desk(config, dir.filePath(QStringLiteral("desk.sqlite")));
    REQUIRE(desk.storeOpen);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bannerWidget = new OutageBanner(&desk.session, desk.outbox.get(), &window);
    OutageBanner& banner = *bannerWidget;
    layout->addWidget(bannerWidget);
    window.show();
    REQUIRE(waitFor([&] { return desk.session.state() == DbSession::State::Online; }, 10000));
    CHECK(banner.isHidden());

    REQUIRE(::kill(pid_t(server.postmasterPid()), SIGKILL) == 0);
    REQUIRE(waitFor([&] { return banner.isVisible(); }, 8000));
    INFO(banner.text().toStdString());
    CHECK(banner.text().contains(QStringLiteral("cannot be reached")));
    CHECK(banner.text().contains(QStringLiteral("Guidance search and the complaint form keep working")));
    CHECK(banner.text().contains(QStringLiteral("queue is not up to date")));
    REQUIRE(banner.findChild<QLabel*>());
    CHECK_FALSE(banner.findChild<QLabel*>()->accessibleName().isEmpty());

    // Saves made meanwhile wait on this computer, and the banner counts them.
    for (int i = 0; i < 3; ++i) {
        CaseRecord r = CaseRecord::createFor({}, QStringLiteral("phone"), QStringLiteral("01055551234"));
        r.summary = QStringLiteral("load %1").arg(i);
        REQUIRE(desk.outbox->enqueueCase(r, QUuid::createUuid()));
    }
    REQUIRE(waitFor([&] { return banner.text().contains(QStringLiteral("Waiting to be sent: 3")); }, 2000));

    const PrivateServer::StartResult restarted = server.start(&error);
    INFO("restart " << int(restarted) << " " << error.toStdString());
    REQUIRE(restarted != PrivateServer::StartResult::Failed);
    // Back: the replay runs by itself and the banner says everything was sent.
    const bool sent = waitFor(
        [&] {
            return banner.text().contains(QStringLiteral("Everything kept on this computer has been sent"));
        },
        20000);
    INFO("session " << int(desk.session.state()) << " " << desk.session.stateMessage().toStdString()
                    << " pending " << desk.outbox->pendingCount() << " banner "
                    << banner.text().toStdString());
    REQUIRE(sent);
    CHECK(desk.outbox->pendingCount() == 0);
    int distinct = 0;
    CHECK(countCases(server.connectionConfig(QStringLiteral("minwon")), &distinct) == 3);
    CHECK(waitFor([&] { return banner.isHidden(); }, 15000));
    server.stop();
}
