// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/IpFallback.h"

#include "setup/ProcessLauncher.h"

namespace mente::box {

namespace {
constexpr int kTimeoutMs = 10000;
}

IpFallback::IpFallback(QString interfaceName, ProcessLauncher &launcher)
    : m_interface(std::move(interfaceName)), m_launcher(launcher)
{}

Status IpFallback::add(const QString &cidr)
{
    return m_launcher.run(QStringLiteral("ip addr add %1 dev %2").arg(cidr, m_interface), kTimeoutMs);
}

Status IpFallback::remove(const QString &cidr)
{
    return m_launcher.run(QStringLiteral("ip addr del %1 dev %2").arg(cidr, m_interface), kTimeoutMs);
}

bool IpFallback::present(const QString &cidr, const QStringList &interfaceAddresses) const
{
    return interfaceAddresses.contains(cidr.section(QLatin1Char('/'), 0, 0));
}

} // namespace mente::box
