// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::console::platform {

// Makes printf reach the terminal the program was started from. A Windows GUI program has no
// console of its own, so `mente-console --version` would print nothing there without this;
// elsewhere it does nothing.
void attachParentConsole();

} // namespace mente::console::platform
