// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "http/HttpResponder.h"

#include <functional>

namespace mente::box {

// Who may call a route. The pipeline checks it before any handler runs.
enum class Access {
    Public,         // no token (health)
    Authenticated,  // any logged-in operator, even one who must still change the password
    Operator,       // any logged-in operator
    Admin,          // operators with admin rights only (403 for others)
    Reader,         // any logged-in operator, or the read-only [metrics] token (Prometheus)
};
QString toString(Access access);

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
};

// The route table: the server dispatches from it, and `mente-box --list-routes` prints it, so a
// test of roles covers exactly the routes that exist.
class Router
{
public:
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

} // namespace mente::box
