// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace mente::box {

// A stretch of time, [from, to): the box's runs and gaps (store), a report's counted spans.
struct TimeSpan
{
    QDateTime from;
    QDateTime to; // exclusive
};

} // namespace mente::box
