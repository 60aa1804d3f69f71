// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/HealthState.h"

#include <QIcon>

namespace mente::console {

// The tray and window icon for the fleet's worst state, drawn in code (no image files).
QIcon stateIcon(HealthState state);

} // namespace mente::console
