// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "http/HttpResponder.h"
#include "shared/api/RouteTable.h"

#include <functional>
#include <optional>

namespace mente::box {

// Who may call a route (shared/api/RouteTable.h). The pipeline checks it before any handler runs.
using Access = api::Access;
using api::RouteId;

using Handler = std::function<ApiReply(const ApiRequest &)>;
// A route that answers with a stream (Server-Sent Events) or later: it gets the responder.
using StreamHandler = std::function<void(const ApiRequest &, const HttpResponder &)>;

struct Route
{
    QByteArray method; // "GET", "POST", ...
    QString pattern;   // "/api/v1/operators/{id}"
    Access access = Access::Operator;
    Handler handler;
    StreamHandler stream;
    QStringList segments;
    std::optional<RouteId> id; // its entry in the shared route table; none for a route the table lacks
};

// The routes the box serves: the server dispatches from them, and `mente-box --list-routes`
// prints them, so a test of roles covers exactly the routes that exist. Method, pattern and
// access come from the shared route table (api::routeTable()).
class Router
{
public:
    void add(RouteId id, Handler handler);
    void addStream(RouteId id, StreamHandler handler);
    // The older form, kept until every route file registers by RouteId; the route still finds its
    // table entry by method and pattern (the contract test fails for one that has none).
    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    void addStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler);

    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        bool pathKnown = false; // the path matched some route, but not with this method
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// What `mente-box --list-routes` prints: a JSON array, one object per registered route with its
// "method", "path", "access" and "id" (the table's name, "" for a route the table lacks),
// sorted by path and then method so that the output is stable.
QByteArray routeListing(const Router &router);

} // namespace mente::box
