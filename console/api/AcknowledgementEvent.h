// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <QList>

#include <optional>

namespace mente::console {

// What an "ack" event of a box says: faults acknowledged (or an acknowledgement taken back), of
// one device or port, or of the whole box at once (then the lists name them).
struct AcknowledgementEvent
{
    bool acknowledged = false;
    QList<qint64> devices;
    QList<qint64> ports;

    // Nothing when the event is about something else; an error naming the field when its detail is bad.
    static std::optional<Result<AcknowledgementEvent>> fromEvent(const Event &event);
};

} // namespace mente::console
