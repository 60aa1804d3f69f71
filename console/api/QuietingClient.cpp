// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/QuietingClient.h"

#include "api/DevicesClient.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <memory>

namespace mente::console {

// Until the box has its single calls (POST /box/ack, POST and DELETE /box/mute) the client makes
// them from the calls there are; callers see one call either way.
namespace {
// Many calls at once, one answer: the first failure, or how many succeeded.
struct Tally
{
    int pending = 0;
    int done = 0;
    std::optional<ApiResult<int>> failure;
};

Result<QList<qint64>> boxMuteIds(const ApiReply &r)
{
    QList<qint64> ids;
    const QJsonArray list = r.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader in(list.at(i).toObject(), QStringLiteral("[%1]").arg(i));
        const QString kind = in.string(QStringLiteral("kind"), JsonReader::Required);
        const qint64 id = in.integer(QStringLiteral("id"), JsonReader::Required, 1, Q_INT64_C(1) << 53);
        if (!in.ok())
            return in.error();
        if (kind == QLatin1String("box"))
            ids.append(id);
    }
    return ids;
}
} // namespace

void QuietingClient::acknowledgeBox(QObject *context, Then<int> done) const
{
    const QuietingClient self = *this;
    DevicesClient(client()).list(context, [self, context, done](const ApiResult<QList<Device>> &r) {
        if (!r.ok()) {
            done(ApiResult<int>(r.status(), r.error(), r.unreadable()));
            return;
        }
        QList<Call> calls;
        auto inFault = [](HealthState s, bool acknowledged) { return s == HealthState::Fault && !acknowledged; };
        for (const Device &d : r.value()) {
            if (inFault(d.state, d.monitorInfo.acknowledged))
                calls.append(to(api::RouteId::DeviceAck, d.id));
            for (const Port &p : d.ports)
                if (inFault(p.state, p.monitorInfo.acknowledged))
                    calls.append(to(api::RouteId::PortAck, p.id));
        }
        if (calls.isEmpty()) {
            done(ApiResult<int>(200, 0));
            return;
        }
        auto tally = std::make_shared<Tally>();
        tally->pending = int(calls.size());
        for (const Call &call : std::as_const(calls)) {
            self.send<Done>(call, QJsonObject{}, context, &ApiScope::nothing, [done, tally](const ApiResult<Done> &a) {
                // 409: the fault ended meanwhile; nothing left to acknowledge there.
                if (a.ok() || a.status() == 409)
                    ++tally->done;
                else if (!tally->failure)
                    tally->failure.emplace(a.status(), a.error());
                if (--tally->pending > 0)
                    return;
                done(tally->failure ? *tally->failure : ApiResult<int>(200, tally->done));
            });
        }
    });
}

void QuietingClient::unmuteBox(QObject *context, Then<Done> done) const
{
    const QuietingClient self = *this;
    send<QList<qint64>>(
        to(api::RouteId::MuteList), {}, context, &boxMuteIds, [self, context, done](const ApiResult<QList<qint64>> &r) {
            if (!r.ok()) {
                done(ApiResult<Done>(r.status(), r.error(), r.unreadable()));
                return;
            }
            if (r.value().isEmpty()) {
                done(ApiResult<Done>(200, Done{}));
                return;
            }
            auto tally = std::make_shared<Tally>();
            tally->pending = int(r.value().size());
            for (const qint64 id : r.value()) {
                self.send<Done>(to(api::RouteId::MuteDelete, id), {}, context, &ApiScope::nothing,
                                [done, tally](const ApiResult<Done> &d) {
                                    // A mute already gone (404) is fine.
                                    if (!d.ok() && d.status() != 404 && !tally->failure)
                                        tally->failure.emplace(d.status(), d.error());
                                    if (--tally->pending > 0)
                                        return;
                                    done(tally->failure
                                             ? ApiResult<Done>(tally->failure->status(), tally->failure->error())
                                             : ApiResult<Done>(200, Done{}));
                                });
            }
        });
}

void QuietingClient::muteBox(const QDateTime &until, const QString &reason, QObject *context, Then<Done> done) const
{
    const QuietingClient self = *this;
    unmuteBox(context, [self, until, reason, context, done](const ApiResult<Done> &removed) {
        if (!removed.ok()) {
            done(removed);
            return;
        }
        const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("box")},
                               {QStringLiteral("id"), 0},
                               {QStringLiteral("until"), toIso(until.toUTC())},
                               {QStringLiteral("reason"), reason}};
        self.send<Done>(to(api::RouteId::MuteCreate), body, context, &ApiScope::nothing, done);
    });
}

} // namespace mente::console
