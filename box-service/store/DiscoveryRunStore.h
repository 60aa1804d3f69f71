// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/DiscoveryRun.h"
#include "shared/Result.h"

#include <optional>

namespace mente::box {

class Database;

// The discovery_runs table: one row per LAN sweep, kept after it ends so GET /discovery shows
// the last one. What a sweep finds about devices is DeviceStore's.
class DiscoveryRunStore
{
public:
    explicit DiscoveryRunStore(Database &db) : m_db(db) {}

    Result<qint64> insertRun(const DiscoveryRun &run);
    Status finishRun(const DiscoveryRun &run);
    std::optional<DiscoveryRun> latestRun() const;
    // Sweeps that were running when the box stopped: failed.
    Status failInterrupted(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace mente::box
