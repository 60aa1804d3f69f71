// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkSettings.h"

#include "setup/ErrorText.h"
#include "shared/Validation.h"

namespace mente::box {

namespace {
// Marks the first-boot address in the box's networkd file, so the box knows the line is its own.
constexpr char kFirstBootComment[] =
    "# The first-boot address (no DHCP lease yet); the box takes it off once it has an address of its own.\n";
} // namespace

QString NetworkSettings::netmask() const
{
    return validation::prefixToNetmask(prefix);
}

QJsonObject NetworkSettings::toJson() const
{
    return {{QStringLiteral("mode"), mode},     {QStringLiteral("address"), address},
            {QStringLiteral("prefix"), prefix}, {QStringLiteral("gateway"), gateway},
            {QStringLiteral("dns1"), dns1},     {QStringLiteral("dns2"), dns2}};
}

NetworkSettings NetworkSettings::fromJson(const QJsonObject &json)
{
    NetworkSettings s;
    s.mode = json.value(QStringLiteral("mode")).toString(QStringLiteral("dhcp"));
    s.address = json.value(QStringLiteral("address")).toString();
    s.prefix = json.value(QStringLiteral("prefix")).toInt(24);
    s.gateway = json.value(QStringLiteral("gateway")).toString();
    s.dns1 = json.value(QStringLiteral("dns1")).toString();
    s.dns2 = json.value(QStringLiteral("dns2")).toString();
    return s;
}

QByteArray NetworkSettings::networkdFile(const QString &interfaceName) const
{
    QString text = QStringLiteral("# Written by the Mente box setup page; changes here are overwritten.\n"
                                  "[Match]\nName=%1\n\n[Network]\n")
                       .arg(interfaceName);
    if (isStatic()) {
        text += QStringLiteral("Address=%1/%2\nGateway=%3\nDNS=%4\n").arg(address).arg(prefix).arg(gateway, dns1);
        if (!dns2.isEmpty())
            text += QStringLiteral("DNS=%1\n").arg(dns2);
    } else {
        text += QStringLiteral("DHCP=ipv4\n");
        if (!firstBootCidr.isEmpty())
            text += QString::fromLatin1(kFirstBootComment) + QStringLiteral("Address=%1\n").arg(firstBootCidr);
        if (!hostname.isEmpty())
            text += QStringLiteral("\n[DHCPv4]\nSendHostname=yes\nHostname=%1\n").arg(hostname);
    }
    return text.toUtf8();
}

bool NetworkSettings::hasFirstBootAddress(const QByteArray &file, const QString &cidr)
{
    return file.contains(QByteArray(kFirstBootComment) + "Address=" + cidr.toLatin1() + '\n');
}

NetworkSettings NetworkForm::read(const SetupRequest &request, FieldErrors &errors)
{
    NetworkSettings s;
    s.mode = request.field(QStringLiteral("mode"));
    if (s.mode != QLatin1String("dhcp") && s.mode != QLatin1String("static")) {
        errors.insert(QStringLiteral("mode"),
                      QCoreApplication::translate("SetupPage", "Choose DHCP or a static address."));
        s.mode = QStringLiteral("dhcp");
        return s;
    }
    s.address = request.field(QStringLiteral("address"));
    s.gateway = request.field(QStringLiteral("gateway"));
    s.dns1 = request.field(QStringLiteral("dns1"));
    s.dns2 = request.field(QStringLiteral("dns2"));
    if (!s.isStatic())
        return s;

    const auto check = [&errors](const QString &field, const QString &message) {
        if (!message.isEmpty() && !errors.contains(field))
            errors.insert(field, ErrorText::localize(message));
    };
    check(QStringLiteral("address"), validation::checkIPv4(s.address));
    // The netmask may be written as 255.255.255.0, as a prefix length (24) or as /24.
    QString mask = request.field(QStringLiteral("netmask"));
    if (mask.startsWith(QLatin1Char('/')))
        mask = mask.mid(1);
    bool isNumber = false;
    const int prefix = mask.toInt(&isNumber);
    bool maskOk = false;
    if (mask.isEmpty()) {
        errors.insert(QStringLiteral("netmask"), QCoreApplication::translate("SetupPage", "Required."));
    } else if (isNumber) {
        check(QStringLiteral("netmask"), validation::checkPrefix(prefix));
        if (prefix < 1 || prefix > 30)
            check(QStringLiteral("netmask"),
                  QCoreApplication::translate("SetupPage", "Use a prefix length from 1 to 30."));
        s.prefix = prefix;
        maskOk = !errors.contains(QStringLiteral("netmask"));
    } else if (const auto p = validation::netmaskToPrefix(mask)) {
        s.prefix = *p;
        if (*p < 1 || *p > 30)
            check(QStringLiteral("netmask"),
                  QCoreApplication::translate("SetupPage", "Use a prefix length from 1 to 30."));
        maskOk = !errors.contains(QStringLiteral("netmask"));
    } else {
        check(QStringLiteral("netmask"), validation::checkNetmask(mask));
    }
    if (!errors.contains(QStringLiteral("address")) && maskOk)
        check(QStringLiteral("address"), validation::checkHostInSubnet(s.address, s.prefix));
    if (s.gateway.isEmpty())
        errors.insert(QStringLiteral("gateway"), QCoreApplication::translate("SetupPage", "Required."));
    else if (const QString bad = validation::checkIPv4(s.gateway); !bad.isEmpty())
        check(QStringLiteral("gateway"), bad);
    else if (!errors.contains(QStringLiteral("address")) && maskOk)
        check(QStringLiteral("gateway"), validation::checkGateway(s.address, s.prefix, s.gateway));
    if (s.dns1.isEmpty())
        errors.insert(QStringLiteral("dns1"),
                      QCoreApplication::translate("SetupPage", "Required: the box needs a DNS server."));
    else
        check(QStringLiteral("dns1"), validation::checkIPv4(s.dns1));
    if (!s.dns2.isEmpty())
        check(QStringLiteral("dns2"), validation::checkIPv4(s.dns2));
    return s;
}

} // namespace mente::box
