// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonObject>

namespace mente::console {

// A box's last LAN sweep (F3) as GET /discovery shows it: the parts the console shows.
struct SweepRun
{
    QString state; // "running", "done", "failed"; "" when the box has not swept yet
    int hostsDone = 0;
    int hostsTotal = 0;
    int found = 0;
    QString error;

    bool running() const { return state == QLatin1String("running"); }
    static Result<SweepRun> fromJson(const QJsonObject &json);
};

} // namespace mente::console
