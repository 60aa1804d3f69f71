// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::console::platform {

// A temporary "TERMSRV/host" credential for mstsc (Windows Credential Manager, this logon session
// only), removed again when mstsc ends. Elsewhere these fail with a reason.
bool addTerminalServerCredential(const QString &host, const QString &user, const QString &password, QString *error);
void removeTerminalServerCredential(const QString &host);

} // namespace mente::console::platform
