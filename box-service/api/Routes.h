// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente {
class Clock;
struct BoxStatus;
}

namespace mente::box {

class MonitorService;
class Router;
struct BoxContext;

// One function per API scope; BoxService calls each once. Handlers parse into shared/ types,
// call one service, and map its result to JSON (ApiReply).
void registerSessionRoutes(Router &router, BoxContext &box);
void registerBoxRoutes(Router &router, BoxContext &box);
void registerCustomerRoutes(Router &router, BoxContext &box);
void registerOperatorRoutes(Router &router, BoxContext &box);
void registerAuditRoutes(Router &router, BoxContext &box);
void registerDeviceRoutes(Router &router, BoxContext &box);
void registerEventRoutes(Router &router, BoxContext &box);
void registerMonitorRoutes(Router &router, MonitorService &monitor, const Clock &clock);
void registerMetricsRoutes(Router &router, BoxContext &box);
void registerInquiryRoutes(Router &router, BoxContext &box);
void registerOutboxRoutes(Router &router, BoxContext &box);
void registerSshKeyRoutes(Router &router, BoxContext &box);

// The fleet row of this box (GET /status), built from the store.
BoxStatus currentStatus(const BoxContext &box);

} // namespace mente::box
