// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxConfig.h"
#include "notify/MailConfigFile.h"
#include "notify/SmtpTransport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
Result<BoxConfig> load(const QString &ini)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.conf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ini.toUtf8());
    file.close();
    return BoxConfig::load(path);
}
} // namespace

TEST(MailConfig, ReadsMailAndProxyKeys)
{
    const auto c = load(QStringLiteral("[mail]\nsmtp_url=smtp://mail.example.jp:587\nsecurity=starttls\nrepeat_min=0.5\n"
                                       "retry_min_s=2\nretry_max_s=8\nmax_attempts=3\ntimeout_s=7\nverify_peer=false\n"
                                       "[proxy]\ntype=socks5\nhost=proxy.lan\nport=1080\nuser=u\npassword=p\n"));
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    EXPECT_EQ(c->mail.security, QStringLiteral("starttls"));
    EXPECT_DOUBLE_EQ(c->mail.repeatMin, 0.5);
    EXPECT_EQ(c->mail.retryMinS, 2);
    EXPECT_EQ(c->mail.retryMaxS, 8);
    EXPECT_EQ(c->mail.maxAttempts, 3);
    EXPECT_EQ(c->mail.timeoutS, 7);
    EXPECT_FALSE(c->mail.verifyPeer);
    EXPECT_EQ(c->proxy.type, QStringLiteral("socks5"));
    EXPECT_EQ(c->proxy.port, 1080);
}

TEST(MailConfig, BadValuesNameTheKey)
{
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("[mail]\nsmtp_url=http://mail.example.jp\n"), QStringLiteral("[mail] smtp_url")},
        {QStringLiteral("[mail]\nsmtp_url=smtp://\n"), QStringLiteral("[mail] smtp_url")},
        {QStringLiteral("[mail]\nsmtp_url=smtp://u:p@mail.example.jp\n"), QStringLiteral("[mail] smtp_url")},
        {QStringLiteral("[mail]\nuser=a\\tb\n"), QStringLiteral("[mail] user")},
        {QStringLiteral("[mail]\nsecurity=ssl\n"), QStringLiteral("[mail] security")},
        {QStringLiteral("[mail]\nrepeat_min=0\n"), QStringLiteral("[mail] repeat_min")},
        {QStringLiteral("[mail]\nretry_min_s=60\nretry_max_s=10\n"), QStringLiteral("[mail] retry_max_s")},
        {QStringLiteral("[mail]\nverify_peer=maybe\n"), QStringLiteral("[mail] verify_peer")},
        {QStringLiteral("[proxy]\ntype=ftp\n"), QStringLiteral("[proxy] type")},
        {QStringLiteral("[proxy]\ntype=http\nport=8080\n"), QStringLiteral("[proxy] host")},
        {QStringLiteral("[proxy]\ntype=socks5\nhost=p\nport=70000\n"), QStringLiteral("[proxy] port")},
    };
    for (const auto &[ini, field] : cases) {
        const auto c = load(ini);
        ASSERT_FALSE(c.ok()) << qPrintable(ini);
        EXPECT_EQ(c.error().field, field) << qPrintable(ini);
    }
}

TEST(MailConfig, TransportUrls)
{
    SmtpTransport::Settings s;
    s.url = QStringLiteral("smtp://mail.example.jp:465");
    s.security = QStringLiteral("tls");
    EXPECT_EQ(SmtpTransport::effectiveUrl(s), QByteArray("smtps://mail.example.jp:465"));
    s.security = QStringLiteral("starttls");
    EXPECT_EQ(SmtpTransport::effectiveUrl(s), QByteArray("smtp://mail.example.jp:465"));
    EXPECT_TRUE(SmtpTransport::proxyUrl(s).isEmpty());
    s.proxyType = QStringLiteral("socks5");
    s.proxyHost = QStringLiteral("proxy.lan");
    s.proxyPort = 1080;
    EXPECT_EQ(SmtpTransport::proxyUrl(s), QByteArray("socks5h://proxy.lan:1080"));
    s.proxyType = QStringLiteral("http");
    s.proxyHost = QStringLiteral("fe80::1");
    EXPECT_EQ(SmtpTransport::proxyUrl(s), QByteArray("http://[fe80::1]:1080"));
}

// What PUT /api/v1/box/mail and the setup page's /mail write: [mail] keys in box.conf, the
// password in the secrets file (and one box.conf still held moves there); a reread box sees both.
TEST(MailConfig, SavedSettingsGoToBoxConfAndThePasswordToTheSecretsFile)
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("box.conf"));
    const QString secrets = dir.filePath(QStringLiteral("secrets.json"));
    QFile file(conf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[mail]\nsmtp_url=smtp://old.example.jp\npassword=Old-Pass-1\ntimeout_s=9\n[vpn]\npassword=Vpn-Pass-2\n");
    file.close();
    MailServer server;
    server.smtpUrl = QStringLiteral("smtps://mail.example.jp:465");
    server.security = QStringLiteral("tls");
    server.user = QStringLiteral("box01");
    server.from = QStringLiteral("box@example.jp");
    server.repeatMin = 0.5;

    // Absent: the password box.conf held is kept, in the secrets file now.
    ASSERT_TRUE(MailConfigFile::save(conf, secrets, server, std::nullopt).ok());
    const auto read = [&] {
        QFile f(conf);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    EXPECT_FALSE(read().contains("Pass")) << read().constData();
    EXPECT_TRUE(read().contains("timeout_s=9")) << "the keys the call does not set stay";
    auto loaded = BoxConfig::load(conf, secrets);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().message);
    EXPECT_EQ(loaded->mail.smtpUrl, server.smtpUrl);
    EXPECT_EQ(loaded->mail.security, QStringLiteral("tls"));
    EXPECT_EQ(loaded->mail.user, QStringLiteral("box01"));
    EXPECT_EQ(loaded->mail.from, QStringLiteral("box@example.jp"));
    EXPECT_DOUBLE_EQ(loaded->mail.repeatMin, 0.5);
    EXPECT_EQ(loaded->mail.password, QStringLiteral("Old-Pass-1"));
    EXPECT_EQ(loaded->vpn.password, QStringLiteral("Vpn-Pass-2"));
    EXPECT_TRUE(loaded->secretsInConfig.isEmpty());

    // A new one replaces it; "" removes it.
    ASSERT_TRUE(MailConfigFile::save(conf, secrets, server, QStringLiteral("New-Pass-3")).ok());
    EXPECT_EQ(BoxConfig::load(conf, secrets)->mail.password, QStringLiteral("New-Pass-3"));
    ASSERT_TRUE(MailConfigFile::save(conf, secrets, server, QString()).ok());
    EXPECT_TRUE(BoxConfig::load(conf, secrets)->mail.password.isEmpty());
    EXPECT_EQ(BoxConfig::load(conf, secrets)->vpn.password, QStringLiteral("Vpn-Pass-2"));
}

TEST(MailConfig, TheSmtpErrorHasAReasonAPageCanExplain)
{
    EXPECT_EQ(SmtpTransport::reasonFor(67, 535), QStringLiteral("login")); // CURLE_LOGIN_DENIED
    EXPECT_EQ(SmtpTransport::reasonFor(7, 0), QStringLiteral("connect"));  // CURLE_COULDNT_CONNECT
    EXPECT_EQ(SmtpTransport::reasonFor(6, 0), QStringLiteral("resolve"));  // CURLE_COULDNT_RESOLVE_HOST
    EXPECT_EQ(SmtpTransport::reasonFor(28, 0), QStringLiteral("timeout")); // CURLE_OPERATION_TIMEDOUT
    EXPECT_EQ(SmtpTransport::reasonFor(35, 0), QStringLiteral("tls"));     // CURLE_SSL_CONNECT_ERROR
    EXPECT_EQ(SmtpTransport::reasonFor(55, 530), QStringLiteral("login")); // AUTH required, none given
    EXPECT_EQ(SmtpTransport::reasonFor(55, 550), QStringLiteral("refused"));
    EXPECT_EQ(SmtpTransport::reasonFor(56, 0), QStringLiteral("other"));
    EXPECT_TRUE(SmtpTransport::reasonFor(0, 250).isEmpty());
}
