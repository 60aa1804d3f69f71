// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/TunnelManager.h"

#include "api/BoxClient.h"
#include "api/BoxInfoClient.h"
#include "launch/ConsoleSshKey.h"
#include "launch/SshTunnel.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace mente::console {

namespace {
constexpr int HandedOverIdleMs = 120000; // a browser opened by xdg-open keeps using the port
Error tunnelError(const QString &message)
{
    return Error{QStringLiteral("tunnel"), message, {}};
}
} // namespace

TunnelManager::TunnelManager(ConsoleSshKey *key, LaunchSettings settings, TunnelTimings timings, QObject *parent)
    : QObject(parent), m_key(key), m_settings(settings), m_timings(timings)
{}

TunnelManager::~TunnelManager()
{
    qDeleteAll(m_tunnels);
}

void TunnelManager::withEndpoint(BoxClient *client, QObject *context,
                                 std::function<void(const Result<TunnelEndpoint> &)> done)
{
    QPointer<BoxClient> box(client);
    m_key->ensureUploaded(client, context, [this, box, context, done](const Result<SshKeyPair> &key) {
        if (!key || !box) {
            done(key ? tunnelError(tr("The box went away.")) : key.error());
            return;
        }
        BoxInfoClient(box).info(context, [this, box, done, key](const ApiResult<BoxInfo> &r) {
            if (!r.ok() || !box) {
                done(tunnelError(tr("The box did not say where its SSH endpoint is: %1")
                                     .arg(r.ok() ? tr("The box went away.") : r.error().message)));
                return;
            }
            const BoxInfo &info = r.value();
            const int port = info.sshPort;
            const QString reported = info.sshHostKey;
            if (port <= 0 || port > 65535 || reported.isEmpty()) {
                done(tunnelError(tr("This box has no SSH endpoint for tunnels (update mente-box, or use the VPN).")));
                return;
            }
            const qint64 boxId = box->record().id;
            QString pinned = m_settings.sshHostKey(boxId);
            if (pinned.isEmpty()) {
                // First contact: the box said it over its pinned HTTPS certificate.
                pinned = reported;
                m_settings.setSshHostKey(boxId, pinned);
            } else if (pinned != reported) {
                done(tunnelError(tr("The box now reports the SSH host key %1, not the pinned %2: no tunnel is opened. "
                                    "If the box was reinstalled, remove it from the console and add it again.")
                                     .arg(reported, pinned)));
                return;
            }
            TunnelEndpoint endpoint;
            endpoint.host = QUrl(box->record().url).host();
            endpoint.port = quint16(port);
            endpoint.user = info.sshUser;
            endpoint.hostKey = pinned;
            endpoint.privateKey = key->privateKey();
            done(endpoint);
        });
    });
}

void TunnelManager::open(BoxClient *client, const QString &device, quint16 port, QObject *context, Opened done)
{
    const qint64 boxId = client->record().id;
    if (SshTunnel *failed = m_tunnels.value(boxId); failed && failed->state() == TunnelState::Failed) {
        // It gave up (host key, refused key): start over, the box may have been fixed since.
        m_tunnels.remove(boxId);
        for (auto it = m_uses.begin(); it != m_uses.end();)
            it = it.key().first == boxId ? m_uses.erase(it) : std::next(it);
        delete failed;
    }
    if (m_tunnels.contains(boxId)) {
        forward(boxId, {}, device, port, context, std::move(done));
        return;
    }
    withEndpoint(client, context, [this, boxId, device, port, context, done](const Result<TunnelEndpoint> &e) {
        if (!e) {
            done(e.error());
            return;
        }
        forward(boxId, e.value(), device, port, context, done);
    });
}

void TunnelManager::forward(qint64 boxId, const TunnelEndpoint &endpoint, const QString &device, quint16 port,
                            QObject *context, Opened done)
{
    SshTunnel *tunnel = m_tunnels.value(boxId);
    if (!tunnel) {
        tunnel = new SshTunnel(endpoint, m_timings);
        m_tunnels.insert(boxId, tunnel);
        connect(tunnel, &SshTunnel::stateChanged, this, [this, boxId](TunnelState state, const QString &detail) {
            if (state == TunnelState::Reconnecting || state == TunnelState::Failed)
                emit tunnelMessage(boxId, detail);
            else if (state == TunnelState::Up)
                emit tunnelMessage(boxId, tr("SSH tunnel through the box is up."));
        });
        connect(tunnel, &SshTunnel::connectionsChanged, this, [this, boxId](int id, int open) {
            const auto key = qMakePair(boxId, id);
            if (!m_uses.contains(key))
                return;
            m_uses[key].open = open;
            closeIfIdle(boxId, id);
        });
    }
    const int id = tunnel->openForward(device, port);
    m_uses.insert(qMakePair(boxId, id), ForwardUse{});
    auto *waiter = new QObject(this);
    QPointer<QObject> guard(context);
    connect(tunnel, &SshTunnel::forwardListening, waiter,
            [waiter, guard, done, boxId, id](int forwardId, quint16 local) {
                if (forwardId != id)
                    return;
                waiter->deleteLater();
                if (guard)
                    done(Lease{boxId, id, local});
            });
    connect(tunnel, &SshTunnel::forwardFailed, waiter,
            [this, waiter, guard, done, boxId, id](int forwardId, const QString &e) {
                if (forwardId != id)
                    return;
                waiter->deleteLater();
                m_uses.remove(qMakePair(boxId, id));
                if (guard)
                    done(tunnelError(e));
            });
}

void TunnelManager::release(const Lease &lease, bool quick)
{
    const auto key = qMakePair(lease.boxId, lease.forward);
    if (!m_uses.contains(key))
        return;
    m_uses[key].released = true;
    m_uses[key].idleMs = quick ? HandedOverIdleMs : 2000;
    closeIfIdle(lease.boxId, lease.forward);
}

void TunnelManager::closeIfIdle(qint64 boxId, int forward)
{
    const auto key = qMakePair(boxId, forward);
    const ForwardUse use = m_uses.value(key);
    if (!use.released || use.open > 0)
        return;
    QTimer::singleShot(use.idleMs, this, [this, boxId, forward, key]() {
        const auto it = m_uses.constFind(key);
        if (it == m_uses.constEnd() || it->open > 0 || !it->released)
            return;
        m_uses.remove(key);
        SshTunnel *tunnel = m_tunnels.value(boxId);
        if (!tunnel)
            return;
        tunnel->closeForward(forward);
        if (tunnel->forwardCount() == 0) {
            m_tunnels.remove(boxId);
            delete tunnel; // the SSH connection closes with the last session
        }
    });
}

} // namespace mente::console
