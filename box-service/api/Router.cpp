// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"

namespace mente::box {

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

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route{method, pattern, access, std::move(handler), {}, pattern.split(QLatin1Char('/'))});
}

void Router::addStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler)
{
    m_routes.append(Route{method, pattern, access, {}, std::move(handler), pattern.split(QLatin1Char('/'))});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    QString clean = path;
    while (clean.size() > 1 && clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    const QStringList parts = clean.split(QLatin1Char('/'));
    Match result;
    // Literal segments win over {parameters}: /operators/delete is not /operators/{id}.
    int bestLiterals = -1;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList params;
        int literals = 0;
        bool fits = true;
        for (qsizetype i = 0; i < parts.size() && fits; ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}'))) {
                fits = !parts.at(i).isEmpty();
                params << parts.at(i);
            } else {
                fits = seg == parts.at(i);
                ++literals;
            }
        }
        if (!fits)
            continue;
        result.pathKnown = true;
        if (route.method == method && literals > bestLiterals) {
            bestLiterals = literals;
            result.route = &route;
            result.params = params;
        }
    }
    return result;
}

} // namespace mente::box
