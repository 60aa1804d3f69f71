// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::console {

// How often the console asks boxes for news; tests shorten these.
struct LinkTimings
{
    int statusIntervalMs = 30000; // GET /status, also the "still answering" check
    int pollIntervalMs = 10000;   // GET /events?after= when a box has no event stream
    int backoffFirstMs = 1000;    // event stream reconnect delay, doubling ...
    int backoffMaxMs = 60000;     // ... up to this
    int faultAfterS = 90;         // a box silent this long is a box fault
    int reachabilityCheckMs = 5000;
};

} // namespace mente::console
