// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/DiscoveryRun.h"
#include "shared/Result.h"

#include <QList>
#include <QSet>

#include <optional>

namespace mente::box {

class Database;

// What discovery writes: the discovery_runs table, and the facts of devices (MAC, host name,
// vendor, first/last seen, missed sweeps, gone). Devices are never deleted here.
class DiscoveryStore
{
public:
    explicit DiscoveryStore(Database &db) : m_db(db) {}

    Result<qint64> insertRun(const DiscoveryRun &run);
    Status finishRun(const DiscoveryRun &run);
    std::optional<DiscoveryRun> latestRun() const;
    Status failInterrupted(const QDateTime &now);

    struct Seen
    {
        qint64 deviceId = 0;
        bool isNew = false;     // a row was added
        bool newDevice = false; // a MAC this box never saw (or, without a MAC, an address): marked new
        bool wasGone = false;
        QString movedFrom; // the row's old address when a known MAC answered at another one
    };
    // A device answered: new row, or its facts and last-seen time refreshed (empty facts keep
    // what was known) and its missed sweeps reset. A known MAC at a new address keeps its row
    // when its old address is not among aliveIps (the device moved); when it is, the second
    // address is a row of its own but not a new device. A new device's row is marked is_new
    // until someone clears it (clearNew).
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
    // goneAfter are marked gone and returned.
    Result<QList<Gone>> missed(const QSet<QString> &sweptIps, const QSet<QString> &seenIps, int goneAfter);

private:
    Database &m_db;
};

} // namespace mente::box
