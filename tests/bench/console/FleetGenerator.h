// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConsoleStore.h"

namespace mente::console::bench {

// Fills a console database with a made-up fleet (no network): boxes with a cached status and,
// optionally, a cached device list each. Deterministic for a given seed.
Status generateFleet(ConsoleStore &store, int boxes, int devicesPerBox, quint32 seed = 1);

} // namespace mente::console::bench
