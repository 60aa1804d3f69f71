// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiServer.h"
#include "api/EventStreams.h"
#include "api/Router.h"
#include "api/Routes.h"
#include "shared/ApiPaths.h"
#include "store/EventLog.h"

#include <QJsonArray>

namespace mente::box {

namespace {
constexpr qint64 kMaxSeq = std::numeric_limits<qint64>::max() / 2;

// Where a stream resumes: the Last-Event-ID header (sent by a reconnecting EventSource) wins
// over ?after=; with neither, only new events.
Result<qint64> resumePoint(const ApiRequest &request, qint64 lastSeq)
{
    const QByteArray header = request.header("Last-Event-ID").trimmed();
    if (!header.isEmpty()) {
        bool ok = false;
        const qint64 seq = header.toLongLong(&ok);
        if (!ok || seq < 0 || seq > kMaxSeq)
            return Error::validation(QStringLiteral("Last-Event-ID"),
                                     QStringLiteral("Last-Event-ID must be an event's sequence number."));
        return seq;
    }
    return queryNumber(request, QStringLiteral("after"), lastSeq, kMaxSeq);
}

} // namespace

void registerEventRoutes(Router &router, EventLog &events, EventStreams &streams)
{
    router.add(RouteId::EventList, [&events](const ApiRequest &request) {
        const auto after = queryNumber(request, QStringLiteral("after"), 0, kMaxSeq);
        if (!after)
            return ApiReply::error(after.error());
        const auto limit = queryNumber(request, QStringLiteral("limit"), 100, 1000);
        if (!limit)
            return ApiReply::error(limit.error());
        if (*limit == 0)
            return ApiReply::error(
                Error::validation(QStringLiteral("limit"), QStringLiteral("limit must be 1 to 1000.")));
        const auto read = events.after(*after, int(*limit));
        if (!read)
            return ApiReply::error(read.error());
        QJsonArray list;
        for (const Event &e : read.value())
            list.append(e.toJson());
        return ApiReply::json(list);
    });

    router.addStream(RouteId::EventStream, [&events, &streams](const ApiRequest &request, const HttpResponder &responder) {
                         const auto after = resumePoint(request, events.lastSeq());
                         if (!after) {
                             responder.send(ApiServer::toHttp(ApiReply::error(after.error())));
                             return;
                         }
                         streams.open(responder, *after);
                     });
}

} // namespace mente::box
