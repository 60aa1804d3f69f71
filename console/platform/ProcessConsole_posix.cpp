// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessConsole.h"

namespace mente::console::platform {

void attachParentConsole() {} // stdout is already the terminal's

} // namespace mente::console::platform
