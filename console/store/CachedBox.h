// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Box.h"
#include "store/BoxRecord.h"

#include <QDateTime>

namespace mente::console {

// What the console remembers of a box between runs: its record, the last status it gave, when
// it last answered, the last event seen and the local acknowledgement / mute.
struct CachedBox
{
    BoxRecord record;
    BoxStatus status;
    bool hasStatus = false;
    QDateTime lastContact;
    qint64 lastSeq = 0;
    QDateTime mutedUntil;
    bool acknowledged = false;
};

} // namespace mente::console
