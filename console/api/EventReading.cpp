// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventReading.h"

namespace mente::console {

Result<ScanState> scanStateOf(const Event &event)
{
    if (event.to == QLatin1String("running"))
        return ScanState::Running;
    if (event.to == QLatin1String("done"))
        return ScanState::Done;
    if (event.to == QLatin1String("failed"))
        return ScanState::Failed;
    return Error::validation(QStringLiteral("to"), QStringLiteral("is no scan state"));
}

} // namespace mente::console
