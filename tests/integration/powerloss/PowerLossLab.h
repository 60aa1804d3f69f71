// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmtpSink.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QTcpServer>

#include <memory>
#include <random>
#include <vector>

namespace mente::test {

class BoxDatabase;

// A setting the test changes through the API: the value the box last acknowledged, and the
// value of a request a kill cut short (the box may or may not have stored that one).
struct TrackedSetting
{
    QString name;
    QString acknowledged;
    QString inFlight; // empty: no request was open
};

// What the kills hit.
struct KillTally
{
    int kills = 0;
    int apiCallsCut = 0;    // an API call was open when the box died
    int sinkDown = 0;       // the SMTP server was down at the kill
    int mailSending = 0;    // a mail was marked "sending" in the database at the kill
    int scanRunning = 0;    // a scan was marked running at the kill
    int walLeft = 0;        // a write-ahead log with frames was left behind
    qint64 killAtMsSum = 0; // time from "ready" to the kill, summed
    int starts = 0;
    qint64 restartMsSum = 0; // from starting the binary to the API answering an authenticated call
    qint64 restartMsMax = 0;
};

// The real mente-box at work on loopback, killed with SIGKILL at random moments: monitored
// TCP services of this process that go up and down, a real SMTP server (aiosmtpd) that goes up
// and down on a fixed port, port scans of 127.0.0.1 and API calls that change settings. Random
// but reproducible: everything it decides comes from one seed.
class PowerLossLab
{
public:
    explicit PowerLossLab(quint32 seed);
    ~PowerLossLab();

    void setUp(); // first start: operators, customer, licence, the device and its ports (gtest assertions)
    // Works the box for a random time of up to maxDelayMs after it is ready, then kills it.
    void workAndKill(int maxDelayMs);
    void checkDatabase();     // the database after the kill, read-only, before the restart
    void restart();           // and the API answers
    void checkAfterRestart(); // settings kept, no scan left running
    // The sink up, every service up, no more kills: runs until the outbox has drained and the
    // monitor is quiet; then stops the box cleanly.
    void settle(int timeoutMs);
    QList<ReceivedMail> mails() const { return m_sink.mails(); }

    const KillTally &tally() const { return m_tally; }
    QString databasePath() const { return m_box.dataDir() + QStringLiteral("/box.db"); }

private:
    void startBox();
    static void expectSound(const BoxDatabase &db); // integrity_check and foreign_key_check
    void setSink(bool up);
    void setService(size_t i, bool up);
    void act(); // one random piece of work through the API
    HttpReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void putRemark();
    void patchMemo();
    void startScan();
    void expectKept(TrackedSetting &setting, const QString &now);
    int uniform(int low, int high); // inclusive
    quint16 quietPort();

    std::mt19937 m_rng;
    BoxProcess m_box;
    SmtpSink m_sink;
    quint16 m_sinkPort = 0;
    bool m_sinkUp = false;
    std::vector<std::unique_ptr<QTcpServer>> m_services;
    std::vector<quint16> m_servicePorts;
    std::unique_ptr<HttpsClient> m_api;
    QString m_token;
    QJsonObject m_customer;
    qint64 m_deviceId = 0;
    qint64 m_scanId = 0;
    TrackedSetting m_remark{QStringLiteral("customer remark"), {}, {}};
    TrackedSetting m_memo{QStringLiteral("device memo"), {}, {}};
    int m_counter = 0;
    bool m_killed = false;
    KillTally m_tally;
};

} // namespace mente::test
