// SPDX-License-Identifier: GPL-3.0-or-later
#include "PowerLossLab.h"

#include "BoxDatabase.h"
#include "MailBoxSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

namespace mente::test {

namespace {
constexpr int kServices = 4;

QString path(const QString &format, qint64 id)
{
    return format.arg(id);
}
} // namespace

PowerLossLab::PowerLossLab(quint32 seed) : m_rng(seed) {}

quint16 PowerLossLab::quietPort()
{
    // Below the ephemeral range (32768 up): no outgoing connection takes the port while a
    // service or the sink is down, so it can listen there again.
    for (int tries = 0; tries < 200; ++tries) {
        const auto port = quint16(uniform(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

PowerLossLab::~PowerLossLab() = default;

int PowerLossLab::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

void PowerLossLab::setSink(bool up)
{
    if (up == m_sinkUp)
        return;
    if (up) {
        // A slow server: each mail is stored 50 ms before the box hears 250, so kills land
        // between the two and the outbox must show every copy that may come twice.
        ASSERT_TRUE(m_sink.start(m_sinkPort, {QStringLiteral("--data-delay-ms"), QStringLiteral("50")}))
            << qPrintable(m_sink.output());
    } else {
        m_sink.stop(); // SIGTERM: python dies at once, a session open or not
    }
    m_sinkUp = up;
}

void PowerLossLab::setService(size_t i, bool up)
{
    QTcpServer &server = *m_services.at(i);
    if (server.isListening() == up)
        return;
    if (up)
        server.listen(QHostAddress::LocalHost,
                      m_servicePorts.at(i)); // may fail while a socket holds the port: then it stays down
    else
        server.close();
}

void PowerLossLab::startBox()
{
    ASSERT_TRUE(m_box.start()) << qPrintable(m_box.output().right(4000));
    m_api = std::make_unique<HttpsClient>(m_box.apiUrl(), m_box.fingerprint());
    m_api->setToken(m_token);
    m_killed = false;
}

void PowerLossLab::setUp()
{
    m_sinkPort = quietPort();
    ASSERT_NE(m_sinkPort, 0);
    ASSERT_NO_FATAL_FAILURE(setSink(true));
    for (int i = 0; i < kServices; ++i) {
        auto server = std::make_unique<QTcpServer>();
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, quietPort()));
        QTcpServer *s = server.get();
        QObject::connect(s, &QTcpServer::newConnection, s, [s] {
            while (QTcpSocket *c = s->nextPendingConnection()) {
                c->close();
                c->deleteLater();
            }
        });
        m_servicePorts.push_back(server->serverPort());
        m_services.push_back(std::move(server));
    }
    m_box.setConfig(mailConfig(m_sinkPort, QStringLiteral("max_attempts=100000\n"))
                    + QStringLiteral("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=1\nrecoveries=1\n"
                                     "flap_changes=0\ngateway=none\n"));
    ASSERT_NO_FATAL_FAILURE(startBox());
    ++m_tally.starts;
    ASSERT_NO_FATAL_FAILURE(prepareOperators(*m_api)); // suzuki and tanaka receive fault mail
    m_token = m_api->token();
    m_customer = customerJson();
    m_customer.insert(QStringLiteral("mailOnFault"), true);
    m_customer.insert(QStringLiteral("notify"), QJsonObject{{QStringLiteral("device"), true}});
    ASSERT_NO_FATAL_FAILURE(putRemark());
    ASSERT_EQ(
        m_api->put(QStringLiteral("/api/v1/license"), {{QStringLiteral("key"), QStringLiteral("1234-5678-9ABC-DEFR")}})
            .status,
        200);
    const HttpReply device =
        m_api->post(QStringLiteral("/api/v1/devices"), {{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}});
    ASSERT_EQ(device.status, 201) << device.body.constData();
    m_deviceId = device.json().value(QStringLiteral("id")).toInteger();
    ASSERT_NO_FATAL_FAILURE(patchMemo());
    for (const quint16 port : m_servicePorts) {
        const HttpReply added =
            m_api->post(path(QStringLiteral("/api/v1/devices/%1/ports"), m_deviceId),
                        {{QStringLiteral("port"), int(port)}, {QStringLiteral("protocol"), QString()}});
        ASSERT_EQ(added.status, 201) << added.body.constData();
        const qint64 portId = added.json().value(QStringLiteral("id")).toInteger();
        ASSERT_EQ(
            m_api->patch(path(QStringLiteral("/api/v1/ports/%1"), portId), {{QStringLiteral("monitor"), true}}).status,
            200);
    }
}

HttpReply PowerLossLab::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const HttpReply r = m_api->send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    if (m_killed && r.status == 0)
        ++m_tally.apiCallsCut;
    return r;
}

void PowerLossLab::putRemark()
{
    const QString value = QStringLiteral("remark %1").arg(++m_counter);
    m_customer.insert(QStringLiteral("remark"), value);
    m_remark.inFlight = value;
    const HttpReply r = call("PUT", QStringLiteral("/api/v1/customer"), m_customer);
    if (r.status == 200) {
        m_remark.acknowledged = value;
        m_remark.inFlight.clear();
    } else if (!m_killed || r.status != 0) {
        ADD_FAILURE() << "PUT /customer: " << r.status << " " << r.body.constData() << qPrintable(r.networkError);
    }
}

void PowerLossLab::patchMemo()
{
    const QString value = QStringLiteral("memo %1").arg(++m_counter);
    m_memo.inFlight = value;
    const HttpReply r =
        call("PATCH", path(QStringLiteral("/api/v1/devices/%1"), m_deviceId), {{QStringLiteral("memo"), value}});
    if (r.status == 200) {
        m_memo.acknowledged = value;
        m_memo.inFlight.clear();
    } else if (!m_killed || r.status != 0) {
        ADD_FAILURE() << "PATCH /devices/{id}: " << r.status << " " << r.body.constData() << qPrintable(r.networkError);
    }
}

void PowerLossLab::startScan()
{
    // The privileged ports (the machine's own daemons) and the test's services: nobody else's.
    QStringList ports{QStringLiteral("1-1024")};
    for (const quint16 p : m_servicePorts)
        ports << QString::number(p);
    const HttpReply r = call("POST", path(QStringLiteral("/api/v1/devices/%1/scan"), m_deviceId),
                             {{QStringLiteral("ports"), ports.join(QLatin1Char(','))}});
    if (r.status == 202)
        m_scanId = r.json().value(QStringLiteral("scanId")).toInteger();
    else if (r.status != 409 && !(m_killed && r.status == 0))
        ADD_FAILURE() << "POST /devices/{id}/scan: " << r.status << " " << r.body.constData();
}

void PowerLossLab::act()
{
    switch (uniform(0, 9)) {
    case 0:
    case 1:
    case 2: putRemark(); break;
    case 3:
    case 4:
    case 5: patchMemo(); break;
    case 6: startScan(); break;
    case 7: setService(size_t(uniform(0, kServices - 1)), uniform(0, 1) == 1); break;
    case 8: call("GET", QStringLiteral("/api/v1/status")); break;
    default:
        waitUntil([this] { return m_killed; }, uniform(1, 40)); // the box works on its own
        break;
    }
}

void PowerLossLab::workAndKill(int maxDelayMs)
{
    if (uniform(0, 3) == 0) {
        ASSERT_NO_FATAL_FAILURE(setSink(!m_sinkUp));
    }
    for (size_t i = 0; i < m_services.size(); ++i)
        if (uniform(0, 2) == 0)
            setService(i, !m_services[i]->isListening());
    const int delay = uniform(0, maxDelayMs);
    QTimer killer; // fires inside an API call's event loop or inside a pause between calls
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, [this] {
        m_killed = true;
        EXPECT_TRUE(m_box.kill()) << "the box was not running at the kill";
    });
    killer.start(delay);
    while (!m_killed)
        act();
    ++m_tally.kills;
    m_tally.killAtMsSum += delay;
    if (!m_sinkUp)
        ++m_tally.sinkDown;
}

void PowerLossLab::expectSound(const BoxDatabase &db)
{
    ASSERT_TRUE(db.isOpen()) << qPrintable(db.error());
    EXPECT_EQ(db.integrityCheck(), QStringList{QStringLiteral("ok")});
    EXPECT_EQ(db.foreignKeyCheck(), QStringList{});
}

void PowerLossLab::checkDatabase()
{
    const QFileInfo wal(databasePath() + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        ++m_tally.walLeft;
    BoxDatabase db(databasePath());
    ASSERT_NO_FATAL_FAILURE(expectSound(db));
    if (db.number(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sending'")) > 0)
        ++m_tally.mailSending;
    if (db.number(QStringLiteral("SELECT COUNT(*) FROM scans WHERE state = 'running'")) > 0)
        ++m_tally.scanRunning;
}

void PowerLossLab::restart()
{
    QElapsedTimer took;
    took.start();
    ASSERT_NO_FATAL_FAILURE(startBox());
    ++m_tally.starts;
    const HttpReply health = m_api->get(QStringLiteral("/api/v1/health"));
    ASSERT_EQ(health.status, 200) << qPrintable(health.networkError);
    const HttpReply status = m_api->get(QStringLiteral("/api/v1/status"));
    ASSERT_EQ(status.status, 200) << status.body.constData() << " (the session should survive a restart)";
    const qint64 ms = took.elapsed();
    m_tally.restartMsSum += ms;
    m_tally.restartMsMax = std::max(m_tally.restartMsMax, ms);
}

void PowerLossLab::expectKept(TrackedSetting &setting, const QString &now)
{
    if (now == setting.acknowledged || (!setting.inFlight.isEmpty() && now == setting.inFlight))
        setting.acknowledged = now;
    else
        ADD_FAILURE() << qPrintable(setting.name) << " lost: the box says \"" << qPrintable(now)
                      << "\", it acknowledged \"" << qPrintable(setting.acknowledged) << "\" (a call cut short: \""
                      << qPrintable(setting.inFlight) << "\")";
    setting.inFlight.clear();
}

void PowerLossLab::checkAfterRestart()
{
    const HttpReply customer = m_api->get(QStringLiteral("/api/v1/customer"));
    ASSERT_EQ(customer.status, 200) << customer.body.constData();
    expectKept(m_remark, customer.json().value(QStringLiteral("remark")).toString());
    m_customer.insert(QStringLiteral("remark"), m_remark.acknowledged);
    const HttpReply device = m_api->get(path(QStringLiteral("/api/v1/devices/%1"), m_deviceId));
    ASSERT_EQ(device.status, 200) << device.body.constData();
    expectKept(m_memo, device.json().value(QStringLiteral("memo")).toString());
    EXPECT_NE(device.json().value(QStringLiteral("state")).toString(), QStringLiteral("scanning"))
        << "a scan the kill cut short left the device scanning";
    if (m_scanId > 0) {
        const HttpReply scan = m_api->get(path(QStringLiteral("/api/v1/scans/%1"), m_scanId));
        ASSERT_EQ(scan.status, 200) << scan.body.constData();
        EXPECT_NE(scan.json().value(QStringLiteral("state")).toString(), QStringLiteral("running"))
            << "scan " << m_scanId << " was cut short by the kill but is listed running";
    }
}

void PowerLossLab::settle(int timeoutMs)
{
    ASSERT_NO_FATAL_FAILURE(setSink(true));
    const QDeadlineTimer deadline(timeoutMs);
    qint64 lastSeq = -1;
    int quiet = 0; // polls in a row with nothing left to do
    QString left;
    while (!deadline.hasExpired() && quiet < 6) {
        for (size_t i = 0; i < m_services.size(); ++i)
            setService(i, true);
        waitUntil([] { return false; }, 500);
        BoxDatabase db(databasePath());
        const qint64 pending =
            db.number(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"));
        const qint64 seq = db.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
        const qint64 notOk =
            db.number(QStringLiteral("SELECT COUNT(*) FROM ports WHERE monitor = 1 AND state != 'ok'"));
        const qint64 scans = db.number(QStringLiteral("SELECT COUNT(*) FROM scans WHERE state = 'running'"));
        left = QStringLiteral("%1 mails to send, %2 ports not ok, %3 scans running").arg(pending).arg(notOk).arg(scans);
        quiet = (pending == 0 && notOk == 0 && scans == 0 && seq == lastSeq) ? quiet + 1 : 0;
        lastSeq = seq;
    }
    ASSERT_GE(quiet, 6) << "the box did not settle: " << qPrintable(left);
    EXPECT_TRUE(m_box.stop()) << "the box did not stop cleanly on SIGTERM";
    BoxDatabase db(databasePath());
    ASSERT_NO_FATAL_FAILURE(expectSound(db));
}

} // namespace mente::test
