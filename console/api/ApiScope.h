// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiReply.h"
#include "api/ApiResult.h"
#include "api/BoxClient.h"
#include "shared/api/RouteTable.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

#include <functional>

namespace mente::console {

// The base of the typed clients (one per API scope): sends one call of the route table
// (shared/api/RouteTable.h: its method and path) through a box's BoxClient and hands the caller
// the answer decoded as the contract's type. Only the scope clients make bodies; a client is a
// cheap value made where it is needed.
class ApiScope
{
public:
    template<typename T> using Then = std::function<void(const ApiResult<T> &)>;
    template<typename T> using Decoder = std::function<Result<T>(const ApiReply &)>;

    explicit ApiScope(BoxClient *client) : m_client(client) {}
    BoxClient *client() const { return m_client; }

protected:
    // One route of the table with its {parameters} filled in (and a query, when it takes one).
    struct Call
    {
        api::RouteId route;
        QString path;
    };
    template<typename... Ids> static Call to(api::RouteId route, Ids... ids)
    {
        return {route, api::path(route, ids...)};
    }

    template<typename T>
    void send(const Call &call, const QJsonValue &body, QObject *context, Decoder<T> decode, Then<T> done) const
    {
        m_client->call(api::method(call.route), call.path, body, context,
                       [decode = std::move(decode), done = std::move(done)](const ApiReply &r) {
                           if (!r.ok()) {
                               done(ApiResult<T>(r.status, r.error()));
                               return;
                           }
                           Result<T> decoded = decode(r);
                           const bool unreadable = !decoded.ok();
                           done(ApiResult<T>(
                               r.status, unreadable ? Result<T>(unreadableAnswer(decoded.error())) : std::move(decoded),
                               unreadable));
                       });
    }

    // Decoders for the common shapes: one object, a list of objects, nothing worth reading.
    template<typename T> static Result<T> one(const ApiReply &r) { return T::fromJson(r.object()); }
    template<typename T> static Result<QList<T>> list(const ApiReply &r)
    {
        return listOf<T>(r.array(), [](const QJsonObject &o) { return T::fromJson(o); });
    }
    static Result<Done> nothing(const ApiReply &) { return Done{}; }

    template<typename T, typename Parse> static Result<QList<T>> listOf(const QJsonArray &array, Parse parse)
    {
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return Error::validation(QStringLiteral("[%1]").arg(i), QStringLiteral("must be an object"));
            Result<T> item = parse(array.at(i).toObject());
            if (!item) {
                Error e = item.error();
                e.field = QStringLiteral("[%1]").arg(i) + (e.field.isEmpty() ? QString() : QLatin1Char('.') + e.field);
                return e;
            }
            items.append(std::move(item).value());
        }
        return items;
    }

    // An answer that does not read as the contract says: the error says which field.
    static Error unreadableAnswer(const Error &why);

private:
    BoxClient *m_client;
};

} // namespace mente::console
