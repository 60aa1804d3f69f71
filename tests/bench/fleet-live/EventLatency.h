// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LiveMeasures.h"

#include <QList>

namespace mente::console {
class ConsoleApplication;
}

namespace mente::bench {

class GeneratorProcess;

struct LatencyFigures
{
    Spread row;  // ms from the injection command to the box's row changing with the event
    Spread tray; // ms from the injection command to the tray counting its notification
    int rowMissed = 0;
    int trayMissed = 0;
};

// Injects events one at a time on random boxes (each a port fault or its recovery, so each is
// notified) and times the console's fleet model and tray; the clock starts when the command is
// written to the generator, so the generator's own work is counted against the console.
LatencyFigures measureEvents(console::ConsoleApplication &console, GeneratorProcess &gen, const QList<qint64> &ids,
                             int events, int timeoutMs);

} // namespace mente::bench
