// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessConsole.h"

#include <cstdio>
#include <windows.h>

namespace mente::console::platform {

void attachParentConsole()
{
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *out = nullptr;
        freopen_s(&out, "CONOUT$", "w", stdout);
        freopen_s(&out, "CONOUT$", "w", stderr);
    }
}

} // namespace mente::console::platform
