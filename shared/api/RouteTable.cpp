// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/api/RouteTable.h"

#include <QStringList>

namespace mente::api {

namespace {
#define MENTE_API_ROUTE_SPEC(id, method, pattern, access, scope, summary)                                              \
    RouteSpec{RouteId::id, #id, #method, pattern, Access::access, Scope::scope, summary},
constexpr RouteSpec kRoutes[] = {MENTE_API_ROUTES(MENTE_API_ROUTE_SPEC)};
#undef MENTE_API_ROUTE_SPEC

// route(id) indexes the table by id: the table must stay in the enum's order.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kRoutes); ++i)
        if (static_cast<std::size_t>(kRoutes[i].id) != i)
            return false;
    return true;
}
static_assert(inEnumOrder());

bool isParameter(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
} // namespace

std::span<const RouteSpec> routeTable()
{
    return kRoutes;
}

const RouteSpec &route(RouteId id)
{
    return kRoutes[static_cast<std::size_t>(id)];
}

QByteArray method(RouteId id)
{
    return QByteArray(route(id).method);
}

QString pattern(RouteId id)
{
    return QString::fromLatin1(route(id).pattern);
}

QString name(RouteId id)
{
    return QString::fromLatin1(route(id).name);
}

std::optional<RouteId> findRoute(const QByteArray &method, const QString &pattern)
{
    for (const RouteSpec &spec : kRoutes)
        if (method == spec.method && pattern == QLatin1String(spec.pattern))
            return spec.id;
    return std::nullopt;
}

std::optional<RouteId> routeNamed(const QString &name)
{
    for (const RouteSpec &spec : kRoutes)
        if (name == QLatin1String(spec.name))
            return spec.id;
    return std::nullopt;
}

int parameterCount(RouteId id)
{
    int count = 0;
    for (const QString &segment : pattern(id).split(QLatin1Char('/')))
        count += isParameter(segment) ? 1 : 0;
    return count;
}

QString toString(Access access)
{
    switch (access) {
    case Access::Public: return QStringLiteral("public");
    case Access::Authenticated: return QStringLiteral("authenticated");
    case Access::Operator: return QStringLiteral("operator");
    case Access::Admin: return QStringLiteral("admin");
    case Access::Reader: return QStringLiteral("reader");
    }
    return {};
}

std::optional<Access> accessFromString(const QString &text)
{
    for (Access a : {Access::Public, Access::Authenticated, Access::Operator, Access::Admin, Access::Reader})
        if (toString(a) == text)
            return a;
    return std::nullopt;
}

QString toString(Scope scope)
{
    switch (scope) {
    case Scope::Session: return QStringLiteral("session");
    case Scope::Box: return QStringLiteral("box");
    case Scope::Customer: return QStringLiteral("customer");
    case Scope::Operators: return QStringLiteral("operators");
    case Scope::SshKeys: return QStringLiteral("ssh-keys");
    case Scope::Audit: return QStringLiteral("audit");
    case Scope::Devices: return QStringLiteral("devices");
    case Scope::Ports: return QStringLiteral("ports");
    case Scope::Scans: return QStringLiteral("scans");
    case Scope::Discovery: return QStringLiteral("discovery");
    case Scope::Monitor: return QStringLiteral("monitor");
    case Scope::Events: return QStringLiteral("events");
    case Scope::Inquiries: return QStringLiteral("inquiries");
    case Scope::Outbox: return QStringLiteral("outbox");
    case Scope::Reports: return QStringLiteral("reports");
    case Scope::Metrics: return QStringLiteral("metrics");
    }
    return {};
}

QString fillPath(RouteId id, std::initializer_list<QString> params)
{
    QStringList segments = pattern(id).split(QLatin1Char('/'));
    auto next = params.begin();
    for (QString &segment : segments) {
        if (!isParameter(segment) || next == params.end())
            continue;
        segment = *next++;
    }
    return segments.join(QLatin1Char('/'));
}

} // namespace mente::api
