// SPDX-License-Identifier: GPL-3.0-or-later
// What the HTTP layer refuses before any handler runs: a body announced too large (413 from the
// head alone), a foreign Host on the setup page (DNS rebinding), clients outside [setup]
// allow_from, connections beyond the per-address limit; and what it keeps: keep-alive and
// pipelined requests answered in order.
#include "HostileBox.h"
#include "HostileClients.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mente::test;

TEST(RequestLimits, HugeContentLengthIs413FromTheHeadAlone)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    const QByteArray request = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: 104857600\r\n\r\n";
    const Probe api = probe(b.apiPort, b.box.fingerprint(), request, 1000);
    EXPECT_EQ(api.status, 413);
    EXPECT_LT(api.ms, 1000);
    EXPECT_EQ(QJsonDocument::fromJson(api.body)
                  .object()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code")),
              QStringLiteral("too_large"))
        << api.body.toStdString();
    const Probe setup =
        probe(b.setupPort, {}, "POST /network HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n", 1000);
    EXPECT_EQ(setup.status, 413);
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, BadFramingIs400)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    const QByteArray both = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    EXPECT_EQ(probe(b.apiPort, b.box.fingerprint(), both, 2000).status, 400);
    EXPECT_EQ(probe(b.setupPort, {}, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n\r\n", 2000).status, 400);
    EXPECT_EQ(probe(b.setupPort, {}, "GET / HTTP/1.1\r\n\r\n", 2000).status, 400) << "no Host";
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, ForeignHostOnTheSetupPageIs421)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    const auto status = [&](const QByteArray &host) {
        return probe(b.setupPort, {}, "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", 2000).status;
    };
    EXPECT_EQ(status("rebind.attacker.example"), 421);
    EXPECT_EQ(status("rebind.attacker.example:" + QByteArray::number(b.setupPort)), 421);
    EXPECT_EQ(status("10.66.66.66"), 421);
    // The box's own names and addresses get the login challenge.
    EXPECT_EQ(status("127.0.0.1:" + QByteArray::number(b.setupPort)), 401);
    EXPECT_EQ(status("127.0.0.1"), 401);
    EXPECT_EQ(status("localhost:" + QByteArray::number(b.setupPort)), 401);
    EXPECT_EQ(status("LOCALHOST"), 401);
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, SetupPageRefusesClientsOutsideAllowFrom)
{
    HostileBox b;
    ASSERT_TRUE(b.start(QStringLiteral("[setup]\nallow_from=10.200.0.0/16\n"))) << b.box.output().toStdString();
    EXPECT_EQ(probe(b.setupPort, {}, getRequest("/"), 2000).status, 403);
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, ConnectionsBeyondThePerAddressLimitAreClosedAtOnce)
{
    HostileBox b;
    ASSERT_TRUE(b.start(QStringLiteral("[setup]\nmax_connections_per_address=8\n"))) << b.box.output().toStdString();
    std::vector<int> held;
    for (int i = 0; i < 8; ++i)
        held.push_back(HostileClients::connectFrom("127.0.2.1", b.setupPort));
    QThread::msleep(200); // the box has accepted them
    const int extra = HostileClients::connectFrom("127.0.2.1", b.setupPort);
    ASSERT_GE(extra, 0);
    pollfd p{extra, POLLIN, 0};
    ASSERT_EQ(::poll(&p, 1, 1000), 1) << "the ninth connection was not closed";
    char byte = 0;
    EXPECT_LE(::recv(extra, &byte, 1, 0), 0);
    ::close(extra);
    // Another address is served meanwhile.
    EXPECT_EQ(probe(b.setupPort, {}, getRequest("/"), 1000).status, 401);
    for (const int fd : held)
        ::close(fd);
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, KeptAliveConnectionAnswersPipelinedRequestsInOrder)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    const QByteArray two = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                           "GET /api/v1/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                           "HEAD /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    const Probe p = probe(b.apiPort, b.box.fingerprint(), two, 3000, true);
    EXPECT_EQ(p.status, 200);
    const QByteArray all = p.head + "\r\n\r\n" + p.body;
    const qsizetype second = all.indexOf("HTTP/1.1 404");
    const qsizetype third = all.indexOf("HTTP/1.1 200", second);
    EXPECT_GT(second, 0) << all.toStdString();
    EXPECT_GT(third, second) << all.toStdString();
    EXPECT_TRUE(all.mid(third).endsWith("\r\n\r\n")) << "HEAD has no body: " << all.mid(third).toStdString();
    EXPECT_TRUE(b.box.stop());
}

TEST(RequestLimits, ExpectContinueAndChunkedBodiesReachTheHandler)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    // A client that asks first gets "100 Continue", sends its body, and gets the real answer.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), b.setupPort);
    ASSERT_TRUE(socket.waitForConnected(2000));
    socket.write("POST /network HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 9\r\n"
                 "Connection: close\r\n\r\n");
    QByteArray in;
    while (!in.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
        in += socket.readAll();
    EXPECT_TRUE(in.startsWith("HTTP/1.1 100 Continue\r\n\r\n")) << in.toStdString();
    socket.write("step=test");
    while (socket.waitForReadyRead(2000))
        in += socket.readAll();
    EXPECT_TRUE(in.contains("HTTP/1.1 401 ")) << in.toStdString(); // the login challenge: the body was read
    // A chunked login reaches the API's handler like any other body.
    const QByteArray login = R"({"login":"admin","password":"wrong"})";
    const QByteArray chunked = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                               + QByteArray::number(login.size() - 5, 16) + "\r\n" + login.left(login.size() - 5)
                               + "\r\n5\r\n" + login.right(5) + "\r\n0\r\n\r\n";
    EXPECT_EQ(probe(b.apiPort, b.box.fingerprint(), chunked, 3000).status, 401);
    EXPECT_TRUE(b.box.stop());
}
