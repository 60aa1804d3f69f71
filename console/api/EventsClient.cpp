// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventsClient.h"

namespace mente::console {

void EventsClient::after(qint64 seq, QObject *context, Then<QList<Event>> done) const
{
    Call call = to(api::RouteId::EventList);
    call.path += QStringLiteral("?after=%1").arg(seq);
    send<QList<Event>>(call, {}, context, &ApiScope::list<Event>, std::move(done));
}

} // namespace mente::console
