// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanLogging.h"

Q_LOGGING_CATEGORY(lcScan, "mente.scan")
