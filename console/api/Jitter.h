// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::console {

// A delay spread so that links which started or failed together do not act in step: a value
// drawn uniformly from [ms / 2, ms] ("equal jitter"). A thousand boxes dropped at once then
// retry over half a back-off step instead of all in the same millisecond.
int withJitter(int ms);

// The first period of a timer that repeats every ms: uniformly in [1, ms], so a fleet's status
// polls started together are spread over one period instead of arriving as one burst.
int firstPeriod(int ms);

} // namespace mente::console
