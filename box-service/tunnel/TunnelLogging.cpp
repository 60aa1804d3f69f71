// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelLogging.h"

Q_LOGGING_CATEGORY(lcTunnel, "mente.tunnel")
