// SPDX-License-Identifier: GPL-3.0-or-later
// F12 path (b) end to end against the real box (issue 10): the console's own code makes its
// ed25519 key, uploads it through the ssh-keys API, pins the box's SSH host key from GET /box and
// opens a TunnelManager forward through the real mente-box's SSH endpoint to a real HTTP server
// on loopback; the bytes fetched through the local port are the file's, and the box's audit shows
// the tunnel open and close for the operator.
#include "api/BoxClient.h"
#include "store/ConsoleSettings.h"
#include "launch/ConsoleSshKey.h"
#include "launch/LaunchSettings.h"
#include "launch/SshTunnel.h"
#include "launch/TunnelManager.h"
#include "support/FakeVault.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace mente;
using namespace mente::console;
using mente::test::BoxProcess;
using mente::test::HttpsClient;

namespace {

const QString Password = QStringLiteral("Kanri-2026-secure");
const QString OperatorPassword = QStringLiteral("Kanri-pass-2026");

// python3 -m http.server on 127.0.0.1, a free port, serving dir; stopped by its PID (QProcess).
class HttpServer
{
public:
    bool start(const QString &dir)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
                         QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), dir});
        if (!m_process.waitForStarted(5000))
            return false;
        const QRegularExpression served(QStringLiteral("port (\\d+)"));
        return QTest::qWaitFor(
                   [&]() {
                       m_output += QString::fromUtf8(m_process.readAll());
                       const auto match = served.match(m_output);
                       if (match.hasMatch())
                           m_port = quint16(match.captured(1).toUInt());
                       return m_port != 0 || m_process.state() == QProcess::NotRunning;
                   },
                   10000)
               && m_port != 0;
    }
    ~HttpServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};

// A plain HTTP/1.0 GET on 127.0.0.1:port; the body, or nothing when the answer is not a 200.
QByteArray httpGet(quint16 port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&]() {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        15000);
    answer += socket.readAll();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0 || !answer.startsWith("HTTP/1.0 200"))
        return {};
    return answer.mid(end + 4);
}

QList<QJsonObject> tunnelAudit(HttpsClient &admin)
{
    QList<QJsonObject> entries;
    for (const QJsonValue &v : admin.get(QStringLiteral("/api/v1/audit?limit=5000")).jsonArray())
        if (v.toObject().value(QStringLiteral("action")).toString().startsWith(QStringLiteral("tunnel")))
            entries << v.toObject();
    return entries;
}

std::optional<QJsonObject> auditWith(const QList<QJsonObject> &entries, const QString &action)
{
    for (const QJsonObject &e : entries)
        if (e.value(QStringLiteral("action")).toString() == action)
            return e;
    return std::nullopt;
}

// The real box with its default admin password changed; an admin HTTPS client logged in to it.
std::unique_ptr<HttpsClient> startBox(BoxProcess &box)
{
    if (!box.start())
        return nullptr;
    auto admin = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
    const bool changed =
        admin->login(QStringLiteral("admin"), QStringLiteral("admin")).status == 200
        && admin->post(QStringLiteral("/api/v1/session/password"),
                       {{QStringLiteral("current"), QStringLiteral("admin")}, {QStringLiteral("new"), Password}})
                   .status
               == 204
        && admin->login(QStringLiteral("admin"), Password).status == 200;
    return changed ? std::move(admin) : nullptr;
}

// The console's parts for path (b) as the application wires them, with a fake vault.
struct ConsoleSide
{
    ConsoleSide(const BoxProcess &box, const QString &dir, qint64 boxId, const QString &login, const QString &password,
                TunnelTimings timings)
        : record(recordFor(box, boxId, login))
        , client(&nam, &vault, record)
        , settings(dir + QStringLiteral("/console.ini"))
        , launch(&settings)
        , key(&vault)
        , tunnels(&key, launch, timings)
    {
        vault.put(record.passwordKey(), password);
    }

    static BoxRecord recordFor(const BoxProcess &box, qint64 boxId, const QString &login)
    {
        BoxRecord r;
        r.id = boxId;
        r.url = box.apiUrl();
        r.login = login;
        r.fingerprint = box.fingerprint();
        return r;
    }

    // TunnelManager::open, waited for; nothing when it neither opened nor failed in time.
    std::optional<Result<TunnelManager::Lease>> open(const QString &device, quint16 port)
    {
        std::optional<Result<TunnelManager::Lease>> opened;
        QObject context;
        tunnels.open(&client, device, port, &context, [&](const Result<TunnelManager::Lease> &r) { opened = r; });
        (void)QTest::qWaitFor([&]() { return opened.has_value(); }, 20000);
        return opened;
    }

    QNetworkAccessManager nam;
    FakeVault vault;
    BoxRecord record;
    BoxClient client;
    ConsoleSettings settings;
    LaunchSettings launch;
    ConsoleSshKey key;
    TunnelManager tunnels;
};

} // namespace

TEST(TunnelThroughBox, ConsoleForwardsThroughTheRealBoxToALoopbackServer)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString served = dir.filePath(QStringLiteral("www"));
    ASSERT_TRUE(QDir().mkpath(served));
    QByteArray payload(300 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
    QFile file(served + QStringLiteral("/payload.bin"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(payload), payload.size());
    file.close();
    HttpServer http;
    ASSERT_TRUE(http.start(served)) << "python3 -m http.server did not start: " << http.output().toStdString();

    // The box's "LAN" is loopback, so it may forward to the test's server.
    BoxProcess box;
    box.setConfig(QStringLiteral("[lan]\ncidrs=127.0.0.1/32\n"));
    const auto https = startBox(box);
    ASSERT_NE(https, nullptr) << box.output().toStdString();
    ASSERT_GT(box.sshPort(), 0) << box.output().toStdString();
    HttpsClient &admin = *https;
    // The console logs in as an operator without admin rights: its own keys, its own audit lines.
    const auto created =
        admin.post(QStringLiteral("/api/v1/operators"), {{QStringLiteral("admin"), false},
                                                         {QStringLiteral("name"), QStringLiteral("山田")},
                                                         {QStringLiteral("email"), QStringLiteral("yamada@example.jp")},
                                                         {QStringLiteral("phone"), QStringLiteral("03-0000-0000")},
                                                         {QStringLiteral("login"), QStringLiteral("yamada")},
                                                         {QStringLiteral("password"), OperatorPassword}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const qint64 operatorId = created.json().value(QStringLiteral("id")).toInteger();
    const QJsonObject info = admin.get(QStringLiteral("/api/v1/box")).json();
    const QString hostKey = info.value(QStringLiteral("sshHostKey")).toString();
    ASSERT_TRUE(hostKey.startsWith(QStringLiteral("SHA256:"))) << hostKey.toStdString();
    ASSERT_EQ(info.value(QStringLiteral("sshPort")).toInt(), box.sshPort());

    TunnelTimings timings;
    timings.connectTimeoutS = 5;
    ConsoleSide console(box, dir.path(), 7, QStringLiteral("yamada"), OperatorPassword, timings);
    const BoxRecord &record = console.record;
    TunnelManager &tunnels = console.tunnels;

    const auto opened = console.open(QStringLiteral("127.0.0.1"), http.port());
    ASSERT_TRUE(opened.has_value()) << "the tunnel neither opened nor failed";
    ASSERT_TRUE(opened->ok()) << opened->error().message.toStdString();
    const TunnelManager::Lease lease = opened->value();
    ASSERT_GT(lease.localPort, 0);

    // The console's key is in the vault and on the box for the logged-in operator; the host key is pinned.
    const SshKeyPair pair = SshKeyPair::fromPrivate(console.vault.peek(ConsoleSshKey::vaultKey()).toUtf8());
    ASSERT_TRUE(pair.isValid());
    ASSERT_EQ(console.client.sessionOperator().id, operatorId);
    EXPECT_FALSE(console.client.isAdmin());
    const QJsonArray keys = admin.get(QStringLiteral("/api/v1/operators/%1/ssh-keys").arg(operatorId)).jsonArray();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(keys.first().toObject().value(QStringLiteral("operatorId")).toInteger(), operatorId);
    EXPECT_TRUE(admin.get(QStringLiteral("/api/v1/operators/1/ssh-keys")).jsonArray().isEmpty());
    EXPECT_EQ(keys.first().toObject().value(QStringLiteral("fingerprint")).toString(), pair.fingerprint());
    EXPECT_EQ(keys.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(console.launch.sshHostKey(record.id), hostKey);
    SshTunnel *tunnel = tunnels.tunnel(record.id);
    ASSERT_NE(tunnel, nullptr);
    EXPECT_EQ(tunnel->state(), TunnelState::Up) << tunnel->detail().toStdString();

    // The file, byte for byte, through the console's local port, the box and back.
    const QByteArray fetched = httpGet(lease.localPort, QStringLiteral("/payload.bin"));
    ASSERT_EQ(fetched.size(), payload.size());
    EXPECT_TRUE(fetched == payload) << "the bytes through the tunnel differ from the file";

    // A second session to the box shares the SSH connection, and the key is not uploaded twice.
    const auto second = console.open(QStringLiteral("127.0.0.1"), http.port());
    ASSERT_TRUE(second.has_value());
    ASSERT_TRUE(second->ok()) << second->error().message.toStdString();
    EXPECT_EQ(tunnels.tunnelCount(), 1);
    EXPECT_EQ(httpGet(second->value().localPort, QStringLiteral("/payload.bin")), payload);
    EXPECT_EQ(admin.get(QStringLiteral("/api/v1/operators/%1/ssh-keys").arg(operatorId)).jsonArray().size(), 1);

    // The sessions end: the forwards close after their idle time, with the last one the SSH connection.
    tunnels.release(lease, false);
    tunnels.release(second->value(), false);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnels.tunnelCount() == 0; }, 10000));

    // The box's audit: the login with the console's key, a channel to the server opened and closed
    // for this operator, with the bytes that went through.
    const QString target = QStringLiteral("127.0.0.1:%1").arg(http.port());
    QList<QJsonObject> audit;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            audit = tunnelAudit(admin);
            int closes = 0;
            for (const QJsonObject &e : std::as_const(audit))
                closes += e.value(QStringLiteral("action")).toString() == QStringLiteral("tunnel.close");
            return closes >= 2;
        },
        10000))
        << "no tunnel.close in the box's audit";
    const auto login = auditWith(audit, QStringLiteral("tunnel.login"));
    ASSERT_TRUE(login.has_value());
    EXPECT_EQ(login->value(QStringLiteral("operatorId")).toInteger(), operatorId);
    EXPECT_EQ(login->value(QStringLiteral("login")).toString(), QStringLiteral("yamada"));
    const auto open = auditWith(audit, QStringLiteral("tunnel.open"));
    ASSERT_TRUE(open.has_value());
    EXPECT_EQ(open->value(QStringLiteral("operatorId")).toInteger(), operatorId);
    EXPECT_EQ(open->value(QStringLiteral("target")).toString(), target);
    const auto close = auditWith(audit, QStringLiteral("tunnel.close"));
    ASSERT_TRUE(close.has_value());
    EXPECT_EQ(close->value(QStringLiteral("operatorId")).toInteger(), operatorId);
    EXPECT_EQ(close->value(QStringLiteral("target")).toString(), target);
    const QString detail = close->value(QStringLiteral("detail")).toString();
    const auto fromDevice = QRegularExpression(QStringLiteral("(\\d+) bytes from it")).match(detail);
    ASSERT_TRUE(fromDevice.hasMatch()) << detail.toStdString();
    EXPECT_GT(fromDevice.captured(1).toLongLong(), payload.size()) << detail.toStdString();
    EXPECT_FALSE(auditWith(audit, QStringLiteral("tunnel.refused")).has_value());
    EXPECT_FALSE(auditWith(audit, QStringLiteral("tunnel.login.failed")).has_value());
}

TEST(TunnelThroughBox, APinnedHostKeyTheBoxNoLongerReportsOpensNoTunnel)
{
    BoxProcess box;
    const auto admin = startBox(box);
    ASSERT_NE(admin, nullptr) << box.output().toStdString();
    QTemporaryDir dir;
    ConsoleSide console(box, dir.path(), 3, QStringLiteral("admin"), Password, TunnelTimings{});
    const QString stale = QStringLiteral("SHA256:n9gDsIoG/6fwQ1NAK8PO2bOYqf1kSf7hsKLkdFXxD9M");
    console.launch.setSshHostKey(console.record.id, stale);

    const auto opened = console.open(QStringLiteral("127.0.0.1"), 80);
    ASSERT_TRUE(opened.has_value());
    ASSERT_FALSE(opened->ok());
    EXPECT_TRUE(opened->error().message.contains(stale)) << opened->error().message.toStdString();
    EXPECT_EQ(console.tunnels.tunnelCount(), 0);
    EXPECT_EQ(console.launch.sshHostKey(console.record.id), stale);
    QTest::qWait(300);
    EXPECT_TRUE(tunnelAudit(*admin).isEmpty()); // not even an SSH login was tried
}
