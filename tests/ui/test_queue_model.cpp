// SPDX-License-Identifier: Apache-2.0
#include "common/Theme.h"
#include "db/DbSession.h"
#include "db/SqlConnection.h"
#include "queue/QueueFilterModel.h"
#include "queue/QueueModel.h"
#include "services/QueueService.h"
#include "support/CatchQt.h"
#include "support/TestCluster.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QPalette>
#include <QSqlQuery>

using namespace minwon;
using minwon::test::TestDatabase;

namespace {
bool waitFor(const std::function<bool()>& condition, int ms = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}
} // namespace

TEST_CASE("The queue model follows other desks live and stays a valid model", "[ui][db][queue]")
{
    TestDatabase db(TestDatabase::Kind::Demo);
    DbSession session(db.configAs(QStringLiteral("counselor01")), {});
    session.start();
    REQUIRE(waitFor([&] { return session.state() == DbSession::State::Online; }));
    ReferenceData reference;
    session.runSync([&](QSqlDatabase& d) {
        QString error;
        reference.load(d, &error);
        return DbResult::success();
    });
    QueueService service(&session);
    QueueModel model(&service);
    model.setReferenceData(reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    service.reload();
    REQUIRE(waitFor([&] { return model.rowCount() >= 14; }));
    const int start = model.rowCount();

    SqlConnection other(db.configAs(QStringLiteral("counselor20")), {}, QStringLiteral("other"));
    REQUIRE(other.open());
    QSqlQuery q(other.db());
    // Arrivals on another desk's side appear, most urgent first.
    REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts (channel, sender, priority, preferred_room) VALUES "
                                  "('twitter', 'twitter:a', 9, 2) RETURNING id")));
    REQUIRE(q.next());
    const QString urgent = q.value(0).toString();
    REQUIRE(waitFor([&] { return model.rowCount() == start + 1; }));
    CHECK(model.item(0)->id == QUuid::fromString(urgent));
    CHECK(model.data(model.index(0, QueueModel::ChannelColumn)).toString() == QStringLiteral("Twitter"));

    // Filters: by channel and by room (no preference belongs to every room).
    filter.setChannel(QStringLiteral("twitter"));
    CHECK(filter.rowCount() >= 1);
    for (int r = 0; r < filter.rowCount(); ++r)
        CHECK(filter.index(r, 0).data(QueueModel::ChannelCodeRole).toString() == QStringLiteral("twitter"));
    filter.setRoom(1);
    for (int r = 0; r < filter.rowCount(); ++r)
        CHECK(filter.index(r, 0).data(QueueModel::IdRole).toUuid() != QUuid::fromString(urgent));
    filter.setChannel({});
    filter.setRoom(0);
    CHECK(filter.rowCount() == model.rowCount());

    // Claimed elsewhere: the row shows who holds it; done: it leaves the queue.
    REQUIRE(q.exec(QStringLiteral("SELECT claim_contact('%1')").arg(urgent)));
    REQUIRE(waitFor([&] {
        const int row = model.rowOf(QUuid::fromString(urgent));
        return row >= 0 && model.item(row)->state == QLatin1String("claimed");
    }));
    const int row = model.rowOf(QUuid::fromString(urgent));
    CHECK_FALSE(model.data(model.index(row, QueueModel::HolderColumn)).toString().isEmpty());
    REQUIRE(q.exec(QStringLiteral("SELECT finish_contact('%1')").arg(urgent)));
    REQUIRE(waitFor([&] { return model.rowOf(QUuid::fromString(urgent)) < 0; }));

    // The citizen hangs up: gone from every desk.
    const QUuid oldest = model.item(model.rowCount() - 1)->id;
    REQUIRE(
        q.exec(QStringLiteral("SELECT abandon_contact('%1')").arg(oldest.toString(QUuid::WithoutBraces))));
    REQUIRE(waitFor([&] { return model.rowOf(oldest) < 0; }));
}

TEST_CASE("Waiting time is graded against the channel's service level, in words too", "[ui][queue]")
{
    ReferenceData reference;
    reference.channels
        = {{QStringLiteral("phone"), QStringLiteral("전화"), QStringLiteral("Phone"), true, 20, 0.5},
           {QStringLiteral("sms"), QStringLiteral("문자"), QStringLiteral("SMS"), false, 3600, 0.5}};
    DbSession idle(ConnectionConfig {}, {}); // never started: no database needed
    QueueService service(&idle);
    QueueModel model(&service);
    model.setReferenceData(reference);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setClock([now] { return now; });
    auto grade = [&](const QString& channel, int waited) {
        QueueItem item;
        item.channel = channel;
        item.state = QStringLiteral("waiting");
        item.arrivedAt = now.addSecs(-waited);
        return model.urgency(item);
    };
    CHECK(grade(QStringLiteral("phone"), 5) == QueueModel::Urgency::Normal);
    CHECK(grade(QStringLiteral("phone"), 10) == QueueModel::Urgency::Warning);
    CHECK(grade(QStringLiteral("phone"), 19) == QueueModel::Urgency::Warning);
    CHECK(grade(QStringLiteral("phone"), 20) == QueueModel::Urgency::Breach);
    CHECK(grade(QStringLiteral("sms"), 1700) == QueueModel::Urgency::Normal);
    CHECK(grade(QStringLiteral("sms"), 1800) == QueueModel::Urgency::Warning);
    CHECK(grade(QStringLiteral("sms"), 3700) == QueueModel::Urgency::Breach);
}

TEST_CASE("Waiting-time states carry a word, a sign and a spoken text, in light and dark",
          "[ui][queue][theme]")
{
    ReferenceData reference;
    reference.channels
        = {{QStringLiteral("phone"), QStringLiteral("전화"), QStringLiteral("Phone"), true, 20, 0.5}};
    DbSession idle(ConnectionConfig {}, {}); // never started: no database needed
    QueueService service(&idle);
    QueueModel model(&service);
    model.setReferenceData(reference);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setClock([now] { return now; });
    const int waits[] = {3, 12, 45}; // normal, warning, breach
    for (int waited : waits) {
        QueueItem item;
        item.id = QUuid::createUuid();
        item.channel = QStringLiteral("phone");
        item.state = QStringLiteral("waiting");
        item.arrivedAt = now.addSecs(-waited);
        emit service.itemUpserted(item);
    }
    REQUIRE(model.rowCount() == 3);
    // Oldest first: breach, warning, normal.
    const QModelIndex breach = model.index(0, QueueModel::WaitColumn);
    const QModelIndex warning = model.index(1, QueueModel::WaitColumn);
    const QModelIndex normal = model.index(2, QueueModel::WaitColumn);
    REQUIRE(breach.data(QueueModel::UrgencyRole).toInt() == int(QueueModel::Urgency::Breach));
    REQUIRE(warning.data(QueueModel::UrgencyRole).toInt() == int(QueueModel::Urgency::Warning));

    // A word in the cell, a sign before it, and a sentence for a screen reader.
    CHECK(breach.data().toString() == QStringLiteral("0:45 over"));
    CHECK(warning.data().toString() == QStringLiteral("0:12 soon"));
    CHECK(normal.data().toString() == QStringLiteral("0:03"));
    CHECK_FALSE(breach.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK_FALSE(warning.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK_FALSE(normal.data(Qt::DecorationRole).isValid());
    CHECK(breach.data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("over the service-level target")));
    CHECK(warning.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("close to")));
    CHECK_FALSE(breach.data(Qt::ToolTipRole).toString().isEmpty());

    // The colours follow the palette and stay readable on their background.
    const QPalette previous = QApplication::palette();
    auto colours = [&](const QModelIndex& index) {
        return std::pair {index.data(Qt::ForegroundRole).value<QBrush>().color(),
                          index.data(Qt::BackgroundRole).value<QBrush>().color()};
    };
    theme::apply(theme::Mode::Light);
    const auto [lightFg, lightBg] = colours(breach);
    const auto [lightWarnFg, lightWarnBg] = colours(warning);
    theme::apply(theme::Mode::Dark);
    const auto [darkFg, darkBg] = colours(breach);
    const auto [darkWarnFg, darkWarnBg] = colours(warning);
    theme::apply(theme::Mode::System);
    QApplication::setPalette(previous);
    CHECK(lightFg != darkFg);
    CHECK(lightBg != darkBg);
    CHECK(lightWarnFg != darkWarnFg);
    for (const auto& [fg, bg] : {std::pair {lightFg, lightBg}, std::pair {darkFg, darkBg},
                                 std::pair {lightWarnFg, lightWarnBg}, std::pair {darkWarnFg, darkWarnBg}}) {
        INFO(fg.name().toStdString() << " on " << bg.name().toStdString());
        CHECK(theme::contrast(fg, bg) >= 4.5);
    }
}
