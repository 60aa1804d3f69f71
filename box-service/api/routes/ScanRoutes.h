// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class Router;
class ScanService;

// POST /devices/{id}/scan and GET /scans/{id}.
void registerScanRoutes(Router &router, ScanService &scans);

} // namespace mente::box
