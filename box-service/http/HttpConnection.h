// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpHandler.h"
#include "http/HttpParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace mente::box {

class HttpStream;

// One client connection, from accept to close: the TLS handshake (API), then requests one at a
// time. Each phase has its deadline (HttpSettings): handshake, request head, body, idle between
// requests, and a short drain after a refusal. Bytes are read only while a request is being
// received; while a handler works or a stream runs, the socket's read buffer fills and TCP
// holds the client back. Emits finished() once, when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, bool tls, const HttpService &service, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    // Used by HttpResponder: ignored unless `serial` is the request being handled.
    void send(quint64 serial, const HttpResponse &response);
    HttpStream *openStream(quint64 serial, const HttpResponse &head);
    bool isHandling(quint64 serial) const { return m_phase == Phase::Handling && serial == m_serial; }

    // Used by HttpStream.
    qint64 unsentBytes() const;
    void writeRaw(const QByteArray &bytes);
    void abortNow();
    void closeAfterWrite();

Q_SIGNALS:
    void finished();

private:
    enum class Phase { Handshake, Idle, Head, Body, Handling, Streaming, Draining, Closing, Gone };

    void startRequests();
    void onReadyRead();
    void process();
    void dispatch();
    void refuse(int status, const QByteArray &message, bool drain);
    void onDeadline();
    void arm(int ms);
    void finish();

    QTcpSocket *m_socket;
    const HttpService &m_service;
    QHostAddress m_peer;
    HttpParser m_parser;
    QByteArray m_buffer;
    QTimer m_deadline;
    Phase m_phase = Phase::Handshake;
    quint64 m_serial = 0;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_tlsWaiting = false; // TLS: no byte from the client yet, so no TLS engine yet
    qint64 m_drained = 0;
    HttpStream *m_stream = nullptr;
};

} // namespace mente::box
