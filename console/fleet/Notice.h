// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/HealthState.h"

#include <QDateTime>
#include <QString>

namespace mente::console {

// A change worth telling a person about: something of a box went into fault or recovered, or
// discovery found a device never seen on the box's LAN (NewDevice: from and to stay unknown).
struct Notice
{
    enum class Kind { Box, Vpn, Device, Port, NewDevice };

    qint64 boxId = 0;
    Kind kind = Kind::Box;
    qint64 targetId = 0; // device or port id; 0 for the box and its VPN
    HealthState from = HealthState::Unknown;
    HealthState to = HealthState::Unknown;
    QDateTime at;
    QString cause;      // the box's word for the change ("refused", "flapping", ...): fleet/CauseText
    QString checkCause; // device and port: why the last check failed, when the box says so
    // Device and port: what the box's event names (TargetStateDetail); empty for an event
    // without it (then only targetId says which).
    QString ip;       // the device's address
    QString name;     // the device's name, may be empty
    int port = 0;     // ports only
    QString protocol; // ports only: "HTTPS", "SSH", ...
    QString address; // NewDevice: its IP and MAC address
    QString vendor;  // NewDevice: the MAC's vendor, when known

    bool isFault() const { return to == HealthState::Fault; }
    bool isRecovery() const { return from == HealthState::Fault && to == HealthState::Ok; }
};

} // namespace mente::console
