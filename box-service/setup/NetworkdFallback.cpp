// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkdFallback.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

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

Status NetworkdFallback::remove(const QString &cidr)
{
    // Only the file this box wrote with the first-boot address is written again. Without settings
    // confirmed on the setup page the box is at factory state, and that file becomes plain DHCP
    // (with the host name); a file of that name the box did not write, or no file, stays as it is.
    if (!NetworkSettings::hasFirstBootAddress(m_configurator.fileContent(), cidr)) {
        qCInfo(lcSetup) << "network:" << m_configurator.filePath() << "holds no first-boot address: left as it is";
        return success();
    }
    NetworkSettings settings = m_confirmed();
    settings.firstBootCidr.clear();
    return m_configurator.writeNow(settings);
}

bool NetworkdFallback::present(const QString &cidr, const QStringList &) const
{
    return NetworkSettings::hasFirstBootAddress(m_configurator.fileContent(), cidr);
}

} // namespace mente::box
