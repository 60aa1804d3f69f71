// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class ReportService;
class ReportStore;
class Router;
struct BoxContext;

// GET /reports, POST /reports {"month"}, GET /reports/{id} (JSON, or HTML by Accept or
// ?format=html), POST /reports/{id}/send.
void registerReportRoutes(Router &router, BoxContext &box, ReportService &reports, ReportStore &store);

} // namespace mente::box
