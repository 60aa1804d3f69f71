// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/Check.h"
#include "monitor/ServiceProbe.h"

#include <QElapsedTimer>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace mente::box {

// A check over a non-blocking Qt socket on the main thread: TCP connect, then (TLS and) the
// probe's conversation. HTTPS accepts any certificate: it checks the service, not the PKI.
class StreamCheck final : public Check
{
    Q_OBJECT
public:
    // refusedIsUp: a refused connection proves the host is alive (the device check's TCP fallback).
    StreamCheck(CheckTarget target, ServiceProbe probe, bool refusedIsUp = false, QObject *parent = nullptr);
    ~StreamCheck() override;

    void start() override;

private:
    void onConnected();
    void onData();
    void onError();
    void onTimeout();
    void conclude(bool up, const QString &cause);

    ServiceProbe m_probe;
    bool m_refusedIsUp;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    QByteArray m_received;
    bool m_connected = false;
    bool m_ready = false; // connected, and TLS done when there is TLS
};

} // namespace mente::box
