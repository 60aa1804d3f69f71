// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mente::box {

namespace {
Route tableRoute(RouteId id)
{
    const api::RouteSpec &spec = api::route(id);
    const QString pattern = QString::fromLatin1(spec.pattern);
    return Route{spec.method, pattern, spec.access, {}, {}, pattern.split(QLatin1Char('/')), id};
}

Route ownRoute(const QByteArray &method, const QString &pattern, Access access)
{
    return Route{method, pattern, access, {}, {}, pattern.split(QLatin1Char('/')), api::findRoute(method, pattern)};
}
} // namespace

void Router::add(RouteId id, Handler handler)
{
    Route route = tableRoute(id);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

void Router::addStream(RouteId id, StreamHandler handler)
{
    Route route = tableRoute(id);
    route.stream = std::move(handler);
    m_routes.append(std::move(route));
}

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    Route route = ownRoute(method, pattern, access);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

void Router::addStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler)
{
    Route route = ownRoute(method, pattern, access);
    route.stream = std::move(handler);
    m_routes.append(std::move(route));
}

QByteArray routeListing(const Router &router)
{
    QList<const Route *> sorted;
    for (const Route &route : router.routes())
        sorted.append(&route);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Route *a, const Route *b) {
        return a->pattern != b->pattern ? a->pattern < b->pattern : a->method < b->method;
    });
    QJsonArray list;
    for (const Route *route : sorted)
        list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(route->method)},
                                {QStringLiteral("path"), route->pattern},
                                {QStringLiteral("access"), api::toString(route->access)},
                                {QStringLiteral("id"), route->id ? api::name(*route->id) : QString()}});
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
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
