// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/SetupGuard.h"

#include <QNetworkInterface>

namespace mente::box {

namespace {
QStringList allowItems(const QString &allowFrom)
{
    QStringList items;
    for (const QString &item : allowFrom.split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            items << item.trimmed().toLower();
    return items;
}

// "host", "host:port", "[v6]" or "[v6]:port" → the host part, lower case; empty if malformed.
QString hostPart(const QByteArray &header)
{
    const QString host = QString::fromLatin1(header).trimmed().toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return {};
        return host.mid(1, close - 1);
    }
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return host;
    if (host.indexOf(QLatin1Char(':')) != colon)
        return {}; // a bare IPv6 address without brackets is not a valid Host
    bool port = false;
    host.mid(colon + 1).toUInt(&port);
    return port ? host.left(colon) : QString();
}
} // namespace

SetupGuard::SetupGuard(const QStringList &names, const QList<QHostAddress> &addresses, const QString &allowFrom)
    : m_addresses(addresses)
{
    for (const QString &name : names)
        m_names << name.toLower();
    for (const QString &item : allowItems(allowFrom)) {
        if (item == QLatin1String("any"))
            m_any = true;
        else if (item == QLatin1String("lan"))
            m_lan = true;
        else
            m_subnets << QHostAddress::parseSubnet(item);
    }
}

Status SetupGuard::checkAllowFrom(const QString &allowFrom)
{
    const QStringList items = allowItems(allowFrom);
    if (items.isEmpty())
        return Error::validation(QStringLiteral("[setup] allow_from"),
                                 QStringLiteral("[setup] allow_from: give lan, any or subnets like 192.168.1.0/24."));
    for (const QString &item : items) {
        if (item == QLatin1String("any") || item == QLatin1String("lan"))
            continue;
        if (!item.contains(QLatin1Char('/')) || QHostAddress::parseSubnet(item).second < 0)
            return Error::validation(
                QStringLiteral("[setup] allow_from"),
                QStringLiteral("[setup] allow_from: \"%1\" is not lan, any or a subnet like 192.168.1.0/24.")
                    .arg(item));
    }
    return success();
}

bool SetupGuard::hostAllowed(const QByteArray &header, const QHostAddress &reached) const
{
    const QString host = hostPart(header);
    if (host.isEmpty())
        return false;
    if (m_names.contains(host))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isEqual(reached, QHostAddress::ConvertV4MappedToIPv4) || m_addresses.contains(address))
        return true;
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : own)
        if (a.isEqual(address, QHostAddress::ConvertV4MappedToIPv4))
            return true;
    return false;
}

bool SetupGuard::clientAllowed(const QHostAddress &client) const
{
    if (m_any)
        return true;
    for (const auto &[network, prefix] : m_subnets)
        if (client.isInSubnet(network, prefix))
            return true;
    if (!m_lan)
        return false;
    if (client.isLoopback())
        return true;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces())
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.prefixLength() >= 0 && client.isInSubnet(entry.ip(), entry.prefixLength()))
                return true;
    return false;
}

} // namespace mente::box
