// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/TunnelWorker.h"

#include "launch/ForwardedConnection.h"
#include "launch/SshKeyPair.h"
#include "platform/OsSupport.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace mente::console {

Q_LOGGING_CATEGORY(lcTunnel, "mente.console.tunnel")

namespace {
constexpr int BusyPumpMs = 10;
constexpr int IdlePumpMs = 250;

} // namespace

TunnelWorker::TunnelWorker(TunnelEndpoint endpoint, TunnelTimings timings)
    : m_endpoint(std::move(endpoint))
    , m_timings(timings)
    , m_pumpTimer(new QTimer(this))
    , m_keepAlive(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_retryMs(timings.firstRetryMs)
{
    connect(m_pumpTimer, &QTimer::timeout, this, &TunnelWorker::pump);
    m_keepAlive->setInterval(m_timings.keepAliveS * 1000);
    connect(m_keepAlive, &QTimer::timeout, this, &TunnelWorker::keepAlive);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &TunnelWorker::connectSession);
}

TunnelWorker::~TunnelWorker()
{
    m_stopped = true;
    qDeleteAll(m_connections); // channels before the session that owns them
    m_connections.clear();
    closeSession();
}

void TunnelWorker::start()
{
    emit stateChanged(TunnelState::Connecting, {});
    connectSession();
}

void TunnelWorker::closeSession()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_pumpTimer->stop();
    m_keepAlive->stop();
    if (m_event) {
        if (m_session)
            ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

void TunnelWorker::connectSession()
{
    if (m_stopped)
        return;
    closeSession();
    m_session = ssh_new();
    const QByteArray host = m_endpoint.host.toUtf8(), user = m_endpoint.user.toUtf8();
    const unsigned int port = m_endpoint.port;
    const long timeout = m_timings.connectTimeoutS;
    const int no = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no); // the user's ~/.ssh/config is not ours to follow
    qCInfo(lcTunnel) << "connecting to" << m_endpoint.host << m_endpoint.port;
    if (ssh_connect(m_session) != SSH_OK) {
        linkLost(tr("Cannot reach the box's SSH endpoint %1:%2: %3")
                     .arg(m_endpoint.host)
                     .arg(m_endpoint.port)
                     .arg(QString::fromUtf8(ssh_get_error(m_session))));
        return;
    }
    const QString seen = SshKeyPair::serverFingerprint(m_session);
    emit hostKeySeen(seen);
    if (seen.isEmpty() || seen != m_endpoint.hostKey) {
        qCWarning(lcTunnel) << "host key mismatch: expected" << m_endpoint.hostKey << "saw" << seen;
        closeSession();
        emit stateChanged(TunnelState::Failed,
                          tr("The box's SSH host key is %1, not the pinned %2. The tunnel was not opened.")
                              .arg(seen, m_endpoint.hostKey));
        return;
    }
    QString error;
    bool permanent = false;
    if (!authenticate(&error, &permanent)) {
        if (permanent) {
            closeSession();
            emit stateChanged(TunnelState::Failed, error);
            return;
        }
        linkLost(error);
        return;
    }
    // The kernel notices a dead link for us: keep-alive probes on an idle link, and a bound on how
    // long sent data may stay unacknowledged (the ignore messages guarantee there is some).
    platform::detectDeadLinks(qintptr(ssh_get_fd(m_session)), m_timings.deadLinkS);
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    m_notifier = new QSocketNotifier(qintptr(ssh_get_fd(m_session)), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TunnelWorker::pump);
    m_retryMs = m_timings.firstRetryMs;
    m_keepAlive->start();
    m_pumpTimer->start(IdlePumpMs);
    qCInfo(lcTunnel) << "tunnel up to" << m_endpoint.host;
    emit stateChanged(TunnelState::Up, {});
    openWaiting();
}

bool TunnelWorker::authenticate(QString *error, bool *permanent)
{
    ssh_key key = SshKeyPair::importPrivate(m_endpoint.privateKey);
    if (!key) {
        *permanent = true;
        *error = tr("The console's SSH key in the keychain cannot be read.");
        return false;
    }
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    *permanent = rc == SSH_AUTH_DENIED;
    *error = rc == SSH_AUTH_DENIED
                 ? tr("The box refused the console's SSH key. Check that your operator account on this box is enabled, "
                      "then try again.")
                 : tr("SSH login to the box failed: %1").arg(QString::fromUtf8(ssh_get_error(m_session)));
    return false;
}

void TunnelWorker::linkLost(const QString &why)
{
    qCInfo(lcTunnel) << "link lost:" << why;
    // The channels died with the link; the programs see their connections close and connect again.
    const QList<ForwardedConnection *> connections = m_connections;
    for (ForwardedConnection *c : connections) {
        if (c->hasChannel()) {
            c->dropChannel();
            c->abort();
            finishConnection(c);
        }
    }
    closeSession();
    if (m_stopped)
        return;
    emit stateChanged(TunnelState::Reconnecting, why);
    scheduleReconnect();
}

void TunnelWorker::scheduleReconnect()
{
    m_retry->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timings.maxRetryMs);
}

void TunnelWorker::addForward(int id, const QString &targetHost, quint16 targetPort)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        emit forwardFailed(id, tr("Cannot listen on 127.0.0.1: %1").arg(server->errorString()));
        delete server;
        return;
    }
    m_forwards.insert(id, Forward{server, targetHost.toUtf8(), targetPort});
    connect(server, &QTcpServer::newConnection, this, [this, id]() { accept(id); });
    qCInfo(lcTunnel) << "forward" << id << "127.0.0.1:" << server->serverPort() << "->" << targetHost << targetPort;
    emit forwardListening(id, server->serverPort());
}

void TunnelWorker::removeForward(int id)
{
    const Forward forward = m_forwards.take(id);
    delete forward.server;
    const QList<ForwardedConnection *> connections = m_connections;
    for (ForwardedConnection *c : connections)
        if (c->forwardId() == id) {
            c->abort();
            finishConnection(c);
        }
}

void TunnelWorker::accept(int id)
{
    const auto it = m_forwards.constFind(id);
    if (it == m_forwards.constEnd())
        return;
    while (QTcpSocket *socket = it->server->nextPendingConnection()) {
        auto *connection = new ForwardedConnection(id, socket, this);
        m_connections.append(connection);
        countConnections(id);
    }
    openWaiting();
}

void TunnelWorker::openWaiting()
{
    const QList<ForwardedConnection *> connections = m_connections;
    for (ForwardedConnection *c : connections) {
        if (c->hasChannel())
            continue;
        if (!m_session) {
            if (c->waitedMs() > m_timings.pendingLimitS * 1000) {
                c->abort();
                finishConnection(c);
            }
            continue;
        }
        const Forward forward = m_forwards.value(c->forwardId());
        QString error;
        if (!c->open(m_session, forward.host, forward.port, &error)) {
            if (!ssh_is_connected(m_session)) {
                linkLost(error);
                return;
            }
            qCWarning(lcTunnel) << "the box did not open" << forward.host << forward.port << ":" << error;
            emit forwardFailed(c->forwardId(), tr("The box did not open a connection to %1:%2: %3")
                                                   .arg(QString::fromUtf8(forward.host))
                                                   .arg(forward.port)
                                                   .arg(error));
            c->abort();
            finishConnection(c);
        }
    }
    if (m_session)
        m_pumpTimer->start(m_connections.isEmpty() ? IdlePumpMs : BusyPumpMs);
}

void TunnelWorker::pump()
{
    if (!m_session) {
        openWaiting(); // expire connections that waited too long
        return;
    }
    ssh_event_dopoll(m_event, 0);
    const QList<ForwardedConnection *> connections = m_connections;
    for (ForwardedConnection *c : connections)
        if (!c->pump() && m_session && ssh_is_connected(m_session))
            finishConnection(c);
    if (!ssh_is_connected(m_session) || ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR)) {
        linkLost(tr("The SSH link to the box dropped: %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
        return;
    }
    m_pumpTimer->setInterval(m_connections.isEmpty() ? IdlePumpMs : BusyPumpMs);
}

void TunnelWorker::keepAlive()
{
    if (m_session && ssh_send_ignore(m_session, "mente") != SSH_OK)
        linkLost(tr("The SSH link to the box dropped: %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
}

void TunnelWorker::finishConnection(ForwardedConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    const int id = connection->forwardId();
    connection->closeChannel();
    connection->deleteLater();
    countConnections(id);
}

void TunnelWorker::countConnections(int id)
{
    int open = 0;
    for (const ForwardedConnection *c : std::as_const(m_connections))
        open += c->forwardId() == id ? 1 : 0;
    emit connectionsChanged(id, open);
}

} // namespace mente::console
