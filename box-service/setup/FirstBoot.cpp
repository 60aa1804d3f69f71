// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/FirstBoot.h"

#include "kernel/BoxIdentity.h"
#include "kernel/ListenAddress.h"
#include "setup/AvahiAnnouncer.h"
#include "setup/FallbackAddress.h"
#include "setup/FirstBootSettings.h"
#include "setup/IpFallback.h"
#include "setup/NetworkChange.h"
#include "setup/NetworkdFallback.h"
#include "setup/ProcessLauncher.h"
#include "setup/SetupSettings.h"
#include "store/MetaStore.h"

#include <QDBusConnection>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInterface>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

FirstBoot::FirstBoot(const FirstBootSettings &network, const SetupSettings &setup, const ListenAddress &setupListen,
                     const BoxIdentity &identity, MetaStore &meta)
    : m_network(network)
    , m_setup(setup)
    , m_setupListen(setupListen)
    , m_identity(identity)
    , m_meta(meta)
    , m_launcher(std::make_unique<SystemProcessLauncher>())
{
}

FirstBoot::~FirstBoot() = default;

QString FirstBoot::hostnameFor(const QString &configured, const QString &serial)
{
    return configured.isEmpty() ? QStringLiteral("mente-") + serial.toLower() : configured;
}

QString FirstBoot::lanInterface(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces())
        if (iface.type() == QNetworkInterface::Ethernet && (iface.flags() & QNetworkInterface::IsUp)
            && !(iface.flags() & QNetworkInterface::IsLoopBack))
            return iface.name();
    return {};
}

void FirstBoot::setSystemHostname()
{
    const QString &cmd = m_network.hostnameCmd;
    if (cmd.isEmpty() || QHostInfo::localHostName() == m_identity.hostname)
        return;
    // The DHCP client (networkd, dhclient) sends the system's host name with its next request.
    const Status s = m_launcher->run(cmd + QLatin1Char(' ') + m_identity.hostname, 10000);
    if (s)
        qCInfo(lcSetup) << "host name set to" << m_identity.hostname;
    else
        qCWarning(lcSetup) << "cannot set the host name" << m_identity.hostname << ":" << s.error().message;
}

void FirstBoot::startFallback()
{
    const QString iface = lanInterface(m_setup.networkInterface);
    if (iface.isEmpty()) {
        qCWarning(lcSetup) << "no LAN interface found: no first-boot address ([setup] network_interface)";
        return;
    }
    if (m_setupListen.address != QHostAddress::AnyIPv4 && m_setupListen.address != QHostAddress::Any)
        qCWarning(lcSetup) << "the setup page listens on" << m_setupListen.text
                           << "only: it does not answer on the first-boot address";
    const SetupSettings &setup = m_setup;
    MetaStore *meta = &m_meta;
    if (setup.networkBackend == QLatin1String("ip")) {
        m_fallbackMethod = std::make_unique<IpFallback>(iface, *m_launcher);
    } else {
        // The box's own networkd file, the one the setup page writes (no CAP_NET_ADMIN needed).
        m_fallbackMethod = std::make_unique<NetworkdFallback>(
            NetworkdConfigurator(setup.networkDir, setup.networkFile, iface, setup.networkReloadCmd, *m_launcher),
            [meta, hostname = m_identity.hostname] {
                NetworkSettings settings = NetworkChange::confirmedIn(*meta);
                settings.hostname = hostname; // sent with DHCP, as the setup page writes it
                return settings;
            });
    }
    const FirstBootSettings &cfg = m_network;
    m_fallback = std::make_unique<FallbackAddress>(
        FallbackAddress::Settings{iface, FallbackAddress::resolveCidr(cfg.fallbackAddress, m_identity.serial),
                                  cfg.fallbackAfterS, 1000},
        *m_fallbackMethod, [iface] { return FallbackAddress::interfaceAddresses(iface); },
        [meta] { return NetworkChange::pendingIn(*meta); },
        [meta] { return NetworkChange::confirmedIn(*meta).isStatic(); });
    m_fallback->start();
}

void FirstBoot::start(quint16 setupPort, quint16 apiPort)
{
    setSystemHostname();
    const FirstBootSettings &cfg = m_network;
    if (cfg.fallbackAddress != QLatin1String("off"))
        startFallback();
    if (cfg.announce) {
        m_announcer =
            std::make_unique<AvahiAnnouncer>(AvahiAnnouncer::Facts{m_identity.hostname, m_identity.serial, m_identity.tlsFingerprint,
                                                                   m_identity.version, setupPort, apiPort},
                                             QDBusConnection::systemBus());
        m_announcer->start();
    }
}

} // namespace mente::box
