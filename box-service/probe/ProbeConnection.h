// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace mente::box {

// One connection of an identification: connects (over TLS when asked), sends a request if it
// has one, and feeds what comes back to a parse function until it decides, the byte cap is
// reached, the peer closes, or the deadline passes. Never more than `maxBytes` are kept.
class ProbeConnection : public QObject
{
    Q_OBJECT
public:
    using Parser = std::function<ProbeVerdict(const QByteArray &)>;
    enum class Transport { Plain, Tls };

    ProbeConnection(QHostAddress host, quint16 port, Transport transport, QByteArray request, Parser parser,
                    int maxBytes, QObject *parent = nullptr);
    ~ProbeConnection() override;

    void start(int deadlineMs);

    bool isDone() const { return m_done; }
    ProbeVerdict verdict() const { return m_verdict; }
    const QByteArray &received() const { return m_received; }
    bool connected() const { return m_connected; } // TCP (and TLS, if asked) came up
    bool silent() const { return m_received.isEmpty(); }

Q_SIGNALS:
    void done();

private:
    void onReady();
    void onData();
    void finish(ProbeVerdict verdict);

    QHostAddress m_host;
    quint16 m_port;
    Transport m_transport;
    QByteArray m_request;
    Parser m_parser;
    int m_maxBytes;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_deadline;
    QByteArray m_received;
    ProbeVerdict m_verdict = ProbeVerdict::NeedMore;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace mente::box
