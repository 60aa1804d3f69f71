// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/HealthState.h"

#include <QDateTime>
#include <QString>

namespace mente::console {

// A change worth telling a person about: something of a box went into fault or recovered.
struct Notice
{
    enum class Kind { Box, Vpn, Device, Port };

    qint64 boxId = 0;
    Kind kind = Kind::Box;
    qint64 targetId = 0; // device or port id; 0 for the box and its VPN
    HealthState from = HealthState::Unknown;
    HealthState to = HealthState::Unknown;
    QDateTime at;
    QString cause;

    bool isFault() const { return to == HealthState::Fault; }
    bool isRecovery() const { return from == HealthState::Fault && to == HealthState::Ok; }
};

} // namespace mente::console
