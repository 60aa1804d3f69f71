// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/SshConnection.h"

#include "tunnel/TunnelChannel.h"
#include "tunnel/TunnelLogging.h"

#include <QHostAddress>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {
constexpr int kMaxAuthAttempts = 20;

QString errnoText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}
} // namespace

SshConnection::SshConnection(ssh_session session, QString client, Shared shared, Report report)
    : m_session(session), m_client(std::move(client)), m_shared(std::move(shared)), m_report(std::move(report))
{}

SshConnection::~SshConnection()
{
    m_channels.clear();
    if (m_event)
        ssh_event_free(m_event);
    ssh_free(m_session);
}

TunnelReport SshConnection::reportFor(TunnelReport::Kind kind) const
{
    TunnelReport r;
    r.kind = kind;
    r.client = m_client;
    if (m_identity) {
        r.operatorId = m_identity->operatorId;
        r.login = m_identity->login;
    }
    return r;
}

void SshConnection::run()
{
    m_since.start();
    m_keys = std::make_unique<TunnelKeyDirectory>(m_shared.databasePath);
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.auth_pubkey_function = &SshConnection::onAuthPublicKey;
    ssh_set_server_callbacks(m_session, &m_callbacks);
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_PUBLICKEY);
    ssh_set_message_callback(m_session, &SshConnection::onMessage, this);
    ssh_set_blocking(m_session, 0);
    if (exchangeKeys())
        serve();
    while (!m_channels.empty()) {
        m_channels.front()->close(m_endReason);
        closeChannel(m_channels.begin());
    }
    if (!m_authenticated && m_triedLogin) {
        TunnelReport r = reportFor(TunnelReport::Kind::LoginFailed);
        r.reason =
            QStringLiteral("no uploaded key of an enabled operator logged in as \"%1\"").arg(m_shared.settings.user);
        m_report(r);
    }
    ssh_disconnect(m_session);
    m_keys.reset(); // its SQLite connection belongs to this thread
    qCInfo(lcTunnel) << "connection from" << m_client << "ended after" << m_since.elapsed() << "ms";
}

bool SshConnection::exchangeKeys()
{
    int rc = ssh_handle_key_exchange(m_session);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK)
        return false;
    const qint64 deadlineMs = qint64(m_shared.settings.authTimeoutS) * 1000;
    while (rc == SSH_AGAIN && !m_shared.stop->load() && m_since.elapsed() < deadlineMs) {
        if (ssh_event_dopoll(m_event, 100) == SSH_ERROR)
            break;
        rc = ssh_handle_key_exchange(m_session);
    }
    if (rc != SSH_OK) {
        qCInfo(lcTunnel) << "key exchange with" << m_client << "failed:" << ssh_get_error(m_session);
        return false;
    }
    return true;
}

void SshConnection::serve()
{
    const qint64 deadlineMs = qint64(m_shared.settings.authTimeoutS) * 1000;
    while (!m_shared.stop->load()) {
        const bool busy = std::any_of(m_channels.begin(), m_channels.end(),
                                      [](const auto &channel) { return channel->hasPendingOutput(); });
        const int rc = ssh_event_dopoll(m_event, busy ? 10 : 100);
        if ((ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR)) || !ssh_is_connected(m_session))
            break;
        if (rc == SSH_ERROR) {
            qCInfo(lcTunnel) << "connection from" << m_client << "failed:" << ssh_get_error(m_session);
            break;
        }
        if (!m_authenticated && m_since.elapsed() > deadlineMs) {
            qCInfo(lcTunnel) << "connection from" << m_client << "did not log in within"
                             << m_shared.settings.authTimeoutS << "s: closed";
            break;
        }
        // A key removed or an operator disabled or removed since the login ends the connection.
        if (m_authenticated && m_recheck.hasExpired(qint64(m_shared.settings.recheckS) * 1000)) {
            m_recheck.restart();
            if (!m_keys->stillAllowed(*m_identity)) {
                qCInfo(lcTunnel) << "the key of" << m_identity->login << "no longer logs in: connection from"
                                 << m_client << "closed";
                m_endReason = QStringLiteral("the operator's key no longer logs in");
                break;
            }
        }
        pumpChannels();
    }
}

int SshConnection::onAuthPublicKey(ssh_session, const char *user, ssh_key key, char state, void *self)
{
    auto *c = static_cast<SshConnection *>(self);
    c->m_triedLogin = true;
    if (QString::fromUtf8(user) != c->m_shared.settings.user) {
        qCInfo(lcTunnel) << c->m_client << "tried the user" << QString::fromUtf8(user).left(64) << ": refused";
        return SSH_AUTH_DENIED;
    }
    if (state != SSH_PUBLICKEY_STATE_NONE && state != SSH_PUBLICKEY_STATE_VALID)
        return SSH_AUTH_DENIED;
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64)
        return SSH_AUTH_DENIED;
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    const auto identity = c->m_keys->find(blob);
    if (!identity)
        return SSH_AUTH_DENIED;
    if (state == SSH_PUBLICKEY_STATE_VALID) { // the signature is checked: logged in
        c->m_identity = identity;
        c->m_authenticated = true;
        c->m_recheck.start();
        qCInfo(lcTunnel) << c->m_client << "logged in as operator" << identity->login;
        c->m_report(c->reportFor(TunnelReport::Kind::Login));
    }
    return SSH_AUTH_SUCCESS;
}

int SshConnection::onMessage(ssh_session, ssh_message message, void *self)
{
    return static_cast<SshConnection *>(self)->handleMessage(message);
}

int SshConnection::onDeviceReadable(socket_t, int, void *)
{
    return 0; // only wakes the poll; pumpChannels() reads
}

// Returns 1 for libssh's default answer (refusal; service requests are accepted), 0 when answered.
int SshConnection::handleMessage(ssh_message message)
{
    const int type = ssh_message_type(message);
    const int subtype = ssh_message_subtype(message);
    switch (type) {
    case SSH_REQUEST_AUTH: // none, password, keyboard-interactive, hostbased: refused, publickey offered
        m_triedLogin = m_triedLogin || subtype != SSH_AUTH_METHOD_NONE;
        if (m_authAttempts++ > kMaxAuthAttempts) {
            qCInfo(lcTunnel) << m_client << "made too many login attempts: closed";
            ssh_disconnect(m_session);
        }
        return 1;
    case SSH_REQUEST_CHANNEL_OPEN:
        if (!m_authenticated)
            return 1;
        if (subtype == SSH_CHANNEL_DIRECT_TCPIP)
            return openForward(message);
        refuse({}, 0,
               QStringLiteral("only direct-tcpip channels (ssh -L, ssh -W) are served: no shell, exec, subsystem, "
                              "X11 or agent"));
        return 1;
    case SSH_REQUEST_CHANNEL:
        qCInfo(lcTunnel) << m_client << "asked for a channel request of type" << subtype
                         << "(pty, exec, env...): refused";
        return 1;
    case SSH_REQUEST_GLOBAL:
        if (subtype == SSH_GLOBAL_REQUEST_TCPIP_FORWARD && m_authenticated)
            refuse(QString::fromUtf8(ssh_message_global_request_address(message)),
                   ssh_message_global_request_port(message),
                   QStringLiteral("remote forwarding (ssh -R) is not served"));
        return 1; // keep-alives get a failure answer, which is an answer
    default: return 1;
    }
}

void SshConnection::refuse(const QString &host, int port, const QString &reason)
{
    qCInfo(lcTunnel) << "tunnel of" << (m_identity ? m_identity->login : QString()) << "from" << m_client << "to"
                     << host << port << "refused:" << reason;
    TunnelReport r = reportFor(TunnelReport::Kind::Refused);
    r.host = host;
    r.port = port;
    r.reason = reason;
    m_report(r);
}

int SshConnection::openForward(ssh_message message)
{
    const QString host = QString::fromUtf8(ssh_message_channel_request_open_destination(message));
    const int port = ssh_message_channel_request_open_destination_port(message);
    if (!m_keys->stillAllowed(*m_identity)) {
        m_endReason = QStringLiteral("the operator's key no longer logs in");
        refuse(host, port, QStringLiteral("the operator's key no longer logs in (removed, or operator disabled)"));
        ssh_disconnect(m_session);
        return 1;
    }
    if (const QString why = m_shared.targets.refusal(host, port); !why.isEmpty()) {
        refuse(host, port, why);
        return 1;
    }
    if (int(m_channels.size()) >= m_shared.settings.maxChannelsPerConnection) {
        refuse(host, port,
               QStringLiteral("this connection has %1 tunnels open, the limit ([tunnel] "
                              "max_channels_per_connection)")
                   .arg(m_channels.size()));
        return 1;
    }
    if (m_shared.channelsOpen->fetch_add(1) >= m_shared.settings.maxChannels) {
        m_shared.channelsOpen->fetch_sub(1);
        refuse(host, port,
               QStringLiteral("the box has %1 tunnels open, the limit ([tunnel] max_channels)")
                   .arg(m_shared.settings.maxChannels));
        return 1;
    }
    QString error;
    const int socket = connectTo(host, port, &error);
    if (socket < 0) {
        m_shared.channelsOpen->fetch_sub(1);
        refuse(host, port, QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(error));
        return 1;
    }
    ssh_channel channel = ssh_message_channel_request_open_reply_accept(message);
    if (!channel) {
        ::close(socket);
        m_shared.channelsOpen->fetch_sub(1);
        qCWarning(lcTunnel) << "cannot accept a channel:" << ssh_get_error(m_session);
        return 0;
    }
    auto tunnel = std::make_unique<TunnelChannel>(m_nextChannel++, channel, socket, host, port,
                                                  qsizetype(m_shared.settings.bufferKiB) * 1024);
    TunnelReport r = reportFor(TunnelReport::Kind::Opened);
    r.host = host;
    r.port = port;
    r.channel = tunnel->number();
    qCInfo(lcTunnel) << "tunnel" << r.channel << "of" << r.login << "from" << m_client << "to" << host << port
                     << "open";
    m_report(r);
    syncPoll(*tunnel);
    m_channels.push_back(std::move(tunnel));
    return 0;
}

int SshConnection::connectTo(const QString &host, int port, QString *error) const
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1) {
        *error = QStringLiteral("not an IPv4 address");
        return -1;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = errnoText(errno);
        return -1;
    }
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS) {
        *error = errnoText(errno);
        ::close(fd);
        return -1;
    }
    pollfd p{fd, POLLOUT, 0};
    const int ready = ::poll(&p, 1, m_shared.settings.connectTimeoutMs);
    int code = 0;
    socklen_t length = sizeof code;
    if (ready <= 0) {
        *error = QStringLiteral("no answer within %1 ms").arg(m_shared.settings.connectTimeoutMs);
    } else if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length) != 0 || code != 0) {
        *error = errnoText(code ? code : errno);
    } else {
        return fd;
    }
    ::close(fd);
    return -1;
}

void SshConnection::syncPoll(TunnelChannel &channel)
{
    const int fd = channel.socket();
    const auto it = std::find(m_polled.begin(), m_polled.end(), fd);
    const bool polled = it != m_polled.end();
    if (channel.wantsDeviceInput() && !polled) {
        if (ssh_event_add_fd(m_event, fd, POLLIN, &SshConnection::onDeviceReadable, this) == SSH_OK)
            m_polled.push_back(fd);
    } else if (!channel.wantsDeviceInput() && polled) {
        ssh_event_remove_fd(m_event, fd);
        m_polled.erase(it);
    }
}

void SshConnection::pumpChannels()
{
    for (size_t i = 0; i < m_channels.size();) {
        if (m_channels[i]->pump()) {
            syncPoll(*m_channels[i]);
            ++i;
        } else {
            closeChannel(m_channels.begin() + qsizetype(i));
        }
    }
}

void SshConnection::closeChannel(std::vector<std::unique_ptr<TunnelChannel>>::iterator it)
{
    TunnelChannel &channel = **it;
    if (const auto polled = std::find(m_polled.begin(), m_polled.end(), channel.socket()); polled != m_polled.end()) {
        ssh_event_remove_fd(m_event, channel.socket());
        m_polled.erase(polled);
    }
    TunnelReport r = reportFor(TunnelReport::Kind::Closed);
    r.host = channel.host();
    r.port = channel.port();
    r.channel = channel.number();
    r.durationMs = channel.elapsedMs();
    r.bytesToDevice = channel.bytesToDevice();
    r.bytesFromDevice = channel.bytesFromDevice();
    channel.close();
    r.reason = channel.endReason();
    qCInfo(lcTunnel) << "tunnel" << r.channel << "of" << r.login << "to" << r.host << r.port << "closed:" << r.reason
                     << r.bytesToDevice << "bytes sent," << r.bytesFromDevice << "received";
    m_report(r);
    m_shared.channelsOpen->fetch_sub(1);
    m_channels.erase(it);
}

} // namespace mente::box
