// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "shared/ScanRecord.h"

#include <optional>

namespace mente::box {

class Database;

// The scans table: one row per scan, kept after it ends so GET /scans/{id} still answers.
class ScanStore
{
public:
    explicit ScanStore(Database &db) : m_db(db) {}

    Result<qint64> insert(const ScanRecord &record);
    Status finish(const ScanRecord &record);
    std::optional<ScanRecord> byId(qint64 id) const;
    // Scans that were running when the box stopped: failed (their devices' "scanning" state is
    // DeviceStore::resetScanning()'s).
    Status failInterrupted(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace mente::box
