// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/GreetingClassifier.h"
#include "probe/HttpProbe.h"
#include "probe/RdpProbe.h"
#include "probe/SshProbe.h"
#include "probe/TelnetProbe.h"
#include "probe/VncProbe.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray out;
    for (int b : list)
        out.append(char(b));
    return out;
}
} // namespace

TEST(SshProbe, RecognisesIdentificationString)
{
    SshProbe p;
    EXPECT_EQ(p.parse("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("SSH-1.99-Cisco-1.25\r\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("SS"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("SSH-2.0"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("SSH-3.0-x"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("HTTP/1.1 200 OK"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse(QByteArray(100, 'S')), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("SSH-" + QByteArray(100, '2')), ProbeVerdict::NoMatch);
    EXPECT_TRUE(p.serverSpeaksFirst());
}

TEST(VncProbe, RecognisesRfbVersion)
{
    VncProbe p;
    EXPECT_EQ(p.parse("RFB 003.008\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("RFB 003.889\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("RFB 00"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("RFB 003.008\r"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("RFB x03.008\n"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("SSH-2.0-x"), ProbeVerdict::NoMatch);
}

TEST(TelnetProbe, RecognisesNegotiationOrPrompt)
{
    TelnetProbe p;
    EXPECT_EQ(p.parse(bytes({255, 253, 24})), ProbeVerdict::Match); // IAC DO TERMINAL-TYPE
    EXPECT_EQ(p.parse(bytes({255, 251, 1})), ProbeVerdict::Match);  // IAC WILL ECHO
    EXPECT_EQ(p.parse(bytes({255, 250, 24, 1})), ProbeVerdict::Match);
    EXPECT_EQ(p.parse(bytes({255})), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse(bytes({255, 253})), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse(bytes({255, 1, 1})), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("\r\nDebian GNU/Linux 12\r\nhost login: "), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("User Name:"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("Welcome\r\n"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("SSH-2.0-x"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse(bytes({0x16, 0x03, 0x01})), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse(QByteArray(TelnetProbe::kMaxGreeting, 'x')), ProbeVerdict::NoMatch);
}

TEST(HttpProbe, RecognisesStatusLine)
{
    HttpProbe p;
    EXPECT_EQ(p.parse("HTTP/1.1 200 OK\r\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("HTTP/1.0 400 Bad Request\r\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("HTTP/1.1 204\r\n"), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("HTTP/2 301 "), ProbeVerdict::Match);
    EXPECT_EQ(p.parse("HTTP/1.1 20"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("HTT"), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse("HTTP/1.1 999 Nope\r\n"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("HTTP/1.1 2000 x"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("HTTP/x.1 200 OK"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse("SSH-2.0-x"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.protocol(), QStringLiteral("HTTP"));
    EXPECT_EQ(HttpProbe(true).protocol(), QStringLiteral("HTTPS"));
    const QByteArray request = p.request(QStringLiteral("10.1.2.3"));
    EXPECT_TRUE(request.startsWith("GET / HTTP/1.0\r\nHost: 10.1.2.3\r\n"));
    EXPECT_TRUE(request.endsWith("\r\n\r\n"));
}

TEST(HttpProbe, StatusCodeOfAMatchedStatusLine)
{
    EXPECT_EQ(HttpProbe::statusCode("HTTP/1.1 503 Service Unavailable\r\n"), 503);
    EXPECT_EQ(HttpProbe::statusCode("HTTP/1.0 200 OK\r\n"), 200);
    EXPECT_EQ(HttpProbe::statusCode("HTTP/2 404\r\n"), 404);
    EXPECT_EQ(HttpProbe::statusCode("HTTP/1.1 20"), std::nullopt) << "incomplete";
    EXPECT_EQ(HttpProbe::statusCode("HTTP/1.1 999 Nope\r\n"), std::nullopt);
    EXPECT_EQ(HttpProbe::statusCode("SSH-2.0-x 200 \r\n"), std::nullopt);
    EXPECT_EQ(HttpProbe::statusCode({}), std::nullopt);
}

TEST(RdpProbe, RecognisesConnectionConfirm)
{
    RdpProbe p;
    const QByteArray request = p.request({});
    ASSERT_EQ(request.size(), 19);
    EXPECT_EQ(request.at(0), 0x03);
    EXPECT_EQ(static_cast<unsigned char>(request.at(5)), 0xe0);
    // xrdp's answer: TPKT, X.224 CC, RDP_NEG_RSP selecting TLS.
    EXPECT_EQ(p.parse(bytes({3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0, 1, 0, 0, 0})),
              ProbeVerdict::Match);
    EXPECT_EQ(p.parse(bytes({3, 0, 0, 11, 6, 0xd0, 0, 0, 0, 0, 0})), ProbeVerdict::Match);
    EXPECT_EQ(p.parse(bytes({3, 0, 0})), ProbeVerdict::NeedMore);
    EXPECT_EQ(p.parse(bytes({3, 0, 0, 19, 14, 0xe0})), ProbeVerdict::NoMatch); // a request, not a confirm
    EXPECT_EQ(p.parse(bytes({3, 0, 0, 5, 14, 0xd0})), ProbeVerdict::NoMatch);  // impossible length
    EXPECT_EQ(p.parse("HTTP/1.1 400 Bad Request"), ProbeVerdict::NoMatch);
    EXPECT_EQ(p.parse(bytes({0x15, 3, 1, 0, 2, 2, 40})), ProbeVerdict::NoMatch); // TLS alert
}

TEST(GreetingClassifier, PicksTheProtocolThatMatches)
{
    EXPECT_EQ(GreetingClassifier::classify("SSH-2.0-dropbear\r\n").protocol, QStringLiteral("SSH"));
    EXPECT_EQ(GreetingClassifier::classify("RFB 003.008\n").protocol, QStringLiteral("VNC"));
    EXPECT_EQ(GreetingClassifier::classify(bytes({255, 253, 3})).protocol, QStringLiteral("TELNET"));
    const auto ftp = GreetingClassifier::classify("220 ProFTPD Server ready.\r\n");
    EXPECT_NE(ftp.verdict, ProbeVerdict::Match);
    EXPECT_EQ(GreetingClassifier::classify(bytes({0, 1, 2, 0x80})).verdict, ProbeVerdict::NoMatch);
}
