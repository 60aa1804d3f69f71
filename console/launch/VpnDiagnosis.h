// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/NetworkSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mente::console {

// Seed §11 and §13 as checks: can the operator's VPN adapter carry a session to this device?
// Each check is ok or a fault with what to do, in plain words. Pure: give it a snapshot.
class VpnDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(VpnDiagnosis)
public:
    enum class CheckId { AdapterPresent, AdapterUp, AdapterAddress, NoOverlap, RouteUsesAdapter, DeviceInSubnet };
    struct Check
    {
        CheckId id;
        bool ok = false;
        bool skipped = false; // an earlier fault makes this one meaningless
        QString title;
        QString detail; // what holds, and on a fault what to do
    };

    // The SoftEther / PacketiX VPN client's usual adapter names on Linux and Windows.
    static QStringList defaultAdapterNames();

    static QList<Check> run(const platform::NetworkSnapshot &snapshot, const QStringList &adapterNames,
                            const QHostAddress &device);
    static bool usable(const QList<Check> &checks); // every check ok
    static QString checkKey(CheckId id);            // stable name for tests and object names

private:
    static const platform::NetworkSnapshot::Interface *findAdapter(const platform::NetworkSnapshot &snapshot,
                                                                   const QStringList &names);
};

} // namespace mente::console
