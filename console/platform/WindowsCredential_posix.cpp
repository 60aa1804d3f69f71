// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/WindowsCredential.h"

#include <QCoreApplication>

namespace mente::console::platform {

bool addTerminalServerCredential(const QString &, const QString &, const QString &, QString *error)
{
    *error = QCoreApplication::translate("mente::console::platform", "Windows credentials exist only on Windows.");
    return false;
}

void removeTerminalServerCredential(const QString &) {}

} // namespace mente::console::platform
