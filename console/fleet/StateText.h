// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/Notice.h"
#include "shared/HealthState.h"

#include <QColor>
#include <QString>

namespace mente::console {

// How states look everywhere in the console: 正常 / 異常 / -- / スキャン中 and their colours.
QString stateLabel(HealthState state);
QColor stateColor(HealthState state);
QString noticeKindLabel(Notice::Kind kind);

} // namespace mente::console
