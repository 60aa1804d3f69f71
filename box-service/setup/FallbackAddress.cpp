// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/FallbackAddress.h"

#include "setup/FallbackMethod.h"
#include "shared/Validation.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkInterface>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

namespace {
bool isLinkLocal(const QString &address)
{
    const auto ip = validation::parseIPv4(address);
    return ip && (*ip >> 16) == 0xA9FEu; // 169.254.0.0/16
}
} // namespace

FallbackAddress::FallbackAddress(Settings settings, FallbackMethod &method, AddressSource addresses, Check pending,
                                 Check staticSet, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_method(method)
    , m_addresses(std::move(addresses))
    , m_pending(std::move(pending))
    , m_staticSet(std::move(staticSet))
{
    connect(&m_timer, &QTimer::timeout, this, &FallbackAddress::check);
}

QString FallbackAddress::address() const
{
    return m_settings.cidr.section(QLatin1Char('/'), 0, 0);
}

void FallbackAddress::start()
{
    qCInfo(lcSetup) << "fallback address" << m_settings.cidr << "on" << m_settings.interfaceName << "after"
                    << m_settings.afterS << "s without an address";
    m_withoutAddress.invalidate();
    check();
    m_timer.start(m_settings.checkMs);
}

bool FallbackAddress::ownAddressPresent(const QStringList &addresses) const
{
    for (const QString &a : addresses)
        if (a != address() && !isLinkLocal(a))
            return true;
    return false;
}

void FallbackAddress::check()
{
    if (m_pending && m_pending())
        return; // the rollback decides what the interface has
    const QStringList addresses = m_addresses();
    m_active = m_method.present(m_settings.cidr, addresses);
    if (ownAddressPresent(addresses)) {
        m_withoutAddress.invalidate();
        if (m_active) {
            qCInfo(lcSetup) << "the LAN interface has its own address now: removing the fallback" << m_settings.cidr;
            const Status s = m_method.remove(m_settings.cidr);
            if (!s)
                qCWarning(lcSetup) << "cannot remove the fallback address:" << s.error().message;
            m_active = !s;
            if (s)
                Q_EMIT changed(false);
        }
        return;
    }
    if (m_active)
        return;
    if (m_staticSet && m_staticSet()) {
        m_withoutAddress.invalidate(); // a static address is set: its own, even before it is up
        return;
    }
    if (!m_withoutAddress.isValid())
        m_withoutAddress.start();
    if (m_withoutAddress.elapsed() < qint64(m_settings.afterS) * 1000)
        return;
    qCWarning(lcSetup).noquote() << "no address on" << m_settings.interfaceName << "for" << m_settings.afterS
                                 << "s (no DHCP lease): adding the first-boot address" << m_settings.cidr;
    const Status s = m_method.add(m_settings.cidr);
    if (!s) {
        qCWarning(lcSetup) << "cannot add the fallback address:" << s.error().message;
        m_withoutAddress.start(); // try again after another fallback_after_s
        return;
    }
    m_active = true;
    Q_EMIT changed(true);
}

QStringList FallbackAddress::interfaceAddresses(const QString &interfaceName)
{
    QStringList out;
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
    for (const QNetworkAddressEntry &entry : iface.addressEntries())
        if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
            out << entry.ip().toString();
    return out;
}

QString FallbackAddress::resolveCidr(const QString &configured, const QString &serial)
{
    if (configured != QLatin1String("link-local"))
        return configured;
    // RFC 3927 leaves 169.254.0.x and 169.254.255.x out; the serial picks one of the rest, so a
    // box keeps its link-local address across restarts.
    const QByteArray hash = QCryptographicHash::hash(serial.toUtf8(), QCryptographicHash::Sha256);
    const int third = 1 + quint8(hash.at(0)) % 254;
    const int fourth = quint8(hash.at(1));
    return QStringLiteral("169.254.%1.%2/16").arg(third).arg(fourth);
}

} // namespace mente::box
