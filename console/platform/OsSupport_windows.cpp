// SPDX-License-Identifier: GPL-3.0-or-later
// Windows side of OsSupport (not built or run in this project's CI: docs/BUILD-WINDOWS.md).
#include "platform/OsSupport.h"

#include <winsock2.h>

namespace mente::console::platform {

bool isWindows()
{
    return true;
}

QString executableName(const QString &base)
{
    return base + QStringLiteral(".exe");
}

long long raiseOpenFileLimit()
{
    return -1; // Winsock sockets are no C runtime files: no such limit
}

void detectDeadLinks(qintptr socket, int deadLinkS)
{
    Q_UNUSED(deadLinkS);
    BOOL on = TRUE;
    setsockopt(SOCKET(socket), SOL_SOCKET, SO_KEEPALIVE, reinterpret_cast<const char *>(&on), sizeof on);
}

bool makeOwnerOnlyFifo(const QString &path)
{
    Q_UNUSED(path);
    return false;
}

bool writeFifoIfRead(const QString &path, const QByteArray &data)
{
    Q_UNUSED(path);
    Q_UNUSED(data);
    return false;
}

bool askTerminal(const QByteArray &prompt, bool secret, QByteArray *answer)
{
    Q_UNUSED(prompt);
    Q_UNUSED(secret);
    Q_UNUSED(answer);
    return false;
}

} // namespace mente::console::platform
