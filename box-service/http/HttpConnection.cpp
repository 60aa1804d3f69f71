// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpConnection.h"

#include "http/HttpResponder.h"
#include "http/HttpStream.h"

#include <QLoggingCategory>
#include <QSslSocket>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace mente::box {

namespace {
constexpr qint64 kReadBuffer = 64 * 1024;
constexpr int kDrainMs = 1000; // after a refusal, read what the client still sends
constexpr qint64 kMaxDrainBytes = 1024 * 1024;
constexpr int kCloseMs = 5000; // for the last bytes to leave before the socket goes

HttpParser::Limits parserLimits(const HttpSettings &s)
{
    HttpParser::Limits limits;
    limits.maxHeadBytes = s.maxHeadBytes;
    limits.maxBodyBytes = s.maxBodyBytes;
    return limits;
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, bool tls, const HttpService &service, QObject *parent)
    : QObject(parent), m_socket(socket), m_service(service), m_parser(parserLimits(service.settings))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBuffer);
    m_peer = m_socket->peerAddress();
    bool v4 = false;
    const quint32 ipv4 = m_peer.toIPv4Address(&v4);
    if (v4)
        m_peer = QHostAddress(ipv4);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        qCDebug(lcHttp) << "connection from" << m_peer << "error" << error;
        if (m_phase == Phase::Handshake || m_socket->state() != QAbstractSocket::ConnectedState)
            abortNow();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); tls && ssl) {
        // The TLS engine starts with the client's first byte (onReadyRead): a port scanner's or
        // a health check's connect-and-close then costs no TLS context at all.
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::startRequests);
        m_tlsWaiting = true;
        arm(m_service.settings.handshakeMs);
    } else {
        // From the loop, so finished() cannot come before the listener is connected to it.
        QMetaObject::invokeMethod(this, &HttpConnection::startRequests, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection()
{
    if (m_stream)
        m_stream->markClosed();
}

void HttpConnection::startRequests()
{
    if (m_phase != Phase::Handshake)
        return;
    // The first request's head must be complete within the head deadline from here, whether or
    // not a byte ever comes: a silent connection is as costly as a slow one.
    m_phase = Phase::Head;
    arm(m_service.settings.headMs);
    onReadyRead();
}

void HttpConnection::arm(int ms)
{
    m_deadline.start(ms);
}

void HttpConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Handshake: {
        if (!m_tlsWaiting)
            return;
        constexpr char kTlsHandshakeRecord = 0x16;
        char first = 0;
        if (m_socket->peek(&first, 1) != 1)
            return;
        if (first != kTlsHandshakeRecord) {
            qCDebug(lcHttp) << "not a TLS client hello from" << m_peer;
            abortNow();
            return;
        }
        m_tlsWaiting = false;
        static_cast<QSslSocket *>(m_socket)->startServerEncryption();
        return;
    }
    case Phase::Idle:
    case Phase::Head:
    case Phase::Body:
        m_buffer += m_socket->readAll();
        process();
        return;
    case Phase::Draining:
        m_drained += m_socket->readAll().size();
        if (m_drained > kMaxDrainBytes)
            abortNow();
        return;
    default: return; // handled one at a time: the rest waits in the socket
    }
}

void HttpConnection::process()
{
    if (m_phase == Phase::Idle) {
        if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
            return;
        m_phase = Phase::Head;
        arm(m_service.settings.headMs);
        m_buffer += m_socket->readAll();
    }
    while (m_phase == Phase::Head || m_phase == Phase::Body) {
        switch (m_parser.feed(m_buffer)) {
        case HttpParser::Progress::NeedMore: return;
        case HttpParser::Progress::HeadDone:
            m_phase = Phase::Body;
            arm(m_service.settings.bodyMs);
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        case HttpParser::Progress::Failed: refuse(m_parser.errorStatus(), m_parser.errorText(), true); return;
        case HttpParser::Progress::Done: dispatch(); return;
        }
    }
}

void HttpConnection::dispatch()
{
    m_deadline.stop();
    m_phase = Phase::Handling;
    HttpRequest request = m_parser.takeRequest();
    m_parser.reset();
    request.remoteAddress = m_peer;
    request.localAddress = m_socket->localAddress();
    request.localPort = m_socket->localPort();
    m_keepAlive = request.keepAlive();
    m_headRequest = request.method == "HEAD";
    ++m_serial;
    m_service.handle(request, HttpResponder(this, m_serial));
}

void HttpConnection::send(quint64 serial, const HttpResponse &response)
{
    if (!isHandling(serial))
        return;
    const bool close = !m_keepAlive;
    m_socket->write(response.head(close));
    if (!m_headRequest)
        m_socket->write(response.body);
    if (close) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::Idle;
    arm(m_service.settings.idleMs);
    // A pipelined request may already wait; read it from the loop, not from inside the handler.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpStream *HttpConnection::openStream(quint64 serial, const HttpResponse &head)
{
    if (!isHandling(serial))
        return nullptr;
    m_socket->write(head.head(true, false));
    if (m_headRequest) {
        closeAfterWrite();
        return nullptr;
    }
    m_phase = Phase::Streaming;
    m_deadline.stop();
    m_stream = new HttpStream(*this, m_service.settings.maxStreamBacklog);
    return m_stream;
}

void HttpConnection::refuse(int status, const QByteArray &message, bool drain)
{
    qCDebug(lcHttp) << "refused a request from" << m_peer << status << message;
    HttpResponse response = m_service.errorReply(status, message);
    m_socket->write(response.head(true));
    m_socket->write(response.body);
    if (!drain) {
        closeAfterWrite();
        return;
    }
    // Close only after the client has had a moment to read the answer; closing with its body
    // still arriving would reset the connection and lose the answer.
    m_phase = Phase::Draining;
    m_buffer.clear();
    arm(kDrainMs);
    onReadyRead();
}

void HttpConnection::onDeadline()
{
    switch (m_phase) {
    case Phase::Handshake:
        qCDebug(lcHttp) << "TLS handshake of" << m_peer << "took too long";
        abortNow();
        return;
    case Phase::Idle: closeAfterWrite(); return;
    case Phase::Head:
        if (m_buffer.isEmpty()) {
            abortNow(); // nothing came: no one to answer
            return;
        }
        refuse(408, "The request head took too long.", false);
        return;
    case Phase::Body: refuse(408, "The request body took too long.", false); return;
    case Phase::Draining: closeAfterWrite(); return;
    case Phase::Closing: abortNow(); return;
    default: return;
    }
}

qint64 HttpConnection::unsentBytes() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (m_phase == Phase::Streaming)
        m_socket->write(bytes);
}

void HttpConnection::closeAfterWrite()
{
    if (m_phase == Phase::Gone)
        return;
    m_phase = Phase::Closing;
    arm(kCloseMs);
    m_socket->disconnectFromHost(); // flushes first; disconnected() then finishes
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void HttpConnection::abortNow()
{
    if (m_phase == Phase::Gone)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Gone)
        return;
    m_phase = Phase::Gone;
    m_deadline.stop();
    if (m_stream)
        m_stream->markClosed();
    Q_EMIT finished();
}

} // namespace mente::box
