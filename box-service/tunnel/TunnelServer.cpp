// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelServer.h"

#include "kernel/ListenAddress.h"
#include "shared/Event.h"
#include "shared/EventDetails.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"
#include "tunnel/SshConnection.h"
#include "tunnel/TunnelListener.h"
#include "tunnel/TunnelLogging.h"

#include <QFile>
#include <QHostAddress>
#include <QThread>

#include <libssh/server.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {
// Dead clients are found by TCP keep-alive (a minute idle, then 4 probes 15 s apart).
void keepAlive(int fd)
{
    const int on = 1, idle = 60, interval = 15, count = 4;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}
} // namespace

TunnelServer::TunnelServer(TunnelSettings settings, QStringList lanCidrs, SshHostKey hostKey, QString databasePath,
                           Stores stores, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_lanCidrs(std::move(lanCidrs))
    , m_hostKey(std::move(hostKey))
    , m_databasePath(std::move(databasePath))
    , m_stores(stores)
{}

TunnelServer::~TunnelServer()
{
    stop();
    if (m_bind)
        ssh_bind_free(m_bind);
}

Status TunnelServer::listen()
{
    const auto address = parseListenAddress(m_settings.listen, QStringLiteral("[tunnel] listen"));
    if (!address)
        return Error::validation(
            QStringLiteral("[tunnel] listen"),
            QStringLiteral("[tunnel] listen: \"%1\" is not ADDRESS:PORT (or off).").arg(m_settings.listen));
    m_bind = ssh_bind_new();
    const QByteArray keyPath = QFile::encodeName(m_hostKey.path);
    if (!m_bind || ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_HOSTKEY, keyPath.constData()) != SSH_OK)
        return Error{QStringLiteral("internal"),
                     QStringLiteral("The SSH host key %1 cannot be used: %2")
                         .arg(m_hostKey.path, QString::fromUtf8(m_bind ? ssh_get_error(m_bind) : "no memory")),
                     QStringLiteral("ssh-host-key")};
    m_listener = std::make_unique<TunnelListener>();
    if (!m_listener->listen(address->address, address->port))
        return Error{QStringLiteral("internal"),
                     QStringLiteral("Cannot listen on %1 for SSH tunnels ([tunnel] listen): %2")
                         .arg(m_settings.listen, m_listener->errorString()),
                     QStringLiteral("ssh-listen")};
    connect(m_listener.get(), &TunnelListener::accepted, this, &TunnelServer::accept);
    qCInfo(lcTunnel) << "SSH tunnels on" << address->text << m_listener->serverPort() << "for user" << m_settings.user
                     << "to" << TunnelTargets::forLan(m_lanCidrs).describe();
    return success();
}

quint16 TunnelServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString TunnelServer::address() const
{
    return m_listener ? m_listener->serverAddress().toString() : QString();
}

void TunnelServer::stop()
{
    m_stop = true;
    if (m_listener)
        m_listener->close();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void TunnelServer::accept(qintptr descriptor)
{
    const int fd = int(descriptor);
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0) {
        peerAddress.setAddress(reinterpret_cast<const sockaddr *>(&peer));
        peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
    }
    const QString client = QStringLiteral("%1:%2").arg(peerAddress.toString()).arg(peerPort);
    if (m_stop || m_threads.size() >= m_settings.maxConnections) {
        qCWarning(lcTunnel) << "SSH connection from" << client << "closed: already" << m_threads.size()
                            << "connections ([tunnel] max_connections)";
        ::close(fd);
        return;
    }
    keepAlive(fd);
    QThread *thread = QThread::create([this, fd, client] { serve(fd, client); });
    thread->setObjectName(QStringLiteral("tunnel %1").arg(client));
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_threads.removeOne(thread))
            thread->deleteLater();
    });
    m_threads.append(thread);
    thread->start();
}

// On the connection's worker thread.
void TunnelServer::serve(int descriptor, const QString &client)
{
    ssh_session session = ssh_new();
    int accepted = SSH_ERROR;
    if (session) {
        const QMutexLocker lock(&m_bindLock);
        accepted = ssh_bind_accept_fd(m_bind, session, descriptor);
    }
    if (accepted != SSH_OK) {
        qCWarning(lcTunnel) << "cannot start SSH with" << client << ":" << (session ? ssh_get_error(m_bind) : "");
        if (session)
            ssh_free(session); // owns the descriptor now
        else
            ::close(descriptor);
        return;
    }
    SshConnection::Shared shared{m_settings, TunnelTargets::forLan(m_lanCidrs), m_databasePath, &m_stop,
                                 &m_channelsOpen};
    // The guarded callback: queued to the Qt thread, dropped if this server is gone by then.
    SshConnection connection(session, client, std::move(shared), [this](const TunnelReport &report) {
        QMetaObject::invokeMethod(
            this, [this, report] { record(report); }, Qt::QueuedConnection);
    });
    connection.run();
}

void TunnelServer::record(const TunnelReport &r)
{
    const QString target = r.host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    AuditEntry audit{r.operatorId, r.login, r.client, {}, target, {}};
    Event event;
    event.kind = QStringLiteral("tunnel");
    switch (r.kind) {
    case TunnelReport::Kind::Login: audit.action = QStringLiteral("tunnel.login"); break;
    case TunnelReport::Kind::LoginFailed:
        audit.action = QStringLiteral("tunnel.login.failed");
        audit.detail = r.reason;
        break;
    case TunnelReport::Kind::Opened:
        audit.action = QStringLiteral("tunnel.open");
        audit.detail = QStringLiteral("channel %1").arg(r.channel);
        event.to = QStringLiteral("open");
        break;
    case TunnelReport::Kind::Closed:
        audit.action = QStringLiteral("tunnel.close");
        audit.detail = QStringLiteral("channel %1, %2 s, %3 bytes to the device, %4 bytes from it: %5")
                           .arg(r.channel)
                           .arg(seconds(r.durationMs))
                           .arg(r.bytesToDevice)
                           .arg(r.bytesFromDevice)
                           .arg(r.reason);
        event.from = QStringLiteral("open");
        event.to = QStringLiteral("closed");
        break;
    case TunnelReport::Kind::Refused:
        audit.action = QStringLiteral("tunnel.refused");
        audit.detail = r.reason;
        event.to = QStringLiteral("refused");
        event.cause = r.reason;
        break;
    }
    if (!event.to.isEmpty()) {
        const auto device = r.host.isEmpty() ? std::nullopt : m_stores.devices->byIp(r.host);
        event.id = device ? device->id : 0;
        TunnelDetail detail{r.operatorId, r.login, r.client, r.host, r.port, r.channel, {}, {}, {}};
        if (r.kind == TunnelReport::Kind::Closed) {
            detail.durationMs = r.durationMs;
            detail.bytesToDevice = r.bytesToDevice;
            detail.bytesFromDevice = r.bytesFromDevice;
            event.cause = r.reason;
        }
        event.detail = detail.toJson();
    }
    const Status s = m_stores.db->transaction([&]() -> Status {
        if (const Status a = m_stores.audit->record(audit); !a)
            return a;
        if (event.to.isEmpty())
            return success();
        const auto appended = m_stores.events->append(event);
        return appended ? success() : Status(appended.error());
    });
    if (!s)
        qCWarning(lcTunnel) << "cannot record" << audit.action << ":" << s.error().message;
}

} // namespace mente::box
