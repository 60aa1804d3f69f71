// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace mente::box {

class FallbackMethod;

// The first-boot address (F1, seed §5): when the LAN interface has had no address of its own for
// [network] fallback_after_s (no DHCP lease came and no static address is set), the box adds
// [network] fallback_address (the seed's 192.168.234.237/24) to it, so an installer can set a PC
// beside it (192.168.234.231/24) and open the setup page, which listens on every address. How it
// is added is the FallbackMethod's business: a systemd-networkd file (the default) or iproute2
// ([setup] network_backend=ip). "An address of its own" is any IPv4 address on the interface that
// is neither IPv4 link-local (169.254/16) nor the fallback itself: a DHCP lease or a static
// address. As soon as the interface has one and no network change is waiting for confirmation,
// the fallback is taken off again. While a change waits, nothing is touched: the setup page's
// rollback puts the configuration back as it was, fallback included.
class FallbackAddress : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString interfaceName;
        QString cidr;       // "192.168.234.237/24"
        int afterS = 60;    // seconds without an address of its own
        int checkMs = 1000; // how often the interface is looked at
    };
    using AddressSource = std::function<QStringList()>; // the interface's IPv4 addresses now
    using Check = std::function<bool()>;

    // pending: a network change waits for confirmation; staticSet: the confirmed settings are a
    // static address (the fallback is then never added).
    FallbackAddress(Settings settings, FallbackMethod &method, AddressSource addresses, Check pending, Check staticSet,
                    QObject *parent = nullptr);

    void start();
    // Looks at the interface once and adds or removes the fallback; the timer calls it.
    void check();

    bool active() const { return m_active; } // the box has put the fallback there
    QString address() const;                 // without the prefix
    const Settings &settings() const { return m_settings; }

    // The interface's IPv4 addresses, read with QNetworkInterface.
    static QStringList interfaceAddresses(const QString &interfaceName);
    // "a.b.c.d/p", or "link-local": 169.254.x.y/16 made from the serial (no ARP probe).
    static QString resolveCidr(const QString &configured, const QString &serial);

Q_SIGNALS:
    void changed(bool active);

private:
    bool ownAddressPresent(const QStringList &addresses) const;

    Settings m_settings;
    FallbackMethod &m_method;
    AddressSource m_addresses;
    Check m_pending;
    Check m_staticSet;
    QTimer m_timer;
    QElapsedTimer m_withoutAddress; // running while the interface has no address of its own
    bool m_active = false;
};

} // namespace mente::box
