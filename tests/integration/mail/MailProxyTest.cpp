// SPDX-License-Identifier: GPL-3.0-or-later
// Mails through the configured proxy (F9): an HTTP CONNECT tunnel and SOCKS5, both with proxy auth.
#include "MailBoxSupport.h"
#include "TcpProxy.h"
#include "support/BoxProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
void mailsGoThroughTheProxy(const QString &mode)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    TcpProxy proxy;
    ASSERT_TRUE(proxy.start(mode, QStringLiteral("proxyuser:proxy-Pa55")));
    BoxProcess box;
    box.setConfig(mailConfig(sink.port())
                  + QStringLiteral("[proxy]\ntype=%1\nhost=127.0.0.1\nport=%2\nuser=proxyuser\npassword=proxy-Pa55\n")
                        .arg(mode)
                        .arg(proxy.port()));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/customer"), customerJson()).status, 200);
    ASSERT_TRUE(sink.waitForMails(3)) << proxy.output().constData();
    const QByteArray tunnel = QStringLiteral("tunnel 127.0.0.1:%1 proxyuser").arg(sink.port()).toLatin1();
    EXPECT_TRUE(waitUntil([&] { return proxy.output().count(tunnel) >= 3; }, 5000)) << proxy.output().constData();
    EXPECT_EQ(proxy.output().count(tunnel), 3) << "one tunnel per mail";
    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(QStringLiteral("proxy-Pa55")));
}
} // namespace

TEST(MailIntegration, MailsGoThroughAnHttpProxyTunnel)
{
    mailsGoThroughTheProxy(QStringLiteral("http"));
}

TEST(MailIntegration, MailsGoThroughASocks5Proxy)
{
    mailsGoThroughTheProxy(QStringLiteral("socks5"));
}
