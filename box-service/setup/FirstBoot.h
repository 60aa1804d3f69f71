// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace mente::box {

class MetaStore;
struct BoxIdentity;
struct FirstBootSettings;
struct ListenAddress;
struct SetupSettings;
class AvahiAnnouncer;
class FallbackAddress;
class FallbackMethod;
class ProcessLauncher;

// What makes a new box findable at a customer site (F1, seed §3–5), started once the setup page
// listens: the host name ([network] hostname, mente-<serial>), which DHCP clients send, the mDNS
// announcement, and the first-boot address when no DHCP lease comes (written the way [setup]
// network_backend applies the setup page's settings: a networkd file, or iproute2 for "ip").
class FirstBoot
{
public:
    // network: [network]; setup: [setup] (how the first-boot address is written); setupListen: where
    // the setup page listens.
    FirstBoot(const FirstBootSettings &network, const SetupSettings &setup, const ListenAddress &setupListen,
              const BoxIdentity &identity, MetaStore &meta);
    ~FirstBoot();

    // "mente-<serial>" in lower case unless [network] hostname names one.
    static QString hostnameFor(const QString &configured, const QString &serial);
    // [setup] network_interface, else the first Ethernet interface that is up (the default route
    // is no guide: without DHCP there is none).
    static QString lanInterface(const QString &configured);

    void start(quint16 setupPort, quint16 apiPort);
    // The first-boot address while it is held (the setup page marks it); null otherwise.
    const FallbackAddress *fallback() const { return m_fallback.get(); }

private:
    void setSystemHostname();
    void startFallback();

    const FirstBootSettings &m_network;
    const SetupSettings &m_setup;
    const ListenAddress &m_setupListen;
    const BoxIdentity &m_identity;
    MetaStore &m_meta;
    std::unique_ptr<ProcessLauncher> m_launcher;
    std::unique_ptr<FallbackMethod> m_fallbackMethod;
    std::unique_ptr<FallbackAddress> m_fallback;
    std::unique_ptr<AvahiAnnouncer> m_announcer;
};

} // namespace mente::box
