// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <optional>

namespace mente::console {

// What a "device.new" event of a box says: discovery found a device (a MAC) the box never saw.
struct NewDeviceSighting
{
    qint64 deviceId = 0;
    QString ip;
    QString mac;
    QString vendor;
    QString hostname;

    // Nothing when the event is about something else; an error naming the field when its detail is bad.
    static std::optional<Result<NewDeviceSighting>> fromEvent(const Event &event);
};

} // namespace mente::console
