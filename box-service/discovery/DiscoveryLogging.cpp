// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryLogging.h"

Q_LOGGING_CATEGORY(lcDiscovery, "mente.discovery")
