// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The operating-system calls of the remote-session code (launch/, askpass/), one file per platform
// (OsSupport_posix.cpp, OsSupport_windows.cpp), so nothing outside platform/ needs a POSIX header.
namespace mente::console::platform {

bool isWindows();
// "mente-askpass" → "mente-askpass.exe" on Windows.
QString executableName(const QString &base);

// Lets the kernel notice a dead link on a connected TCP socket: keep-alive probes after about
// deadLinkS / 2 idle seconds, and a bound of deadLinkS on unacknowledged data where the system has one.
void detectDeadLinks(qintptr socket, int deadLinkS);

// A named pipe only this user may open (0600); false where the platform has none (Windows).
bool makeOwnerOnlyFifo(const QString &path);
// Writes data to the FIFO once a reader has it open: true when all was written, false while no
// reader is there yet (or on an error).
bool writeFifoIfRead(const QString &path, const QByteArray &data);

// Every box link holds a socket or two, and a console watching 1,000 boxes needs more open files
// than a desktop session's usual soft limit (1,024): raises the soft limit to the hard one. Returns
// the soft limit in force afterwards (-1: unlimited, or no such limit on this platform).
long long raiseOpenFileLimit();

// Asks on the controlling terminal (input hidden when secret); false when there is none.
bool askTerminal(const QByteArray &prompt, bool secret, QByteArray *answer);

} // namespace mente::console::platform
