// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::console {

// Words for a person for the cause a box gives a state change or a failed check ("refused",
// "timeout", "http 503", "flapping", ...: box-service/monitor), in the console's language. A
// cause this console does not know is shown as the box wrote it.
QString causeText(const QString &cause);

} // namespace mente::console
