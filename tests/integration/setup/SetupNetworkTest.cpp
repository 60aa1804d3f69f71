// SPDX-License-Identifier: GPL-3.0-or-later
// The network page against the real mente-box with the networkd backend writing into a temp
// dir: input → confirm → apply → rollback when nobody confirms, or kept when confirmed from the
// new address.
#include "SetupClient.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {

const QString kPassword = QStringLiteral("Network2026pw");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

class SetupNetworkTest : public ::testing::Test
{
protected:
    void start(int confirmS, const QStringList &extraArgs = {})
    {
        ASSERT_TRUE(dir.isValid());
        QDir().mkpath(dir.filePath(QStringLiteral("net")));
        QFile script(dir.filePath(QStringLiteral("reload.sh")));
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("echo reload >> %1\n").arg(dir.filePath(QStringLiteral("reloads"))).toUtf8());
        script.close();
        box.setConfig(QStringLiteral("[setup]\nconfirm_s=%1\nnetwork_dir=%2\nnetwork_interface=mente0\n"
                                     "network_reload_cmd=sh %3\n")
                          .arg(confirmS)
                          .arg(dir.filePath(QStringLiteral("net")), script.fileName()));
        ASSERT_TRUE(box.start(extraArgs)) << qPrintable(box.output());
        QString url = box.setupUrl();
        url.replace(QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1"));
        client = std::make_unique<SetupClient>(url);
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
        api = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        ASSERT_EQ(api->login(QStringLiteral("admin"), kPassword).status, 200);
    }

    QString file() const { return dir.filePath(QStringLiteral("net/50-mente.network")); }
    int reloads() const { return int(readFile(dir.filePath(QStringLiteral("reloads"))).count("reload")); }

    SetupClient::Fields staticFields(const QString &address, const QString &netmask, const QString &gateway,
                                     const QString &step)
    {
        return {{QStringLiteral("mode"), QStringLiteral("static")},
                {QStringLiteral("address"), address},
                {QStringLiteral("netmask"), netmask},
                {QStringLiteral("gateway"), gateway},
                {QStringLiteral("dns1"), gateway},
                {QStringLiteral("dns2"), QString()},
                {QStringLiteral("step"), step}};
    }

    QTemporaryDir dir;
    BoxProcess box;
    std::unique_ptr<SetupClient> client;
    std::unique_ptr<HttpsClient> api;
};

TEST_F(SetupNetworkTest, BadEntriesAreShownBesideTheirFields)
{
    ASSERT_NO_FATAL_FAILURE(start(60));
    client->get(QStringLiteral("/network"));
    HttpReply r = client->post(QStringLiteral("/network"),
                               staticFields(QStringLiteral("192.168.5.0"), QStringLiteral("255.255.255.0"),
                                            QStringLiteral("192.168.6.1"), QStringLiteral("confirm")));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("address")),
              QStringLiteral("This is the network address of the subnet, not a host address."));
    r = client->post(QStringLiteral("/network"),
                     staticFields(QStringLiteral("192.168.5.10"), QStringLiteral("255.255.255.0"),
                                  QStringLiteral("192.168.6.1"), QStringLiteral("confirm")));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("gateway")),
              QStringLiteral("The gateway must be inside the box's subnet 192.168.5.0/24."));
    client->setLanguage("ja");
    r = client->post(QStringLiteral("/network"),
                     staticFields(QStringLiteral("192.168.5.10"), QStringLiteral("255.255.0.255"),
                                  QStringLiteral("192.168.5.1"), QStringLiteral("confirm")));
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("netmask")),
              QStringLiteral("ネットマスクとして正しくありません（255.255.255.0 のように入力してください）。"));
    EXPECT_FALSE(QFile::exists(file()));
    EXPECT_EQ(reloads(), 0);
}

TEST_F(SetupNetworkTest, UnconfirmedChangeIsRolledBack)
{
    ASSERT_NO_FATAL_FAILURE(start(2));
    {
        QFile old(file());
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("[Match]\nName=mente0\n[Network]\nDHCP=yes\n");
    }
    client->get(QStringLiteral("/network"));
    HttpReply r = client->post(QStringLiteral("/network"),
                               staticFields(QStringLiteral("192.168.50.10"), QStringLiteral("24"),
                                            QStringLiteral("192.168.50.1"), QStringLiteral("confirm")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains("255.255.255.0 (/24)"));
    EXPECT_EQ(reloads(), 0); // the confirm step changes nothing
    r = client->post(QStringLiteral("/network"), staticFields(QStringLiteral("192.168.50.10"), QStringLiteral("24"),
                                                              QStringLiteral("192.168.50.1"), QStringLiteral("apply")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains("id=\"pending\""));
    EXPECT_TRUE(r.body.contains("http://192.168.50.10:"));
    const QByteArray written = readFile(file());
    EXPECT_TRUE(written.contains("Name=mente0")) << written.constData();
    EXPECT_TRUE(written.contains("Address=192.168.50.10/24"));
    EXPECT_TRUE(written.contains("Gateway=192.168.50.1"));
    EXPECT_EQ(reloads(), 1);
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("waiting for confirmation"));

    // Confirming from the old address is refused.
    r = client->post(QStringLiteral("/network"), {{QStringLiteral("step"), QStringLiteral("keep")}});
    EXPECT_EQ(r.status, 409);
    EXPECT_TRUE(r.body.contains("Confirm from the new address 192.168.50.10"));

    const QByteArray before("[Match]\nName=mente0\n[Network]\nDHCP=yes\n");
    const QDeadlineTimer deadline(10000); // the limit is 2 s; a busy machine may take longer
    while (!deadline.hasExpired() && (readFile(file()) != before || reloads() < 2))
        QThread::msleep(100);
    EXPECT_EQ(readFile(file()), before);
    EXPECT_EQ(reloads(), 2);
    r = client->get(QStringLiteral("/network"));
    EXPECT_TRUE(r.body.contains("rolled back"));
    EXPECT_EQ(api->get(QStringLiteral("/api/v1/status")).json().value(QStringLiteral("addressMode")).toString(),
              QStringLiteral("dhcp"));
    EXPECT_TRUE(api->get(QStringLiteral("/api/v1/audit")).body.contains("network.rollback"));
}

TEST_F(SetupNetworkTest, ChangeConfirmedFromTheNewAddressIsKept)
{
    // Listening on every address lets the test reach the box at 127.0.0.1 (old) and 127.0.0.2 (new).
    ASSERT_NO_FATAL_FAILURE(start(20, {QStringLiteral("--setup-listen"), QStringLiteral("0.0.0.0:0")}));
    client->get(QStringLiteral("/network"));
    HttpReply r =
        client->post(QStringLiteral("/network"), staticFields(QStringLiteral("127.0.0.2"), QStringLiteral("255.0.0.0"),
                                                              QStringLiteral("127.0.0.1"), QStringLiteral("apply")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(client->post(QStringLiteral("/network"), {{QStringLiteral("step"), QStringLiteral("keep")}}).status, 409);

    QString newUrl =
        client->get(QStringLiteral("/network")).body.contains("http://127.0.0.2:") ? box.setupUrl() : QString();
    ASSERT_FALSE(newUrl.isEmpty());
    newUrl.replace(QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.2"));
    SetupClient atNew(newUrl);
    atNew.setCredentials(QStringLiteral("admin"), kPassword);
    r = atNew.get(QStringLiteral("/network"));
    ASSERT_EQ(r.status, 200);
    r = atNew.post(QStringLiteral("/network"), {{QStringLiteral("step"), QStringLiteral("keep")}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains("The network settings are saved."));
    EXPECT_TRUE(readFile(file()).contains("Address=127.0.0.2/8"));
    EXPECT_EQ(api->get(QStringLiteral("/api/v1/status")).json().value(QStringLiteral("addressMode")).toString(),
              QStringLiteral("static"));
    EXPECT_TRUE(api->get(QStringLiteral("/api/v1/audit")).body.contains("network.confirm"));

    // Kept across a restart, and shown in the form.
    ASSERT_TRUE(box.stop());
    ASSERT_TRUE(box.start({QStringLiteral("--setup-listen"), QStringLiteral("127.0.0.1:0")}));
    SetupClient again(box.setupUrl());
    again.setCredentials(QStringLiteral("admin"), kPassword);
    r = again.get(QStringLiteral("/network"));
    EXPECT_TRUE(r.body.contains("value=\"127.0.0.2\""));
    EXPECT_TRUE(r.body.contains("value=\"static\" id=\"f-mode-static\" checked"));
    EXPECT_TRUE(again.get(QStringLiteral("/")).body.contains("Static address 127.0.0.2/8"));
}

TEST_F(SetupNetworkTest, RestartBeforeConfirmationRollsBack)
{
    ASSERT_NO_FATAL_FAILURE(start(600));
    client->get(QStringLiteral("/network"));
    ASSERT_EQ(
        client
            ->post(QStringLiteral("/network"), staticFields(QStringLiteral("192.168.60.10"), QStringLiteral("24"),
                                                            QStringLiteral("192.168.60.1"), QStringLiteral("apply")))
            .status,
        200);
    EXPECT_TRUE(readFile(file()).contains("Address=192.168.60.10/24"));
    ASSERT_TRUE(box.stop());
    ASSERT_TRUE(box.start());
    EXPECT_FALSE(QFile::exists(file())); // there was no file before the change
    EXPECT_EQ(reloads(), 2);
    SetupClient again(box.setupUrl());
    again.setCredentials(QStringLiteral("admin"), kPassword);
    EXPECT_TRUE(again.get(QStringLiteral("/")).body.contains("rolled back"));
}

TEST_F(SetupNetworkTest, DhcpIsWrittenForTheConfiguredInterface)
{
    ASSERT_NO_FATAL_FAILURE(start(1));
    client->get(QStringLiteral("/network"));
    const HttpReply r = client->post(QStringLiteral("/network"), {{QStringLiteral("mode"), QStringLiteral("dhcp")},
                                                                  {QStringLiteral("step"), QStringLiteral("apply")}});
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(readFile(file()).contains("Name=mente0\n\n[Network]\nDHCP=ipv4\n"));
    EXPECT_TRUE(r.body.contains("DHCP"));
}

} // namespace
