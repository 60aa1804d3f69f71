// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/Identification.h"
#include "scan/PortList.h"
#include "scan/PortScanner.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <deque>
#include <memory>
#include <thread>

namespace mente::box {

class ProtocolIdentifier;

struct ScanJobOptions
{
    PortScanOptions scanner;
    IdentifyOptions identify;
    int parallelIdentifications = 32;
    int scanThreads = 2;     // connect scans: connect() costs kernel time per port, spread it over the cores
    int maxIdentified = 256; // open ports beyond this are only counted (a host that accepts every port)
};

// One scan of one host: the connect scan on a worker thread, and each open port identified on
// this (the owner's) thread as soon as it is found, so identification overlaps the scan.
class ScanJob : public QObject
{
    Q_OBJECT
public:
    ScanJob(QHostAddress host, PortList ports, ScanJobOptions options, QObject *parent = nullptr);
    ~ScanJob() override; // cancels and waits for the worker

    void start();

    int portsDone() const { return m_portsDone; }
    int portsTotal() const { return m_portsTotal; }
    bool isFinished() const { return m_finished; }
    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    QList<Identification> openPorts() const; // ascending by port; identified ones so far
    const PortScanSummary &summary() const { return m_summary; }
    int openPortsOmitted() const { return m_omitted; }

Q_SIGNALS:
    void progress(int portsDone, int portsTotal);
    void portIdentified(const mente::box::Identification &result);
    void finished();

private:
    void onOpen(quint16 port);
    void onScanDone(const Result<PortScanSummary> &result);
    void startIdentifications();
    void maybeFinish();

    QHostAddress m_host;
    ScanJobOptions m_options;
    std::vector<std::unique_ptr<PortScanner>> m_scanners;
    std::vector<std::thread> m_workers;
    std::vector<int> m_workerDone;
    int m_workersRunning = 0;
    int m_portsDone = 0;
    int m_portsTotal = 0;
    bool m_scanDone = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_error;
    PortScanSummary m_summary;
    int m_openSeen = 0;
    int m_omitted = 0;
    std::deque<quint16> m_waiting;
    int m_running = 0;
    QList<Identification> m_results;
};

} // namespace mente::box
