// SPDX-License-Identifier: GPL-3.0-or-later
// The strict HTTP/1.1 request parser: framing that proxies could read differently is refused,
// limits hold while bytes arrive, and a request split anywhere parses the same.
#include "http/HttpParser.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
using Progress = HttpParser::Progress;

HttpParser::Limits limits(qint64 body = 1024, qsizetype head = 1024)
{
    HttpParser::Limits l;
    l.maxBodyBytes = body;
    l.maxHeadBytes = head;
    return l;
}

// Feeds everything; returns the final progress (HeadDone is passed through as a real server does).
Progress parseAll(HttpParser &parser, QByteArray bytes)
{
    for (;;) {
        const Progress p = parser.feed(bytes);
        if (p != Progress::HeadDone)
            return p;
    }
}

int statusOf(const QByteArray &request, qint64 maxBody = 1024)
{
    HttpParser parser(limits(maxBody));
    const Progress p = parseAll(parser, request);
    return p == Progress::Failed ? parser.errorStatus() : (p == Progress::Done ? 200 : 0);
}
} // namespace

TEST(HttpParser, ParsesARequestWithQueryHeadersAndBody)
{
    HttpParser parser(limits());
    const Progress p = parseAll(parser, "POST /api/v1/x?after=5&q=a%20b HTTP/1.1\r\nHost: box\r\n"
                                        "Content-Length: 5\r\nX-Pad:   spaced value \t\r\n\r\nhello");
    ASSERT_EQ(p, Progress::Done) << parser.errorText().toStdString();
    const HttpRequest &r = parser.request();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.path, QStringLiteral("/api/v1/x"));
    EXPECT_EQ(r.query.queryItemValue(QStringLiteral("after")), QStringLiteral("5"));
    EXPECT_EQ(r.header("x-pad"), "spaced value");
    EXPECT_EQ(r.body, "hello");
    EXPECT_TRUE(r.keepAlive());
}

TEST(HttpParser, SplitAtEveryByteGivesTheSameRequest)
{
    const QByteArray wire = "POST /p HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\nGET /next HTTP/1.1\r\n";
    HttpParser parser(limits());
    QByteArray buffer;
    Progress last = Progress::NeedMore;
    for (const char c : wire) {
        buffer.append(c);
        do
            last = parser.feed(buffer);
        while (last == Progress::HeadDone);
        if (last == Progress::Done)
            break;
        ASSERT_NE(last, Progress::Failed) << parser.errorText().toStdString();
    }
    ASSERT_EQ(last, Progress::Done);
    EXPECT_EQ(parser.request().body, "abcde");
    EXPECT_TRUE(buffer.isEmpty()) << "the next request's bytes stay with the caller";
}

TEST(HttpParser, PipelinedRequestsLeaveTheRestInTheBuffer)
{
    HttpParser parser(limits());
    QByteArray buffer = "GET /a HTTP/1.1\r\nHost: b\r\n\r\nGET /b HTTP/1.1\r\nHost: b\r\n\r\n";
    ASSERT_EQ(parser.feed(buffer), Progress::Done);
    EXPECT_EQ(parser.takeRequest().path, QStringLiteral("/a"));
    parser.reset();
    ASSERT_EQ(parser.feed(buffer), Progress::Done);
    EXPECT_EQ(parser.request().path, QStringLiteral("/b"));
    EXPECT_TRUE(buffer.isEmpty());
}

TEST(HttpParser, AmbiguousFramingIs400)
{
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 3,3\r\n\r\nabc"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: -1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: +3\r\n\r\nabc"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 0x10\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 99999999999999999999\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"), 501);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n"), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "1000000000000000\r\n"),
              400);
}

TEST(HttpParser, MalformedHeadsAre400)
{
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: b\r\n folded\r\n\r\n"), 400) << "obs-fold";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost : b\r\n\r\n"), 400) << "space before the colon";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: b\r\nX: a\x01z\r\n\r\n"), 400) << "control character";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\nHost: b\n\n"), 400) << "bare LF";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: b\rX: y\r\n\r\n"), 400) << "bare CR";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\n\r\n"), 400) << "HTTP/1.1 without Host";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400) << "two Hosts";
    EXPECT_EQ(statusOf("GET  / HTTP/1.1\r\nHost: b\r\n\r\n"), 400) << "two spaces";
    EXPECT_EQ(statusOf("GET http://other/ HTTP/1.1\r\nHost: b\r\n\r\n"), 400) << "absolute-form";
    EXPECT_EQ(statusOf("GET /a b HTTP/1.1\r\nHost: b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET /\x80 HTTP/1.1\r\nHost: b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("\x16\x03\x01\x02\x00"), 400) << "a TLS hello on the plain port, at once";
    EXPECT_EQ(statusOf("GET / HTTP/2.0\r\nHost: b\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: b\r\nExpect: magic\r\n\r\n"), 417);
    EXPECT_EQ(statusOf("GET / HTTP/1.0\r\n\r\n"), 200) << "HTTP/1.0 needs no Host";
    EXPECT_EQ(statusOf("\r\nGET / HTTP/1.1\r\nHost: b\r\n\r\n"), 200) << "a leading empty line is skipped";
}

TEST(HttpParser, BodyLimitHoldsFromTheHeadAndWhileChunksArrive)
{
    HttpParser parser(limits(100));
    QByteArray head = "POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 104857600\r\n\r\n";
    EXPECT_EQ(parser.feed(head), Progress::Failed);
    EXPECT_EQ(parser.errorStatus(), 413) << "refused from the head, before any body byte";

    HttpParser chunked(limits(100));
    QByteArray wire =
        "POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\n50\r\n" + QByteArray(80, 'x') + "\r\n50\r\n";
    EXPECT_EQ(parseAll(chunked, wire), Progress::Failed);
    EXPECT_EQ(chunked.errorStatus(), 413) << "refused at the chunk that would pass the limit";
}

TEST(HttpParser, HeadCapIs431EvenWithoutAnEnd)
{
    HttpParser parser(limits(1024, 256));
    QByteArray buffer = "GET / HTTP/1.1\r\nHost: b\r\nX-Long: " + QByteArray(300, 'a');
    EXPECT_EQ(parser.feed(buffer), Progress::Failed);
    EXPECT_EQ(parser.errorStatus(), 431);

    QByteArray many = "GET / HTTP/1.1\r\nHost: b\r\n";
    for (int i = 0; i < 120; ++i)
        many += "X: 1\r\n";
    HttpParser counted(limits(1024, 8192));
    EXPECT_EQ(parseAll(counted, many + "\r\n"), Progress::Failed);
    EXPECT_EQ(counted.errorStatus(), 431);
}

TEST(HttpParser, ExpectContinueAndConnectionTokens)
{
    HttpParser parser(limits());
    QByteArray buffer = "POST / HTTP/1.1\r\nHost: b\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n"
                        "Connection: Keep-Alive, close\r\n\r\n";
    ASSERT_EQ(parser.feed(buffer), Progress::HeadDone);
    EXPECT_TRUE(parser.expectsContinue());
    EXPECT_FALSE(parser.request().keepAlive());
    buffer = "ok";
    EXPECT_EQ(parser.feed(buffer), Progress::Done);

    HttpParser old(limits());
    QByteArray http10 = "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    ASSERT_EQ(old.feed(http10), Progress::Done);
    EXPECT_TRUE(old.request().keepAlive());
    EXPECT_EQ(old.request().minorVersion, 0);
}
