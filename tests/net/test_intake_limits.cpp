// SPDX-License-Identifier: Apache-2.0
// The gateway's limits over real sockets: oversize bodies (declared and
// streamed, up to 100 MB), stalled clients, connection limits, a burst of a
// thousand requests, pipelining, chunked bodies and 100-continue.
#include "NetSupport.h"
#include "support/CatchQt.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QUuid>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace minwon::test;

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray smsBody(int n = 0)
{
    return QStringLiteral(R"({"channel": "sms", "sender": "010-2000-%1", "text": "문의 %1"})")
        .arg(n, 4, 10, QLatin1Char('0'))
        .toUtf8();
}

/// A client that pours out `total` bytes of body after `head` whatever the
/// server says (a raw socket in a thread of its own: it ignores the
/// server's half-close), reading the answer meanwhile. The test's thread
/// keeps the in-process gateway running until it is done.
struct Flood
{
    HttpReply reply;
    bool answered = false;
    qint64 sent = 0;

    void run(quint16 port, const QByteArray& head, qint64 total, bool chunked, int timeoutMs)
    {
        std::atomic<bool> finished {false};
        QByteArray received;
        std::thread client([&] {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
                ::close(fd);
                finished = true;
                return;
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            const QByteArray piece(1024 * 1024, 'x');
            const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            QByteArray pending = head;
            qint64 body = 0;
            bool readOpen = true;
            QElapsedTimer clock;
            clock.start();
            char buffer[65536];
            while (clock.elapsed() < timeoutMs) {
                if (pending.isEmpty() && body < total) {
                    pending = chunked ? chunk : piece;
                    body += piece.size();
                }
                pollfd p {fd, short((readOpen ? POLLIN : 0) | (pending.isEmpty() ? 0 : POLLOUT)), 0};
                if (!readOpen && pending.isEmpty())
                    break;
                if (::poll(&p, 1, 1000) <= 0)
                    continue;
                if (p.revents & POLLIN) {
                    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                    if (n > 0)
                        received.append(buffer, n);
                    else
                        readOpen = false; // the server's half-close; go on sending
                }
                if (p.revents & POLLOUT) {
                    const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
                    if (n > 0) {
                        pending.remove(0, n);
                        if (pending.isEmpty())
                            sent = body;
                    } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
                        break; // reset by the server
                    }
                }
                if (p.revents & (POLLERR | POLLHUP))
                    break;
            }
            ::close(fd);
            finished = true;
        });
        waitFor([&] { return finished.load(); }, timeoutMs + 5000);
        client.join();
        if (auto r = takeResponse(received)) {
            reply = *r;
            answered = true;
        }
    }
};

} // namespace

TEST_CASE("A body over the limit is refused from its Content-Length before it is read", "[net][db][intake]")
{
    Gateway gw([](minwon::IntakeServer::Options& o) { o.limits.maxBodyBytes = 64 * 1024; });
    const QString token = gw.addConnector(QStringLiteral("big"));
    // Only the head is sent: the answer cannot depend on reading the body.
    const QByteArray head = "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Authorization: Bearer "
        + token.toLatin1() + "\r\nIdempotency-Key: big-1\r\nContent-Length: 104857600\r\n\r\n";
    HttpReply r = exchange(gw.port(), head, 5000);
    CHECK(r.status == 413);
    CHECK(r.reason() == QStringLiteral("body_too_large"));
    CHECK(r.header("connection") == "close");
    CHECK(r.closed);
    CHECK(r.elapsedMs < 2000);
    // Exactly the limit is fine.
    QByteArray body = R"({"channel": "sms", "sender": "010-1111-2222", "text": ")"
        + QByteArray(64 * 1024 - 60, 'a') + "\"}";
    body += QByteArray(64 * 1024 - body.size(), ' ');
    REQUIRE(body.size() == 64 * 1024);
    HttpReply fits = gw.post("/v1/contacts", token, newKey(), body);
    CHECK(fits.status == 422); // read whole and judged: the text is over 10,000 characters
    CHECK(fits.reason() == QStringLiteral("field_too_long"));
    HttpReply over = gw.post("/v1/contacts", token, newKey(), body + " ");
    CHECK(over.status == 413);
    // The client that waits for 100-continue never has to send the body.
    HttpReply expect = exchange(gw.port(), head.left(head.size() - 2) + "Expect: 100-continue\r\n\r\n", 5000);
    CHECK(expect.status == 413);
}

TEST_CASE("A client streaming 100 MB gets 413 while the gateway's memory stays bounded", "[net][db][intake]")
{
    Gateway gw([](minwon::IntakeServer::Options& o) {
        o.limits.maxBodyBytes = 64 * 1024;
        o.limits.lingerMs = 20000; // let the client pour out all 100 MB
    });
    const QString token = gw.addConnector(QStringLiteral("flood"));
    // Warm up, so that what the first requests allocate is not counted.
    for (int i = 0; i < 5; ++i)
        REQUIRE(gw.post("/v1/contacts", token, newKey(), smsBody(i)).status == 201);
    const qint64 rssBefore = residentKb();
    const QByteArray auth = "Authorization: Bearer " + token.toLatin1() + "\r\nIdempotency-Key: flood\r\n";

    // Declared honestly, sent anyway without waiting for an answer.
    Flood declared;
    declared.run(gw.port(),
                 "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + auth
                     + "Content-Length: 104857600\r\n\r\n",
                 100LL * 1024 * 1024, false, 20000);
    CHECK(declared.answered);
    CHECK(declared.reply.status == 413);
    CHECK(declared.sent == 100LL * 1024 * 1024);

    // Streamed in chunks: no length to judge by, so the cap stops it.
    Flood streamed;
    streamed.run(gw.port(),
                 "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + auth
                     + "Transfer-Encoding: chunked\r\n\r\n",
                 100LL * 1024 * 1024, true, 20000);
    CHECK(streamed.answered);
    CHECK(streamed.reply.status == 413);
    CHECK(streamed.sent == 100LL * 1024 * 1024);
    CHECK(streamed.reply.reason() == QStringLiteral("body_too_large"));

    // No connection ever held more than its limits (head, body, one socket read).
    const auto& limits = gw.server().http().limits();
    CHECK(gw.server().http().peakBufferedBytes()
          <= limits.maxHeaderBytes + limits.maxBodyBytes + limits.socketReadBuffer + 1024 * 1024);
    const qint64 grewKb = residentKb() - rssBefore;
    INFO("resident memory grew by " << grewKb << " KiB; sent " << declared.sent + streamed.sent << " bytes");
    CHECK(grewKb < 40 * 1024);
    // And the gateway still serves.
    CHECK(gw.post("/v1/contacts", token, newKey(), smsBody(99)).status == 201);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key = 'flood'")) == 0);
}

TEST_CASE("A client that sends half a request and stalls is cut off while others are served",
          "[net][db][intake]")
{
    Gateway gw([](minwon::IntakeServer::Options& o) { o.limits.requestTimeoutMs = 1000; });
    const QString token = gw.addConnector(QStringLiteral("stall"));
    QElapsedTimer clock;
    clock.start();
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, gw.port());
    const QByteArray full = jsonPost("/v1/contacts", token, QStringLiteral("stalled-1"), smsBody(1));
    stalled.write(full.left(full.size() - 20)); // the head and part of the body, then nothing
    bool stalledClosed = false;
    qint64 closedAt = -1;
    QObject::connect(&stalled, &QTcpSocket::disconnected, [&] {
        stalledClosed = true;
        closedAt = clock.elapsed();
    });

    // Meanwhile another client is served, request after request.
    int served = 0;
    qint64 lastServedAt = 0;
    while (clock.elapsed() < 800) {
        if (gw.post("/v1/contacts", token, newKey(), smsBody(100 + served)).status == 201) {
            ++served;
            lastServedAt = clock.elapsed();
        }
    }
    CHECK(served >= 5);
    CHECK(!stalledClosed);

    QByteArray in;
    REQUIRE(waitFor(
        [&] {
            in += stalled.readAll();
            return stalledClosed;
        },
        5000));
    in += stalled.readAll();
    const auto reply = takeResponse(in);
    REQUIRE(reply.has_value());
    CHECK(reply->status == 408);
    CHECK(reply->reason() == QStringLiteral("request_timeout"));
    CHECK(closedAt >= 900);
    CHECK(closedAt < 4000);
    CHECK(lastServedAt < closedAt);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM intake_requests WHERE idem_key = 'stalled-1'")) == 0);
    bool logged = false;
    for (const QJsonObject& line : gw.requestLogs())
        logged = logged || line.value(QStringLiteral("status")).toInt() == 408;
    CHECK(logged);

    // A connection that opens and never says a word is closed too (idle timeout).
    Gateway quiet([](minwon::IntakeServer::Options& o) { o.limits.idleTimeoutMs = 500; });
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, quiet.port());
    CHECK(waitFor([&] { return silent.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

TEST_CASE("A thousand requests in a burst are all answered, each contact once", "[net][db][intake]")
{
    // Two sockets per request in this process (client and server side).
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < 4096 && files.rlim_max >= 4096) {
        files.rlim_cur = 4096;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    Gateway gw([](minwon::IntakeServer::Options& o) { o.dbConnections = 4; });
    const QString token = gw.addConnector(QStringLiteral("burst"));
    constexpr int total = 1000;
    QList<QTcpSocket*> sockets;
    QList<QByteArray> buffers(total);
    QList<std::optional<HttpReply>> replies(total);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QHostAddress::LocalHost, gw.port());
        s->write(jsonPost("/v1/contacts", token, QStringLiteral("burst-%1").arg(i), smsBody(i)));
        sockets << s;
    }
    int done = 0;
    REQUIRE(waitFor(
        [&] {
            for (int i = 0; i < total; ++i) {
                if (replies[i])
                    continue;
                buffers[i] += sockets[i]->readAll();
                replies[i] = takeResponse(buffers[i]);
                done += replies[i] ? 1 : 0;
            }
            return done == total;
        },
        45000));
    const qint64 elapsed = clock.elapsed();
    qDeleteAll(sockets);
    QSet<QString> ids;
    int created = 0;
    for (const auto& r : replies) {
        created += r->status == 201 ? 1 : 0;
        ids << r->object().value(QStringLiteral("contact_id")).toString();
    }
    INFO("1000 requests answered in " << elapsed << " ms");
    CHECK(created == total);
    CHECK(ids.size() == total);
    CHECK(gw.count(QStringLiteral("SELECT count(*) FROM contacts WHERE source = 'intake:burst'")) == total);
    CHECK(
        gw.count(QStringLiteral("SELECT count(DISTINCT sender) FROM contacts WHERE source = 'intake:burst'"))
        == total);
    CHECK(gw.count(QStringLiteral(
              "SELECT count(*) FROM intake_requests WHERE idem_key LIKE 'burst-%' AND status = 201"))
          == total);
    CHECK(gw.requestLogs().size() >= total);
}

TEST_CASE("Connections beyond the limit are refused with 503", "[net][db][intake]")
{
    Gateway gw([](minwon::IntakeServer::Options& o) { o.limits.maxConnections = 3; });
    QList<QTcpSocket*> held;
    for (int i = 0; i < 3; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QHostAddress::LocalHost, gw.port());
        REQUIRE(s->waitForConnected(2000));
        held << s;
    }
    REQUIRE(waitFor([&] { return gw.server().http().connectionCount() == 3; }, 3000));
    HttpReply refused = gw.get("/health");
    CHECK(refused.status == 503);
    CHECK(refused.reason() == QStringLiteral("server_busy"));
    CHECK(refused.header("retry-after") == "1");
    qDeleteAll(held);
    REQUIRE(waitFor([&] { return gw.server().http().connectionCount() == 0; }, 3000));
    CHECK(gw.get("/health").status == 200);
}

TEST_CASE("Pipelined, chunked and 100-continue requests are read correctly", "[net][db][intake]")
{
    Gateway gw;
    const QString token = gw.addConnector(QStringLiteral("proto"));
    // Three requests in one write, answered in order on one connection.
    QByteArray three;
    for (int i = 0; i < 3; ++i)
        three += jsonPost("/v1/contacts", token, QStringLiteral("pipe-%1").arg(i), smsBody(500 + i));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, gw.port());
    socket.write(three);
    QByteArray in;
    QList<HttpReply> replies;
    REQUIRE(waitFor(
        [&] {
            in += socket.readAll();
            while (auto r = takeResponse(in))
                replies << *r;
            return replies.size() == 3;
        },
        10000));
    for (int i = 0; i < 3; ++i) {
        CHECK(replies[i].status == 201);
        CHECK(replies[i].object().value(QStringLiteral("sender")).toString()
              == QStringLiteral("01020000%1").arg(500 + i));
    }

    // A chunked body with an extension and a trailer.
    const QByteArray body = smsBody(600);
    QByteArray chunked
        = "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nIdempotency-Key: chunky\r\nTransfer-Encoding: chunked\r\n\r\n";
    chunked += QByteArray::number(10, 16) + ";ext=1\r\n" + body.left(10) + "\r\n";
    chunked
        += QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\nX-Trailer: y\r\n\r\n";
    HttpReply c = exchange(gw.port(), chunked);
    CHECK(c.status == 201);

    // Expect: 100-continue gets the interim answer before the body is sent.
    QTcpSocket waiting;
    waiting.connectToHost(QHostAddress::LocalHost, gw.port());
    const QByteArray body2 = smsBody(601);
    waiting.write(
        "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nIdempotency-Key: continue\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body2.size()) + "\r\n\r\n");
    QByteArray interim;
    REQUIRE(waitFor(
        [&] {
            interim += waiting.readAll();
            return interim.contains("\r\n\r\n");
        },
        5000));
    CHECK(interim.startsWith("HTTP/1.1 100 Continue"));
    waiting.write(body2);
    QByteArray rest = interim;
    std::optional<HttpReply> final;
    REQUIRE(waitFor(
        [&] {
            rest += waiting.readAll();
            final = takeResponse(rest);
            return final.has_value();
        },
        5000));
    CHECK(final->status == 201);

    // Smuggling guards: both lengths, or two that disagree.
    CHECK(exchange(gw.port(),
                   "POST /v1/contacts HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
              .status
          == 400);
    CHECK(exchange(gw.port(),
                   "POST /v1/contacts HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello")
              .status
          == 400);
    CHECK(exchange(gw.port(), "GET /health HTTP/2.0\r\n\r\n").status == 505);
    CHECK(exchange(gw.port(), "GET /health HTTP/1.1\r\n" + QByteArray(20000, 'h') + "\r\n\r\n").status
          == 431);
}
