// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/FirstBoot.h"

#include "app/BoxConfig.h"
#include "app/BoxIdentity.h"
#include "app/BoxOptions.h"
#include "setup/AvahiAnnouncer.h"
#include "setup/FallbackAddress.h"
#include "setup/NetworkChange.h"
#include "setup/ProcessLauncher.h"
#include "store/MetaStore.h"

#include <QDBusConnection>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInterface>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

FirstBoot::FirstBoot(const BoxOptions &options, const BoxConfig &config, const BoxIdentity &identity, MetaStore &meta)
    : m_options(options),
      m_config(config),
      m_identity(identity),
      m_meta(meta),
      m_launcher(std::make_unique<SystemProcessLauncher>())
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
    const QString &cmd = m_config.network.hostnameCmd;
    if (cmd.isEmpty() || QHostInfo::localHostName() == m_identity.hostname)
        return;
    // The DHCP client (networkd, dhclient) sends the system's host name with its next request.
    const Status s = m_launcher->run(cmd + QLatin1Char(' ') + m_identity.hostname, 10000);
    if (s)
        qCInfo(lcSetup) << "host name set to" << m_identity.hostname;
    else
        qCWarning(lcSetup) << "cannot set the host name" << m_identity.hostname << ":" << s.error().message;
}

void FirstBoot::start(quint16 setupPort, quint16 apiPort)
{
    setSystemHostname();
    const BoxConfig::Network &cfg = m_config.network;
    if (cfg.fallbackAddress != QLatin1String("off")) {
        const QString iface = lanInterface(m_config.setup.networkInterface);
        if (iface.isEmpty()) {
            qCWarning(lcSetup) << "no LAN interface found: no first-boot address ([setup] network_interface)";
        } else {
            if (m_options.setup.address != QHostAddress::AnyIPv4
                && m_options.setup.address != QHostAddress::Any)
                qCWarning(lcSetup) << "the setup page listens on" << m_options.setup.text
                                   << "only: it does not answer on the first-boot address";
            FallbackAddress::Settings settings{iface, FallbackAddress::resolveCidr(cfg.fallbackAddress, m_identity.serial),
                                               cfg.fallbackAfterS, 1000};
            MetaStore *meta = &m_meta;
            m_fallback = std::make_unique<FallbackAddress>(
                settings, *m_launcher, [iface] { return FallbackAddress::interfaceAddresses(iface); },
                [meta] { return NetworkChange::pendingIn(*meta); });
            m_fallback->start();
        }
    }
    if (cfg.announce) {
        m_announcer =
            std::make_unique<AvahiAnnouncer>(AvahiAnnouncer::Facts{m_identity.hostname, m_identity.serial, m_identity.tlsFingerprint,
                                                                   m_identity.version, setupPort, apiPort},
                                             QDBusConnection::systemBus());
        m_announcer->start();
    }
}

} // namespace mente::box
