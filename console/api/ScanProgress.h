// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <optional>

namespace mente::console {

// What a "scan" event of a box says about one scan: the box appends one when the scan starts,
// one per tenth of its ports done, and one when it ends.
struct ScanProgress
{
    qint64 scanId = 0;
    qint64 deviceId = 0;
    QString state; // "running", "done", "failed"
    int percent = 0;
    int portsDone = 0;
    int portsTotal = 0;
    int openPorts = 0;
    QString error; // why it failed

    bool finished() const { return state != QLatin1String("running"); }
    bool failed() const { return state == QLatin1String("failed"); }
    // Nothing when the event is no scan event; an error naming the field when its detail is bad.
    static std::optional<Result<ScanProgress>> fromEvent(const Event &event);
};

} // namespace mente::console
