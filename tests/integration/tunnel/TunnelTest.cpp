// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, the box side: the real mente-box's SSH tunnel endpoint, reached with the real
// OpenSSH client and a libssh client, forwarding to real servers on loopback.
#include "BoxFixture.h"
#include "SshClient.h"
#include "TunnelLab.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <sys/stat.h>

using namespace mente::test;

namespace {
// 127.0.0.1 is the box's "LAN"; 127.0.0.2 (where tunnel_lab.py serves too) is outside it.
const QString kConfig = s("[tunnel]\nlisten=127.0.0.1:0\nauth_timeout_s=2\nrecheck_s=1\n[lan]\ncidrs=127.0.0.1/32\n");

class TunnelTest : public BoxTest
{
protected:
    void SetUp() override { ASSERT_TRUE(lab.start()) << "tunnel_lab.py did not start"; }

    void startTunnelBox(const QString &extra = {})
    {
        startBox(kConfig + extra);
        ASSERT_GT(box.sshPort(), 0) << box.output().toStdString();
        ASSERT_FALSE(lab.scanHostKey(box.sshPort()).isEmpty()) << "ssh-keyscan found no host key";
    }

    HttpReply upload(HttpsClient &client, qint64 operatorId, const QString &key)
    {
        return client.post(s("/api/v1/operators/%1/ssh-keys").arg(operatorId), {{s("key"), key}});
    }

    // The admin's own key, uploaded.
    QString adminKey()
    {
        const QString key = lab.makeKey(s("admin"));
        const HttpReply reply = upload(*admin, 1, TunnelLab::publicKey(key));
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return key;
    }

    // Audit entries whose action starts with "tunnel".
    QList<QJsonObject> tunnelAudit()
    {
        QThread::msleep(300); // the worker thread's report reaches the store through the event loop
        QList<QJsonObject> entries;
        for (const QJsonValue &v : admin->get(s("/api/v1/audit?limit=5000")).jsonArray())
            if (v.toObject().value(s("action")).toString().startsWith(s("tunnel")))
                entries << v.toObject();
        return entries;
    }

    QList<QJsonObject> tunnelEvents()
    {
        QList<QJsonObject> events;
        for (const QJsonValue &v : admin->get(s("/api/v1/events?after=0&limit=1000")).jsonArray())
            if (v.toObject().value(s("kind")).toString() == s("tunnel"))
                events << v.toObject();
        return events;
    }

    static bool hasEntry(const QList<QJsonObject> &entries, const QString &action, const QString &needle)
    {
        for (const QJsonObject &e : entries)
            if (e.value(s("action")).toString() == action
                && (e.value(s("target")).toString() + e.value(s("detail")).toString()).contains(needle))
                return true;
        return false;
    }

    QString httpTarget() const { return s("127.0.0.1:%1").arg(lab.httpPort()); }

    TunnelLab lab;
};
} // namespace

TEST_F(TunnelTest, DataArrivesAndEachTunnelIsAuditedAndAnEvent)
{
    startTunnelBox();
    const QString key = adminKey();

    const QJsonObject info = admin->get(s("/api/v1/box")).json();
    EXPECT_EQ(info.value(s("sshPort")).toInt(), box.sshPort());
    EXPECT_EQ(info.value(s("sshUser")).toString(), s("mente-tunnel"));
    // The fingerprint the API tells is the one ssh sees (ssh-keyscan | ssh-keygen -l).
    EXPECT_EQ(info.value(s("sshHostKey")).toString(), lab.scanHostKey(box.sshPort()));
    EXPECT_TRUE(info.value(s("sshHostKey")).toString().startsWith(s("SHA256:")));

    const CommandResult fetched = lab.fetchThrough(key, box.sshPort(), s("127.0.0.1"), lab.httpPort(), s("/big.bin"));
    ASSERT_EQ(fetched.code, 0) << fetched.err.toStdString();
    EXPECT_TRUE(fetched.out.startsWith("HTTP/1.0 200")) << fetched.out.left(200).toStdString();
    EXPECT_EQ(TunnelLab::body(fetched.out), lab.payload()); // all 3 MB, byte for byte

    const QList<QJsonObject> audit = tunnelAudit();
    EXPECT_TRUE(hasEntry(audit, s("tunnel.login"), {}));
    EXPECT_TRUE(hasEntry(audit, s("tunnel.open"), httpTarget()));
    bool closedWithBytes = false;
    static const QRegularExpression bytesFrom(s("(\\d+) bytes from it"));
    for (const QJsonObject &e : audit)
        if (const auto m = bytesFrom.match(e.value(s("detail")).toString());
            e.value(s("action")).toString() == s("tunnel.close") && m.hasMatch())
            closedWithBytes = m.captured(1).toLongLong() > lab.payload().size(); // the payload and its headers
    EXPECT_TRUE(closedWithBytes) << "no close entry with the bytes received";
    for (const QJsonObject &e : audit)
        EXPECT_EQ(e.value(s("login")).toString(), s("admin"));

    const QList<QJsonObject> events = tunnelEvents();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).value(s("to")).toString(), s("open"));
    EXPECT_EQ(events.at(1).value(s("from")).toString(), s("open"));
    EXPECT_EQ(events.at(1).value(s("to")).toString(), s("closed"));
    const QJsonObject detail = events.at(1).value(s("detail")).toObject();
    EXPECT_EQ(detail.value(s("login")).toString(), s("admin"));
    EXPECT_EQ(detail.value(s("host")).toString(), s("127.0.0.1"));
    EXPECT_EQ(detail.value(s("port")).toInt(), lab.httpPort());
    EXPECT_GT(detail.value(s("bytesFromDevice")).toInteger(), lab.payload().size());
    EXPECT_GT(detail.value(s("bytesToDevice")).toInteger(), 0);
    EXPECT_GE(detail.value(s("durationMs")).toInteger(), 0);
}

TEST_F(TunnelTest, TwoChannelsAtOnceOverOneConnection)
{
    startTunnelBox();
    const QString key = adminKey();
    const int echoLocal = TunnelLab::freePort();
    const int httpLocal = TunnelLab::freePort();
    QProcess ssh;
    QStringList args = lab.sshOptions(key, box.sshPort());
    // Keep-alives every second, given up after two unanswered: the box must answer them.
    args << s("-N") << s("-o") << s("ExitOnForwardFailure=yes") << s("-o") << s("ServerAliveInterval=1") << s("-o")
         << s("ServerAliveCountMax=2") << s("-L") << s("%1:127.0.0.1:%2").arg(echoLocal).arg(lab.echoPort()) << s("-L")
         << s("%1:127.0.0.1:%2").arg(httpLocal).arg(lab.httpPort()) << s("127.0.0.1");
    ssh.start(s("ssh"), args);
    ASSERT_TRUE(ssh.waitForStarted(5000));
    QTcpSocket echo;
    for (int i = 0; i < 50 && echo.state() != QAbstractSocket::ConnectedState; ++i) {
        echo.connectToHost(QHostAddress::LocalHost, quint16(echoLocal));
        if (!echo.waitForConnected(200))
            QThread::msleep(100);
    }
    ASSERT_EQ(echo.state(), QAbstractSocket::ConnectedState) << ssh.readAllStandardError().toStdString();
    echo.write("ping\n");
    ASSERT_TRUE(echo.waitForReadyRead(5000));
    EXPECT_EQ(echo.readAll(), QByteArray("ping\n"));

    // While the echo channel stays open, a second channel carries a whole download.
    const CommandResult curl = TunnelLab::run(
        s("curl"), {s("-sS"), s("--max-time"), s("20"), s("http://127.0.0.1:%1/big.bin").arg(httpLocal)});
    ASSERT_EQ(curl.code, 0) << curl.err.toStdString();
    EXPECT_EQ(curl.out, lab.payload());

    QThread::msleep(3500); // idle: only keep-alives pass
    EXPECT_FALSE(ssh.waitForFinished(100)) << "ssh gave up: " << ssh.readAllStandardError().toStdString();
    echo.write("pong\n");
    ASSERT_TRUE(echo.waitForReadyRead(5000));
    EXPECT_EQ(echo.readAll(), QByteArray("pong\n"));
    echo.close();
    ssh.kill(); // by its own PID
    ssh.waitForFinished(5000);

    int opened = 0;
    for (const QJsonObject &e : tunnelAudit())
        opened += e.value(s("action")).toString() == s("tunnel.open");
    EXPECT_EQ(opened, 2);
}

TEST_F(TunnelTest, RefusesTargetsOutsideTheLan)
{
    startTunnelBox();
    const QString key = adminKey();
    // The server outside the LAN answers when asked directly, so a refusal is the box's policy.
    const CommandResult direct =
        TunnelLab::run(s("curl"), {s("-sS"), s("-o"), s("/dev/null"), s("-w"), s("%{http_code}"),
                                   s("http://127.0.0.2:%1/big.bin").arg(lab.outsidePort())});
    ASSERT_EQ(direct.out, QByteArray("200"));

    const CommandResult outside = lab.fetchThrough(key, box.sshPort(), s("127.0.0.2"), lab.outsidePort(), s("/"));
    EXPECT_EQ(outside.code, 255);
    EXPECT_TRUE(outside.err.contains("administratively prohibited")) << outside.err.toStdString();
    EXPECT_TRUE(TunnelLab::body(outside.out).isEmpty());
    const CommandResult byName = lab.fetchThrough(key, box.sshPort(), s("localhost"), lab.httpPort(), s("/"));
    EXPECT_EQ(byName.code, 255);

    const QList<QJsonObject> audit = tunnelAudit();
    EXPECT_TRUE(hasEntry(audit, s("tunnel.refused"), s("outside the box's LAN subnets (127.0.0.1/32)")));
    EXPECT_TRUE(hasEntry(audit, s("tunnel.refused"), s("not an IPv4 address")));
    EXPECT_FALSE(hasEntry(audit, s("tunnel.open"), {}));
    bool refusedEvent = false;
    for (const QJsonObject &e : tunnelEvents())
        refusedEvent = refusedEvent
                       || (e.value(s("to")).toString() == s("refused")
                           && e.value(s("cause")).toString().contains(s("outside the box's LAN")));
    EXPECT_TRUE(refusedEvent);
}

TEST_F(TunnelTest, OnlyUploadedKeysOfEnabledOperatorsLogIn)
{
    startTunnelBox();
    adminKey();
    const QString stranger = lab.makeKey(s("stranger"));
    const CommandResult refused = lab.fetchThrough(stranger, box.sshPort(), s("127.0.0.1"), lab.httpPort(), s("/"));
    EXPECT_EQ(refused.code, 255);
    EXPECT_TRUE(refused.err.contains("Permission denied (publickey)")) << refused.err.toStdString();

    const qint64 tanto = createOperator(s("tanto"), false);
    auto tantoClient = loggedIn(s("tanto"));
    const QString key = lab.makeKey(s("tanto"));
    ASSERT_EQ(upload(*tantoClient, tanto, TunnelLab::publicKey(key)).status, 201); // an operator's own key
    const auto works = [&] {
        return lab.fetchThrough(key, box.sshPort(), s("127.0.0.1"), lab.httpPort(), s("/big.bin")).code == 0;
    };
    EXPECT_TRUE(works());

    ASSERT_EQ(admin->put(s("/api/v1/operators/%1").arg(tanto), {{s("enabled"), false}}).status, 200);
    EXPECT_FALSE(works()) << "a disabled operator's key still logs in";
    ASSERT_EQ(admin->put(s("/api/v1/operators/%1").arg(tanto), {{s("enabled"), true}}).status, 200);
    EXPECT_TRUE(works());

    // Disabling an operator also ends a tunnel that is open (checked every [tunnel] recheck_s, 1 s here).
    {
        SshClient client;
        ASSERT_TRUE(client.connect(box.sshPort()));
        ASSERT_EQ(client.authKey(s("mente-tunnel"), key), SSH_AUTH_SUCCESS);
        ssh_channel open = client.forward(s("127.0.0.1"), lab.echoPort());
        ASSERT_NE(open, nullptr);
        ASSERT_EQ(admin->put(s("/api/v1/operators/%1").arg(tanto), {{s("enabled"), false}}).status, 200);
        char buffer[256];
        bool ended = false;
        for (int i = 0; i < 25 && !ended; ++i)
            ended = ssh_channel_read_timeout(open, buffer, sizeof buffer, 0, 200) == SSH_ERROR
                    || ssh_channel_is_eof(open) || ssh_channel_is_closed(open);
        EXPECT_TRUE(ended) << "the disabled operator's tunnel stayed open";
        ssh_channel_free(open);
        EXPECT_TRUE(hasEntry(tunnelAudit(), s("tunnel.close"), s("no longer logs in")));
        ASSERT_EQ(admin->put(s("/api/v1/operators/%1").arg(tanto), {{s("enabled"), true}}).status, 200);
    }

    // A key removed through the API no longer logs in; a new one does.
    const QJsonArray keys = admin->get(s("/api/v1/operators/%1/ssh-keys").arg(tanto)).jsonArray();
    ASSERT_EQ(keys.size(), 1);
    const qint64 keyId = keys.at(0).toObject().value(s("id")).toInteger();
    ASSERT_EQ(admin->del(s("/api/v1/operators/%1/ssh-keys/%2").arg(tanto).arg(keyId)).status, 204);
    EXPECT_FALSE(works());
    ASSERT_EQ(upload(*admin, tanto, TunnelLab::publicKey(key)).status, 201); // an admin manages anyone's keys
    EXPECT_TRUE(works());

    ASSERT_EQ(admin->del(s("/api/v1/operators/%1").arg(tanto)).status, 204);
    EXPECT_FALSE(works()) << "a removed operator's key still logs in";
    EXPECT_TRUE(hasEntry(tunnelAudit(), s("tunnel.login.failed"), s("mente-tunnel")));
}

TEST_F(TunnelTest, OnlyPublicKeyLoginAndOnlyForwarding)
{
    startTunnelBox();
    const QString key = adminKey();
    {
        SshClient client;
        ASSERT_TRUE(client.connect(box.sshPort())) << client.error().toStdString();
        EXPECT_EQ(client.hostKeyFingerprint(), admin->get(s("/api/v1/box")).json().value(s("sshHostKey")).toString());
        EXPECT_EQ(client.authMethods(s("mente-tunnel")), SSH_AUTH_METHOD_PUBLICKEY);
        EXPECT_EQ(client.authPassword(s("mente-tunnel"), kAdminPassword), SSH_AUTH_DENIED);
        EXPECT_EQ(client.authPassword(s("admin"), kAdminPassword), SSH_AUTH_DENIED);
        EXPECT_NE(client.authKeyboardInteractive(s("mente-tunnel")), SSH_AUTH_SUCCESS);
        EXPECT_EQ(client.authKey(s("root"), key), SSH_AUTH_DENIED); // the right key, another user
        ASSERT_EQ(client.authKey(s("mente-tunnel"), key), SSH_AUTH_SUCCESS);
        EXPECT_FALSE(client.openSession()) << "a shell/exec/subsystem channel opened";
        EXPECT_EQ(client.forward(s("127.0.0.2"), lab.outsidePort()), nullptr);
        ssh_channel channel = client.forward(s("127.0.0.1"), lab.httpPort());
        ASSERT_NE(channel, nullptr) << client.error().toStdString();
        const QByteArray answer = SshClient::exchange(channel, "GET /big.bin HTTP/1.0\r\n\r\n");
        EXPECT_EQ(TunnelLab::body(answer), lab.payload());
        ssh_channel_free(channel);
    }
    // OpenSSH: a command (exec) and remote forwarding are refused too.
    QStringList exec = lab.sshOptions(key, box.sshPort());
    exec << s("127.0.0.1") << s("id");
    const CommandResult command = TunnelLab::run(s("ssh"), exec);
    EXPECT_EQ(command.code, 255);
    EXPECT_TRUE(command.err.contains("open failed")) << command.err.toStdString();
    QStringList remote = lab.sshOptions(key, box.sshPort());
    remote << s("-N") << s("-o") << s("ExitOnForwardFailure=yes") << s("-R")
           << s("127.0.0.1:0:127.0.0.1:%1").arg(lab.httpPort()) << s("127.0.0.1");
    const CommandResult reverse = TunnelLab::run(s("ssh"), remote);
    EXPECT_EQ(reverse.code, 255);
    EXPECT_TRUE(reverse.err.contains("remote port forwarding failed")) << reverse.err.toStdString();

    const QList<QJsonObject> audit = tunnelAudit();
    EXPECT_TRUE(hasEntry(audit, s("tunnel.refused"), s("no shell, exec")));
    EXPECT_TRUE(hasEntry(audit, s("tunnel.refused"), s("remote forwarding")));
}

TEST_F(TunnelTest, LimitsChannelsAndCutsSilentClients)
{
    startTunnelBox(s("[tunnel]\nmax_channels_per_connection=2\nmax_connections=2\n"));
    const QString key = adminKey();
    SshClient client;
    ASSERT_TRUE(client.connect(box.sshPort()));
    ASSERT_EQ(client.authKey(s("mente-tunnel"), key), SSH_AUTH_SUCCESS);
    ssh_channel first = client.forward(s("127.0.0.1"), lab.echoPort());
    ssh_channel second = client.forward(s("127.0.0.1"), lab.echoPort());
    EXPECT_NE(first, nullptr);
    EXPECT_NE(second, nullptr);
    EXPECT_EQ(client.forward(s("127.0.0.1"), lab.echoPort()), nullptr);
    ssh_channel_free(first);
    ssh_channel_free(second);
    EXPECT_TRUE(hasEntry(tunnelAudit(), s("tunnel.refused"), s("max_channels_per_connection")));

    // With the client above, a silent connection is the second of [tunnel] max_connections=2: a
    // third is closed at once; the silent one after [tunnel] auth_timeout_s (2 s here).
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, quint16(box.sshPort()));
    ASSERT_TRUE(silent.waitForConnected(2000));
    QThread::msleep(200);
    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, quint16(box.sshPort()));
    ASSERT_TRUE(extra.waitForConnected(2000));
    EXPECT_TRUE(extra.waitForDisconnected(1500)) << "a connection beyond the limit was kept";
    EXPECT_EQ(silent.state(), QAbstractSocket::ConnectedState);
    EXPECT_TRUE(silent.waitForDisconnected(6000)) << "a silent client kept its connection";
}

TEST_F(TunnelTest, HostKeyIsMadeOnceAndKeptSecret)
{
    startTunnelBox();
    const QString fingerprint = admin->get(s("/api/v1/box")).json().value(s("sshHostKey")).toString();
    struct stat file = {};
    ASSERT_EQ(::stat(QFile::encodeName(box.dataDir() + s("/ssh_host_ed25519_key")).constData(), &file), 0);
    EXPECT_EQ(file.st_mode & 07777, 0600u);
    ASSERT_TRUE(box.stop());
    startTunnelBox();
    EXPECT_EQ(admin->get(s("/api/v1/box")).json().value(s("sshHostKey")).toString(), fingerprint);
    EXPECT_EQ(lab.scanHostKey(box.sshPort()), fingerprint);

    // Off: no endpoint, sshPort 0 unless [box] ssh_port names the port NAT maps to it.
    ASSERT_TRUE(box.stop());
    startBox(s("[tunnel]\nlisten=off\n"));
    EXPECT_EQ(box.sshListen(), s("off"));
    EXPECT_EQ(admin->get(s("/api/v1/box")).json().value(s("sshPort")).toInt(), 0);
    ASSERT_TRUE(box.stop());
    startBox(kConfig + s("[box]\nssh_port=22022\n"));
    EXPECT_EQ(admin->get(s("/api/v1/box")).json().value(s("sshPort")).toInt(), 22022);
    EXPECT_EQ(admin->get(s("/api/v1/status")).json().value(s("sshPort")).toInt(), 22022);
}

TEST_F(TunnelTest, KeysApiValidatesAndChecksWhoMayManage)
{
    startTunnelBox();
    const QString key = TunnelLab::publicKey(lab.makeKey(s("one")));
    const QString path = s("/api/v1/operators/1/ssh-keys");
    for (const QJsonObject &body :
         {QJsonObject{}, QJsonObject{{s("key"), 7}}, QJsonObject{{s("key"), s("ssh-ed25519")}},
          QJsonObject{{s("key"), s("ssh-ed25519 bm90IGEga2V5")}}, QJsonObject{{s("key"), key + s("\n") + key}}}) {
        const HttpReply bad = admin->post(path, body);
        EXPECT_EQ(bad.status, 400) << bad.body.toStdString();
        EXPECT_EQ(bad.errorField(), s("key"));
    }
    const HttpReply created = upload(*admin, 1, key);
    ASSERT_EQ(created.status, 201);
    const QJsonObject stored = created.json();
    EXPECT_EQ(stored.value(s("type")).toString(), s("ssh-ed25519"));
    EXPECT_EQ(stored.value(s("comment")).toString(), s("one@console"));
    EXPECT_TRUE(stored.value(s("fingerprint")).toString().startsWith(s("SHA256:")));
    EXPECT_FALSE(stored.value(s("createdAt")).toString().isEmpty());
    EXPECT_EQ(upload(*admin, 1, key).status, 409);

    const qint64 tanto = createOperator(s("tanto"), false);
    createOperator(s("suzuki"), false);
    auto tantoClient = loggedIn(s("tanto"));
    auto suzukiClient = loggedIn(s("suzuki"));
    const HttpReply taken = upload(*tantoClient, tanto, key);
    EXPECT_EQ(taken.status, 409) << "one key, two operators";
    EXPECT_EQ(taken.errorField(), s("key"));
    EXPECT_EQ(tantoClient->get(path).status, 403);
    EXPECT_EQ(upload(*tantoClient, 1, TunnelLab::publicKey(lab.makeKey(s("two")))).status, 403);
    const HttpReply own = upload(*tantoClient, tanto, TunnelLab::publicKey(lab.makeKey(s("three"))));
    ASSERT_EQ(own.status, 201);
    const QString ownKey = s("/api/v1/operators/%1/ssh-keys/%2").arg(tanto).arg(own.json().value(s("id")).toInteger());
    EXPECT_EQ(suzukiClient->del(ownKey).status, 403);
    EXPECT_EQ(tantoClient->get(s("/api/v1/operators/%1/ssh-keys").arg(tanto)).jsonArray().size(), 1);
    EXPECT_EQ(admin->get(path).jsonArray().size(), 1);
    EXPECT_EQ(admin->get(s("/api/v1/operators/999/ssh-keys")).status, 404);
    EXPECT_EQ(admin->del(s("/api/v1/operators/1/ssh-keys/999")).status, 404);
    EXPECT_EQ(tantoClient->del(ownKey).status, 204);
    EXPECT_EQ(tantoClient->del(ownKey).status, 404);

    const QList<QJsonObject> audit = [&] {
        QList<QJsonObject> entries;
        for (const QJsonValue &v : admin->get(s("/api/v1/audit?limit=5000")).jsonArray())
            entries << v.toObject();
        return entries;
    }();
    EXPECT_TRUE(hasEntry(audit, s("ssh-key.add"), stored.value(s("fingerprint")).toString()));
    EXPECT_TRUE(hasEntry(audit, s("ssh-key.remove"), s("ssh-ed25519")));
}
