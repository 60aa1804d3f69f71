// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"
#include "shared/Result.h"

#include <QList>
#include <QSet>

#include <optional>

namespace mente::box {

class Database;

// Device and port rows (F6), and their only writer: discovery and scans write facts here, the
// monitor its check results and states, the API what an operator may edit (names, memos, URLs,
// monitor switches, protocols).
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

    // The monitor's columns (F7), which both tables have: a device's alive check, a port's
    // protocol check.
    enum class Table { Devices, Ports };
    std::optional<HealthState> checkedState(Table table, qint64 id) const;
    // A change of state: clears the acknowledgement. not_found when the row was removed.
    Status setCheckedState(Table table, qint64 id, HealthState state, bool flapping, const QString &cause,
                           const QDateTime &at);
    struct CheckFigures
    {
        QDateTime at;
        std::optional<int> latencyMs; // none when the check failed
        QString cause;                // empty when it succeeded
        QString method;
    };
    Status saveCheck(Table table, qint64 id, const CheckFigures &figures);
    struct CheckRow
    {
        Table table = Table::Devices;
        qint64 id = 0;
        CheckFigures figures;
    };
    // Many at once (the monitor's batch each second): one statement per table, parsed once.
    // Call inside a transaction.
    Status saveChecks(const QList<CheckRow> &rows);
    Status setAcknowledged(Table table, qint64 id, bool acknowledged);

    struct Seen
    {
        qint64 deviceId = 0;
        bool isNew = false;     // a row was added
        bool newDevice = false; // a MAC this box never saw (or, without a MAC, an address): marked new
        bool wasGone = false;
        QString movedFrom; // the row's old address when a known MAC answered at another one
    };
    // Discovery (F5): a device answered: new row, or its facts and last-seen time refreshed
    // (empty facts keep what was known) and its missed sweeps reset. A known MAC at a new address
    // keeps its row when its old address is not among aliveIps (the device moved); when it is,
    // the second address is a row of its own but not a new device. A new device's row is marked
    // is_new until someone clears it (clearNew).
    Result<Seen> seen(const QString &ip, const QString &mac, const QString &hostname, const QString &vendor,
                      const QDateTime &now, const QSet<QString> &aliveIps = {});
    // Clears the new mark of these devices (all of them when ids is empty); returns how many.
    Result<int> clearNew(const QList<qint64> &ids);
    struct Gone
    {
        qint64 deviceId = 0;
        QString ip;
    };
    // Devices of the swept addresses that did not answer: one more missed sweep; those reaching
    // goneAfter are marked gone and returned. Devices are never deleted here.
    Result<QList<Gone>> missed(const QSet<QString> &sweptIps, const QSet<QString> &seenIps, int goneAfter);
    // After a restart: devices a cut-off scan left "scanning" are unknown again.
    Status resetScanning();

    struct Summary
    {
        int deviceCount = 0;                      // devices not gone
        int monitoredCount = 0;                   // monitored devices + monitored ports
        HealthState state = HealthState::Unknown; // fault when any monitored target is
    };
    // Kept until the database changes (GET /status asks for it on every poll).
    Summary summary() const;

    // Grows with every write of rows or of what an operator, discovery or a scan sets; not with
    // the monitor's own check results and states (setCheckedState, saveCheck(s), setAcknowledged).
    // The monitor re-reads its targets only when it moved.
    quint64 revision() const { return m_revision; }

private:
    Summary countSummary() const;

    Database &m_db;
    // The summary and the database's change count it was counted at: SQLite's total_changes()
    // of this connection and data_version (commits of other connections).
    struct CachedSummary
    {
        qint64 changes = -1;
        qint64 dataVersion = -1;
        Summary summary;
    };
    mutable CachedSummary m_summary;
    quint64 m_revision = 0;
};

} // namespace mente::box
