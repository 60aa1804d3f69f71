// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class DiscoveryService;
class Router;
struct BoxContext;

// POST /discovery (202) and GET /discovery.
void registerDiscoveryRoutes(Router &router, BoxContext &box, DiscoveryService &discovery);

} // namespace mente::box
