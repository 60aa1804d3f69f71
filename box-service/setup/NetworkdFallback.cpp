// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkdFallback.h"

namespace mente::box {

NetworkdFallback::NetworkdFallback(NetworkdConfigurator configurator, ConfirmedSettings confirmed)
    : m_configurator(std::move(configurator)), m_confirmed(std::move(confirmed))
{}

Status NetworkdFallback::add(const QString &cidr)
{
    NetworkSettings settings = m_confirmed();
    if (settings.isStatic())
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("A static address is set: the first-boot address is not needed."),
                     {}};
    settings.firstBootCidr = cidr;
    return m_configurator.writeNow(settings);
}

Status NetworkdFallback::remove(const QString &)
{
    NetworkSettings settings = m_confirmed();
    settings.firstBootCidr.clear();
    return m_configurator.writeNow(settings);
}

bool NetworkdFallback::present(const QString &cidr, const QStringList &) const
{
    return NetworkSettings::hasFirstBootAddress(m_configurator.fileContent(), cidr);
}

} // namespace mente::box
