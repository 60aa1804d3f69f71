// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class Router;
class ScanService;
struct BoxContext;

// POST /devices/{id}/scan and GET /scans/{id}.
void registerScanRoutes(Router &router, BoxContext &box, ScanService &scans);

} // namespace mente::box
