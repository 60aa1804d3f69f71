// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mente::box {

// How the box gets its IPv4 address (F1 §4–5): DHCP, or a static address with netmask,
// gateway and DNS servers (primary required, secondary optional).
struct NetworkSettings
{
    QString mode = QStringLiteral("dhcp"); // "dhcp" or "static"
    QString address;
    int prefix = 24;
    QString gateway;
    QString dns1;
    QString dns2;
    // The host name sent with DHCP ([network] hostname); not part of the stored settings.
    QString hostname;
    // The first-boot address beside DHCP (FallbackAddress, seed §5); not part of the stored settings.
    QString firstBootCidr;

    bool isStatic() const { return mode == QLatin1String("static"); }
    QString netmask() const;
    QJsonObject toJson() const;
    static NetworkSettings fromJson(const QJsonObject &json);

    // The systemd-networkd unit for an interface name (or a Name= pattern).
    QByteArray networkdFile(const QString &interfaceName) const;
    // A file written by networkdFile() carries the first-boot address cidr.
    static bool hasFirstBootAddress(const QByteArray &file, const QString &cidr);
};

// Reads the network form; every bad field gets its own message (in the page's language).
class NetworkForm
{
public:
    static NetworkSettings read(const SetupRequest &request, FieldErrors &errors);
};

} // namespace mente::box
