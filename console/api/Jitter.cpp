// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Jitter.h"

#include <QRandomGenerator>

namespace mente::console {

int withJitter(int ms)
{
    if (ms <= 1)
        return ms;
    const int half = ms / 2;
    return half + int(QRandomGenerator::global()->bounded(ms - half + 1));
}

int firstPeriod(int ms)
{
    return ms <= 1 ? ms : 1 + int(QRandomGenerator::global()->bounded(ms));
}

} // namespace mente::console
