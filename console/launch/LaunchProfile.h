// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace mente::console {

// How a program is given the device login's password (F12: never on its command line).
enum class PasswordChannel {
    None,              // the program asks for it itself
    Askpass,           // OpenSSH: SSH_ASKPASS=mente-askpass, the secret over a one-shot local socket
    Stdin,             // FreeRDP /from-stdin: written to the program's standard input
    VncPasswordFile,   // TigerVNC -passwd: a 0600 file (a FIFO on Linux) gone once read
    WindowsCredential, // mstsc: a temporary TERMSRV/host credential, removed when mstsc ends
    Clipboard,         // no safe channel: the clipboard, cleared after 30 s, and the operator is told
};

QString passwordChannelName(PasswordChannel channel); // wire/settings name: "askpass", …
PasswordChannel passwordChannelFromName(const QString &name);

// One protocol's program, its argument template ({host} {port} {user} {url} {device}) and its
// password channel. Defaults per platform come from DefaultProfiles; Settings can change them.
struct LaunchProfile
{
    QString protocol; // "SSH", "TELNET", "RDP", "VNC", "HTTP", "HTTPS"
    QString program;  // a name looked up on PATH and the usual install folders, or a full path
    QString arguments;
    PasswordChannel channel = PasswordChannel::None;
    bool terminal = false; // run inside the desktop's terminal emulator (Linux ssh, telnet)
    QString installHint;   // what to install when the program is missing (already translated)

    bool operator==(const LaunchProfile &other) const = default;

    void save(QSettings &settings) const; // under the current group
    static LaunchProfile load(QSettings &settings, const LaunchProfile &fallback);
};

} // namespace mente::console
