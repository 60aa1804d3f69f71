// SPDX-License-Identifier: GPL-3.0-or-later
// The proxy page against the real mente-box and real proxies the test starts on 127.0.0.1:
// tinyproxy (HTTP CONNECT, with and without Basic auth) and microsocks (SOCKS5, with and
// without user/password). The box tries each proxy towards a target the test listens on, and
// saves only a proxy that works; a failure is explained in words.
#include "SetupClient.h"
#include "support/BoxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {

const QString kPassword = QStringLiteral("Proxy2026pw");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(quint16 port)
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// A proxy server process, stopped (by its own pid) when the test ends.
class ProxyServer
{
public:
    ~ProxyServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    bool startTinyproxy(const QString &dir, const QString &user = {}, const QString &password = {})
    {
        port = freePort();
        const QString conf = dir + QStringLiteral("/tinyproxy.conf");
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        QString text =
            QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 10\nAllow 127.0.0.1\nMaxClients 20\n").arg(port);
        if (!user.isEmpty())
            text += QStringLiteral("BasicAuth %1 %2\n").arg(user, password);
        f.write(text.toUtf8());
        f.close();
        m_process.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), conf});
        return m_process.waitForStarted(5000) && waitForPort(port);
    }
    bool startMicrosocks(const QString &user = {}, const QString &password = {})
    {
        port = freePort();
        QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(port)};
        if (!user.isEmpty())
            args << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        m_process.start(QStringLiteral("microsocks"), args);
        return m_process.waitForStarted(5000) && waitForPort(port);
    }
    quint16 port = 0;

private:
    QProcess m_process;
};

class SetupProxyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(target.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&target, &QTcpServer::newConnection, &target, [this] {
            while (QTcpSocket *s = target.nextPendingConnection())
                s->setParent(&target);
            ++targetConnections;
        });
    }

    void startBox(quint16 targetPort)
    {
        box.setConfig(QStringLiteral("[proxy]\ncheck_target=127.0.0.1:%1\ncheck_timeout_ms=3000\n").arg(targetPort));
        ASSERT_TRUE(box.start()) << qPrintable(box.output());
        client = std::make_unique<SetupClient>(box.setupUrl());
        client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        client->get(QStringLiteral("/"));
        ASSERT_EQ(client
                      ->post(QStringLiteral("/password"), {{QStringLiteral("current"), QStringLiteral("admin")},
                                                           {QStringLiteral("new"), kPassword},
                                                           {QStringLiteral("new2"), kPassword},
                                                           {QStringLiteral("step"), QStringLiteral("apply")}})
                      .status,
                  200);
        client->setCredentials(QStringLiteral("admin"), kPassword);
        client->get(QStringLiteral("/proxy"));
    }

    // Confirm, then register (which runs the test). Returns the reply of the register step.
    HttpReply submit(const QString &type, quint16 port, const QString &user = {}, const QString &password = {})
    {
        const HttpReply confirm =
            client->post(QStringLiteral("/proxy"), {{QStringLiteral("type"), type},
                                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                    {QStringLiteral("port"), QString::number(port)},
                                                    {QStringLiteral("user"), user},
                                                    {QStringLiteral("password"), password},
                                                    {QStringLiteral("step"), QStringLiteral("confirm")}});
        EXPECT_EQ(confirm.status, 200) << confirm.body.constData();
        if (!password.isEmpty()) {
            EXPECT_FALSE(confirm.body.contains(password.toUtf8())); // never written into a page
        }
        return client->post(QStringLiteral("/proxy"), {{QStringLiteral("step"), QStringLiteral("apply")}});
    }

    QString savedType()
    {
        QSettings ini(box.configPath(), QSettings::IniFormat);
        return ini.value(QStringLiteral("proxy/type"), QStringLiteral("(unset)")).toString();
    }

    // Processes the event loop so the target server accepts while the client blocks in its own loop.
    QTemporaryDir dir;
    QTcpServer target;
    int targetConnections = 0;
    BoxProcess box;
    std::unique_ptr<SetupClient> client;
};

bool have(const char *program)
{
    return !QStandardPaths::findExecutable(QLatin1String(program)).isEmpty();
}

TEST_F(SetupProxyTest, HttpProxyThatWorksIsSaved)
{
    if (!have("tinyproxy"))
        GTEST_SKIP() << "tinyproxy is not installed (apt-get install tinyproxy)";
    ProxyServer proxy;
    ASSERT_TRUE(proxy.startTinyproxy(dir.path()));
    ASSERT_NO_FATAL_FAILURE(startBox(target.serverPort()));
    const HttpReply r = submit(QStringLiteral("http"), proxy.port);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains("The proxy works"));
    EXPECT_GE(targetConnections, 1); // the tunnel really reached the target
    EXPECT_EQ(savedType(), QStringLiteral("http"));
    QSettings ini(box.configPath(), QSettings::IniFormat);
    EXPECT_EQ(ini.value(QStringLiteral("proxy/port")).toInt(), proxy.port);
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("Through the HTTP proxy 127.0.0.1:"));
}

TEST_F(SetupProxyTest, HttpProxyAuthenticationIsCheckedAndThePasswordNeverShown)
{
    if (!have("tinyproxy"))
        GTEST_SKIP() << "tinyproxy is not installed (apt-get install tinyproxy)";
    ProxyServer proxy;
    ASSERT_TRUE(proxy.startTinyproxy(dir.path(), QStringLiteral("boxuser"), QStringLiteral("Secret-42")));
    ASSERT_NO_FATAL_FAILURE(startBox(target.serverPort()));

    HttpReply r = submit(QStringLiteral("http"), proxy.port);
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("asks for a user name and a password")) << r.body.constData();
    r = submit(QStringLiteral("http"), proxy.port, QStringLiteral("boxuser"), QStringLiteral("wrong"));
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("Authentication failed")) << r.body.constData();
    EXPECT_EQ(savedType(), QStringLiteral("(unset)"));

    r = submit(QStringLiteral("http"), proxy.port, QStringLiteral("boxuser"), QStringLiteral("Secret-42"));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_FALSE(r.body.contains("Secret-42"));
    r = client->get(QStringLiteral("/proxy"));
    EXPECT_FALSE(r.body.contains("Secret-42"));
    EXPECT_TRUE(r.body.contains("leave this empty to keep it"));
    // Left empty: the stored password is kept, so the test passes again.
    r = submit(QStringLiteral("http"), proxy.port, QStringLiteral("boxuser"), QString());
    EXPECT_EQ(r.status, 200) << r.body.constData();
    // Kept in the secrets file of the data dir (0600), never in box.conf (#15).
    QSettings ini(box.configPath(), QSettings::IniFormat);
    EXPECT_FALSE(ini.contains(QStringLiteral("proxy/password")));
    QFile secrets(box.dataDir() + QStringLiteral("/secrets.json"));
    ASSERT_TRUE(secrets.open(QIODevice::ReadOnly));
    EXPECT_TRUE(secrets.readAll().contains("Secret-42"));
}

TEST_F(SetupProxyTest, BrokenProxiesAreExplainedAndNotSaved)
{
    if (!have("tinyproxy"))
        GTEST_SKIP() << "tinyproxy is not installed (apt-get install tinyproxy)";
    ProxyServer proxy;
    ASSERT_TRUE(proxy.startTinyproxy(dir.path()));
    const quint16 closed = freePort();
    ASSERT_NO_FATAL_FAILURE(startBox(closed)); // the target does not listen

    HttpReply r = submit(QStringLiteral("http"), proxy.port);
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("could not reach 127.0.0.1:")) << r.body.constData();

    r = submit(QStringLiteral("http"), freePort());
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("Connection refused"));

    // Something that accepts and never answers.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    r = submit(QStringLiteral("socks5"), silent.serverPort());
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("Timeout"));

    client->setLanguage("ja");
    r = submit(QStringLiteral("http"), proxy.port);
    EXPECT_TRUE(r.body.contains(QStringLiteral("接続先に到達できません").toUtf8()));
    EXPECT_EQ(savedType(), QStringLiteral("(unset)"));
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains(QStringLiteral("プロキシを使わない").toUtf8()));
}

TEST_F(SetupProxyTest, SocksProxyWithAndWithoutAuthentication)
{
    if (!have("microsocks"))
        GTEST_SKIP() << "microsocks is not installed (apt-get install microsocks)";
    ProxyServer open;
    ASSERT_TRUE(open.startMicrosocks());
    ProxyServer guarded;
    ASSERT_TRUE(guarded.startMicrosocks(QStringLiteral("sockuser"), QStringLiteral("Sock-Pass-7")));
    ASSERT_NO_FATAL_FAILURE(startBox(target.serverPort()));

    HttpReply r = submit(QStringLiteral("socks5"), guarded.port, QStringLiteral("sockuser"), QStringLiteral("bad"));
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("Authentication failed")) << r.body.constData();
    r = submit(QStringLiteral("socks5"), guarded.port);
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("asks for a user name and a password")) << r.body.constData();
    EXPECT_EQ(savedType(), QStringLiteral("(unset)"));

    r = submit(QStringLiteral("socks5"), guarded.port, QStringLiteral("sockuser"), QStringLiteral("Sock-Pass-7"));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(savedType(), QStringLiteral("socks5"));
    EXPECT_GE(targetConnections, 1);

    r = submit(QStringLiteral("socks5"), open.port);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("Through the SOCKS proxy 127.0.0.1:"));

    // Back to direct: saved without a test, the host and the password removed.
    client->get(QStringLiteral("/proxy"));
    r = submit(QStringLiteral("none"), 0);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(savedType(), QStringLiteral("none"));
    QSettings ini(box.configPath(), QSettings::IniFormat);
    EXPECT_FALSE(ini.contains(QStringLiteral("proxy/password")));
}

TEST_F(SetupProxyTest, SocksTargetUnreachableIsExplained)
{
    if (!have("microsocks"))
        GTEST_SKIP() << "microsocks is not installed (apt-get install microsocks)";
    ProxyServer open;
    ASSERT_TRUE(open.startMicrosocks());
    ASSERT_NO_FATAL_FAILURE(startBox(freePort()));
    const HttpReply r = submit(QStringLiteral("socks5"), open.port);
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.body.contains("could not reach")) << r.body.constData();
}

TEST_F(SetupProxyTest, FormErrorsBesideFields)
{
    ASSERT_NO_FATAL_FAILURE(startBox(target.serverPort()));
    const HttpReply r = client->post(QStringLiteral("/proxy"), {{QStringLiteral("type"), QStringLiteral("http")},
                                                                {QStringLiteral("host"), QStringLiteral("bad host!")},
                                                                {QStringLiteral("port"), QStringLiteral("70000")},
                                                                {QStringLiteral("step"), QStringLiteral("confirm")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(SetupClient::hasFieldError(r.body, QStringLiteral("host")));
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("port")),
              QStringLiteral("A port number is between 1 and 65535."));
}

// When the secrets file cannot be written, the page says so in the reader's language and names
// the file; the system's reason goes to the box's log, not to the page. (A folder where the save
// makes its new file blocks it, for root too.)
TEST_F(SetupProxyTest, ASecretsFileThatCannotBeWrittenIsNamedInTheReadersLanguage)
{
    ASSERT_NO_FATAL_FAILURE(startBox(target.serverPort()));
    const QString secrets = box.dataDir() + QStringLiteral("/secrets.json");
    ASSERT_TRUE(QDir().mkpath(secrets + QStringLiteral(".new/blocked")));
    client->setLanguage("ja");
    client->get(QStringLiteral("/proxy"));
    HttpReply r = submit(QStringLiteral("none"), 0);
    EXPECT_EQ(r.status, 500);
    const QString page = QString::fromUtf8(r.body);
    EXPECT_TRUE(page.contains(QStringLiteral("プロキシ設定を保存できませんでした")
                              + QStringLiteral("。BOX がファイル %1 に書き込めません。").arg(secrets)))
        << r.body.constData();
    EXPECT_FALSE(page.contains(QStringLiteral("File exists"))) << "the system's words stay in the log";
    EXPECT_FALSE(page.contains(QStringLiteral("Cannot create")));

    client->setLanguage("en");
    client->get(QStringLiteral("/proxy"));
    r = submit(QStringLiteral("none"), 0);
    EXPECT_EQ(r.status, 500);
    EXPECT_TRUE(r.body.contains(
        QStringLiteral("The proxy settings were not saved: the box cannot write the file %1.").arg(secrets).toUtf8()))
        << r.body.constData();

    ASSERT_TRUE(QDir(secrets + QStringLiteral(".new")).removeRecursively());
    client->get(QStringLiteral("/proxy"));
    EXPECT_EQ(submit(QStringLiteral("none"), 0).status, 200) << "saved once the file can be written";
    EXPECT_TRUE(box.stop());
    EXPECT_TRUE(box.output().contains(QStringLiteral("cannot save the proxy settings: Cannot create ")))
        << qPrintable(box.output());
    EXPECT_TRUE(box.output().contains(QStringLiteral("File exists")));
}

} // namespace
