// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"
#include "shared/Result.h"

#include <QList>

#include <optional>

namespace mente::box {

class Database;

// Device and port rows (F6). Discovery and scans write facts here; the API edits what an
// operator may (names, memos, URLs, monitor switches, protocols).
class DeviceStore
{
public:
    explicit DeviceStore(Database &db) : m_db(db) {}

    QList<Device> list(bool includeGone = true) const;
    std::optional<Device> byId(qint64 id) const;
    std::optional<Device> byIp(const QString &ip) const;
    QList<Port> portsOf(qint64 deviceId) const;
    std::optional<Port> portById(qint64 id) const;
    std::optional<Port> portOf(qint64 deviceId, int port) const;

    // A device added by hand; conflict when the address is known already.
    Result<Device> insertManual(const QString &ip, const QDateTime &now);
    Status applyPatch(qint64 id, const DevicePatch &patch);
    Status setState(qint64 id, HealthState state);
    Status remove(qint64 id);

    // A port row added by hand; conflict when the port exists.
    Result<Port> insertPort(qint64 deviceId, int port, const QString &protocol, bool manual);
    // A scan's finding: updates the row when it exists (keeps a hand-set protocol), never duplicates.
    Result<Port> upsertScannedPort(qint64 deviceId, int port, const QString &protocol, const QString &banner);
    Status applyPortPatch(qint64 id, const PortPatch &patch);
    Status setPortState(qint64 id, HealthState state);
    Status removePort(qint64 id);

    struct Summary
    {
        int deviceCount = 0;    // devices not gone
        int monitoredCount = 0; // monitored devices + monitored ports
        HealthState state = HealthState::Unknown; // fault when any monitored target is
    };
    Summary summary() const;

private:
    Database &m_db;
};

} // namespace mente::box
