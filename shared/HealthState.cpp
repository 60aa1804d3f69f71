// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/HealthState.h"

namespace mente {

QString toWire(HealthState state)
{
    switch (state) {
    case HealthState::Ok: return QStringLiteral("ok");
    case HealthState::Fault: return QStringLiteral("fault");
    case HealthState::Scanning: return QStringLiteral("scanning");
    case HealthState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<HealthState> healthStateFromWire(const QString &text)
{
    if (text == QLatin1String("ok"))
        return HealthState::Ok;
    if (text == QLatin1String("fault"))
        return HealthState::Fault;
    if (text == QLatin1String("unknown"))
        return HealthState::Unknown;
    if (text == QLatin1String("scanning"))
        return HealthState::Scanning;
    return std::nullopt;
}

HealthState worse(HealthState a, HealthState b)
{
    auto rank = [](HealthState s) {
        switch (s) {
        case HealthState::Fault: return 3;
        case HealthState::Ok: return 2;
        case HealthState::Scanning: return 1;
        case HealthState::Unknown: break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace mente
