// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>

namespace mente::test {

// A property a fuzz target checks: a violation aborts, which libFuzzer (and the replay in the normal
// build) reports as a crash with the input that caused it.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace mente::test
