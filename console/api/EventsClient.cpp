// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventsClient.h"

#include "shared/ApiPaths.h"

namespace mente::console {

void EventsClient::after(qint64 seq, QObject *context, Then<QList<Event>> done) const
{
    send<QList<Event>>("GET", api::Events + QStringLiteral("?after=%1").arg(seq), {}, context, &ApiScope::list<Event>,
                       std::move(done));
}

} // namespace mente::console
