// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/IpConfigurator.h"

#include "setup/ProcessLauncher.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

namespace {
constexpr int kTimeoutMs = 10000;
QString ip()
{
    return QStringLiteral("ip");
}
} // namespace

IpConfigurator::IpConfigurator(QString interfaceName, ProcessLauncher &launcher)
    : m_interface(std::move(interfaceName)), m_launcher(launcher)
{}

Status IpConfigurator::setAddresses(const QStringList &cidrs, const QString &gateway)
{
    if (const Status s = m_launcher.run(QStringLiteral("%1 -4 addr flush dev %2").arg(ip(), m_interface), kTimeoutMs);
        !s)
        return s;
    for (const QString &cidr : cidrs)
        if (const Status s =
                m_launcher.run(QStringLiteral("%1 addr add %2 dev %3").arg(ip(), cidr, m_interface), kTimeoutMs);
            !s)
            return s;
    if (!gateway.isEmpty())
        return m_launcher.run(QStringLiteral("%1 route replace default via %2 dev %3").arg(ip(), gateway, m_interface),
                              kTimeoutMs);
    return success();
}

Status IpConfigurator::apply(const NetworkSettings &settings)
{
    if (!settings.isStatic())
        return Error{QStringLiteral("unsupported"),
                     QStringLiteral("This box sets static addresses only; DHCP is configured by the system."),
                     QStringLiteral("mode")};
    if (!m_pending) {
        auto addresses = m_launcher.capture({ip(), QStringLiteral("-4"), QStringLiteral("-o"), QStringLiteral("addr"),
                                             QStringLiteral("show"), QStringLiteral("dev"), m_interface},
                                            kTimeoutMs);
        if (!addresses)
            return addresses.error();
        auto routes = m_launcher.capture({ip(), QStringLiteral("-4"), QStringLiteral("route"), QStringLiteral("show"),
                                          QStringLiteral("default"), QStringLiteral("dev"), m_interface},
                                         kTimeoutMs);
        if (!routes)
            return routes.error();
        static const QRegularExpression inet(QStringLiteral("\\binet (\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)"));
        static const QRegularExpression via(QStringLiteral("\\bvia (\\d+\\.\\d+\\.\\d+\\.\\d+)"));
        m_previousCidrs.clear();
        for (auto it = inet.globalMatch(*addresses); it.hasNext();)
            m_previousCidrs << it.next().captured(1);
        const auto m = via.match(*routes);
        m_previousGateway = m.hasMatch() ? m.captured(1) : QString();
    }
    m_pending = true;
    qCInfo(lcSetup) << "network: ip backend sets" << settings.address << "on" << m_interface;
    const Status s =
        setAddresses({QStringLiteral("%1/%2").arg(settings.address).arg(settings.prefix)}, settings.gateway);
    if (!s)
        (void)restore();
    return s;
}

Status IpConfigurator::restore()
{
    if (!m_pending)
        return success();
    m_pending = false;
    qCInfo(lcSetup) << "network: ip backend restores" << m_previousCidrs << "via" << m_previousGateway;
    return setAddresses(m_previousCidrs, m_previousGateway);
}

QJsonObject IpConfigurator::pendingState() const
{
    return {{QStringLiteral("cidrs"), QJsonArray::fromStringList(m_previousCidrs)},
            {QStringLiteral("gateway"), m_previousGateway}};
}

void IpConfigurator::adoptPendingState(const QJsonObject &state)
{
    m_pending = true;
    m_previousCidrs.clear();
    for (const QJsonValue &cidr : state.value(QStringLiteral("cidrs")).toArray())
        m_previousCidrs << cidr.toString();
    m_previousGateway = state.value(QStringLiteral("gateway")).toString();
}

void IpConfigurator::commit()
{
    m_pending = false;
}

} // namespace mente::box
