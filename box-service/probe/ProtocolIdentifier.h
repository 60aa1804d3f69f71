// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/Identification.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

namespace mente::box {

class ProbeConnection;

// Names the protocol of one open port from what the service answers, never from the port
// number. First it listens: SSH, VNC and Telnet servers speak first. A service still silent
// after the quiet time (bannerWaitMs) gets three probes at once on fresh connections: an RDP connection request, a TLS
// handshake followed by an HTTP request (HTTPS), and a plain HTTP request. RDP and HTTPS win over HTTP because many
// HTTP servers answer any garbage, TLS hellos and RDP requests included, with a "400 Bad Request" status line.
class ProtocolIdentifier : public QObject
{
    Q_OBJECT
public:
    ProtocolIdentifier(QHostAddress host, quint16 port, IdentifyOptions options, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const Identification &result() const { return m_result; }

Q_SIGNALS:
    void finished(const mente::box::Identification &result);

private:
    void onGreetingDone();
    void startClientProbes();
    void onClientProbeDone();
    void finish(const QString &protocol, const QByteArray &banner);

    QHostAddress m_host;
    quint16 m_port;
    IdentifyOptions m_options;
    QTimer m_quietTimer;
    ProbeConnection *m_greeting = nullptr;
    ProbeConnection *m_rdp = nullptr;
    ProbeConnection *m_tls = nullptr;
    ProbeConnection *m_http = nullptr;
    Identification m_result;
    bool m_finished = false;
};

} // namespace mente::box
