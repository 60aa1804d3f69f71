// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProbeLogging.h"

Q_LOGGING_CATEGORY(lcProbe, "mente.probe")
