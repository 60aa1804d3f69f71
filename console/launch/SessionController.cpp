// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/SessionController.h"

#include "api/BoxClient.h"
#include "launch/SessionLauncher.h"
#include "launch/TunnelManager.h"
#include "launch/VpnDiagnosis.h"
#include "store/SecretVault.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>

namespace mente::console {

Q_LOGGING_CATEGORY(lcSession, "mente.console.session")

namespace {
constexpr qint64 HandedOverMs = 10000; // a program that ends this soon handed the session to another process
}

SessionController::SessionController(LaunchSettings settings, SecretVault *vault, SessionLauncher *launcher,
                                     TunnelManager *tunnels, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_vault(vault)
    , m_launcher(launcher)
    , m_tunnels(tunnels)
    , m_snapshot(&platform::readNetworkSnapshot)
{}

SessionPath SessionController::choosePath(qint64 boxId, const QString &deviceIp, std::optional<SessionPath> via) const
{
    const SessionPath chosen = via.value_or(m_settings.path(boxId));
    if (chosen != SessionPath::Auto)
        return chosen;
    const QStringList adapter =
        m_settings.vpnAdapter().isEmpty() ? QStringList() : QStringList{m_settings.vpnAdapter()};
    const auto checks = VpnDiagnosis::run(m_snapshot(), adapter, QHostAddress(deviceIp));
    return VpnDiagnosis::usable(checks) ? SessionPath::Vpn : SessionPath::Tunnel;
}

void SessionController::open(const Request &request, QObject *context, Done done)
{
    Outcome failed;
    if (request.protocol.isEmpty()) {
        failed.error =
            tr("The protocol of port %1 is not known: choose it in the device list first.").arg(request.port);
        done(failed);
        return;
    }
    if (!request.client || QHostAddress(request.deviceIp).isNull()) {
        failed.error = tr("No device address to connect to.");
        done(failed);
        return;
    }
    const SessionPath path = choosePath(request.client->record().id, request.deviceIp, request.via);
    if (request.printOnly) {
        launchWith(request, path, std::nullopt, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    const QString key = request.client->record().deviceKeyPrefix(request.deviceId) + QStringLiteral("/access");
    m_vault->read(key, this, [this, request, path, guard, done](const Result<QString> &secret) {
        if (!guard)
            return;
        launchWith(request, path, secret ? std::optional<QString>(secret.value()) : std::nullopt, guard, done);
    });
}

SessionController::Outcome SessionController::report(SessionPath path, const SessionLauncher::Outcome &started)
{
    Outcome out;
    out.path = path;
    out.ok = started.started;
    out.error = started.error;
    out.notice = started.notice;
    out.command = started.plan.commandLine();
    if (!out.notice.isEmpty())
        emit sessionMessage(out.notice);
    return out;
}

void SessionController::launchWith(const Request &request, SessionPath path, const std::optional<QString> &password,
                                   QObject *context, Done done)
{
    SessionLauncher::Request launch;
    launch.profile = m_settings.profile(request.protocol);
    launch.target.protocol = request.protocol.toUpper();
    launch.target.user = request.user;
    launch.target.device = request.deviceIp;
    launch.target.path = request.accessPath;
    launch.password = password;

    if (path == SessionPath::Vpn || request.printOnly) {
        launch.target.host = path == SessionPath::Vpn ? request.deviceIp : QStringLiteral("127.0.0.1");
        launch.target.port = path == SessionPath::Vpn ? request.port : 0;
        Outcome out;
        out.path = path;
        if (request.printOnly) {
            launch.password = QStringLiteral("********"); // only to show which channel it would take
            const LaunchPlan plan = m_launcher->plan(launch, &out.error);
            out.ok = out.error.isEmpty();
            out.command = plan.commandLine();
            done(out);
            return;
        }
        done(report(path, m_launcher->launch(launch)));
        return;
    }

    m_tunnels->open(request.client, request.deviceIp, request.port, context,
                    [this, launch, done](const Result<TunnelManager::Lease> &lease) mutable {
                        if (!lease) {
                            Outcome out;
                            out.path = SessionPath::Tunnel;
                            out.error = lease.error().message;
                            done(out);
                            return;
                        }
                        launch.target.host = QStringLiteral("127.0.0.1");
                        launch.target.port = lease->localPort;
                        const TunnelManager::Lease held = lease.value();
                        QElapsedTimer ran;
                        ran.start();
                        const SessionLauncher::Outcome started = m_launcher->launch(
                            launch, [this, held, ran](int) { m_tunnels->release(held, ran.elapsed() < HandedOverMs); });
                        if (!started.started)
                            m_tunnels->release(held, false);
                        done(report(SessionPath::Tunnel, started));
                    });
}

} // namespace mente::console
