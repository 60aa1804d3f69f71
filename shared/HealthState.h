// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace mente {

// 正常 ok, 異常 fault, -- unknown (not monitored or no result yet), スキャン中 scanning.
enum class HealthState { Unknown, Ok, Fault, Scanning };

QString toWire(HealthState state);
std::optional<HealthState> healthStateFromWire(const QString &text);
// The worse of two states, for rolling many targets up into one: fault > ok > unknown.
HealthState worse(HealthState a, HealthState b);

} // namespace mente
