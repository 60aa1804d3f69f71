// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

class DiscoveryService;
class Router;

// POST /discovery (202) and GET /discovery.
void registerDiscoveryRoutes(Router &router, DiscoveryService &discovery);

} // namespace mente::box
