// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/StateText.h"

#include <QCoreApplication>

namespace mente::console {

QString stateLabel(HealthState state)
{
    switch (state) {
    case HealthState::Ok: return QCoreApplication::translate("mente::console::State", "OK");
    case HealthState::Fault: return QCoreApplication::translate("mente::console::State", "Fault");
    case HealthState::Scanning: return QCoreApplication::translate("mente::console::State", "Scanning");
    case HealthState::Unknown: break;
    }
    return QStringLiteral("--");
}

QColor stateColor(HealthState state)
{
    switch (state) {
    case HealthState::Ok: return QColor(0x2e, 0x7d, 0x32);
    case HealthState::Fault: return QColor(0xc6, 0x28, 0x28);
    case HealthState::Scanning: return QColor(0x15, 0x65, 0xc0);
    case HealthState::Unknown: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString noticeKindLabel(Notice::Kind kind)
{
    switch (kind) {
    case Notice::Kind::Box: return QCoreApplication::translate("mente::console::State", "Box");
    case Notice::Kind::Vpn: return QCoreApplication::translate("mente::console::State", "VPN");
    case Notice::Kind::Device: return QCoreApplication::translate("mente::console::State", "Device");
    case Notice::Kind::Port: return QCoreApplication::translate("mente::console::State", "Port");
    case Notice::Kind::NewDevice: return QCoreApplication::translate("mente::console::State", "New device");
    }
    return {};
}

} // namespace mente::console
