// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpListener.h"

#include "http/HttpConnection.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttp, "mente.http")

namespace mente::box {

namespace {
constexpr int kListenBacklog = 1024;

// The client's address straight from the descriptor, so a refused connection costs no socket object.
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t size = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &size) != 0)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ipv4) : address;
}
} // namespace

HttpListener::HttpListener(HttpService service, QObject *parent) : QTcpServer(parent), m_service(std::move(service))
{
    setListenBacklogSize(kListenBacklog);
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] { resumeAccepting(); });
    connect(this, &QTcpServer::acceptError, this, &HttpListener::onAcceptError);
}

HttpListener::~HttpListener()
{
    close();
    // The connections are children; they go before the service they refer to.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    const HttpSettings &s = m_service.settings;
    if (peer.isNull() || m_total >= s.maxConnections || m_perAddress.value(peer) >= s.maxPerAddress) {
        if (m_refused++ % 1000 == 0)
            qCWarning(lcHttp) << "port" << serverPort() << "refused a connection from" << peer << ":" << m_total
                              << "open," << m_perAddress.value(peer) << "from that address (" << m_refused
                              << "refused so far)";
        ::close(int(descriptor));
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    ++m_total;
    ++m_perAddress[peer];
    auto *connection = new HttpConnection(socket, m_tls.has_value(), m_service, this);
    connect(connection, &HttpConnection::finished, this, [this, connection, peer] {
        release(peer);
        connection->deleteLater();
    });
}

void HttpListener::release(const QHostAddress &peer)
{
    --m_total;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

void HttpListener::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer pauses accepting on any error that is not temporary (EMFILE, ENFILE, ENOBUFS):
    // try again shortly, once connections have closed and freed their descriptors.
    qCWarning(lcHttp) << "port" << serverPort() << "cannot accept a connection:" << error << errorString();
    if (!m_resume.isActive())
        m_resume.start(m_service.settings.acceptRetryMs);
}

} // namespace mente::box
