// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class ReportService;
class Router;

// GET /reports, POST /reports {"month"}, GET /reports/{id} (JSON, or HTML by Accept or
// ?format=html), POST /reports/{id}/send.
void registerReportRoutes(Router &router, ReportService &reports);

} // namespace mente::box
