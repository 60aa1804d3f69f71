// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Event.h"

namespace mente::console {

// The events scope of a box's API, for a box without the event stream: the events after a
// sequence number. A box that keeps no events answers 404 (status()).
class EventsClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void after(qint64 seq, QObject *context, Then<QList<Event>> done) const;
};

} // namespace mente::console
