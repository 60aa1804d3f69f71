// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/DefaultProfiles.h"

#include "platform/OsSupport.h"

#include <QProcessEnvironment>

namespace mente::console {

HostPlatform DefaultProfiles::current()
{
    return platform::isWindows() ? HostPlatform::Windows : HostPlatform::Linux;
}

QStringList DefaultProfiles::protocols()
{
    return {QStringLiteral("SSH"), QStringLiteral("TELNET"), QStringLiteral("RDP"),
            QStringLiteral("VNC"), QStringLiteral("HTTP"),   QStringLiteral("HTTPS")};
}

namespace {
LaunchProfile make(const char *protocol, const char *program, const char *arguments, PasswordChannel channel,
                   bool terminal, const QString &hint)
{
    return {QString::fromLatin1(protocol),
            QString::fromLatin1(program),
            QString::fromLatin1(arguments),
            channel,
            terminal,
            hint};
}
} // namespace

QList<LaunchProfile> DefaultProfiles::forPlatform(HostPlatform platform)
{
    using C = PasswordChannel;
    if (platform == HostPlatform::Windows) {
        const QString teraterm = tr("Install Tera Term (https://teratermproject.github.io/).");
        return {
            make("SSH", "ttermpro", "{host}:{port} /ssh2 /auth=password /user={user} /ask4passwd", C::Clipboard, false,
                 teraterm),
            make("TELNET", "ttermpro", "{host}:{port} /telnet", C::Clipboard, false, teraterm),
            make("RDP", "mstsc", "/v:{host}:{port}", C::WindowsCredential, false,
                 tr("mstsc (Remote Desktop Connection) is part of Windows; turn it on under Optional features.")),
            make("VNC", "vncviewer", "{host}::{port}", C::VncPasswordFile, false,
                 tr("Install TigerVNC Viewer (https://tigervnc.org/), or RealVNC Viewer or UltraVNC.")),
            make("HTTP", "rundll32", "url.dll,FileProtocolHandler {url}", C::Clipboard, false, {}),
            make("HTTPS", "rundll32", "url.dll,FileProtocolHandler {url}", C::Clipboard, false, {}),
        };
    }
    return {
        make("SSH", "ssh", "-p {port} -o HostKeyAlias={device} {user}@{host}", C::Askpass, true,
             tr("Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client).")),
        make("TELNET", "telnet", "{host} {port}", C::Clipboard, true,
             tr("Install a telnet client (Debian/Ubuntu: apt install telnet).")),
        make("RDP", "xfreerdp", "/v:{host}:{port} /u:{user} /cert:tofu", C::Stdin, false,
             tr("Install FreeRDP (Debian/Ubuntu: apt install freerdp2-x11).")),
        make("VNC", "vncviewer", "{host}::{port}", C::VncPasswordFile, false,
             tr("Install TigerVNC Viewer (Debian/Ubuntu: apt install tigervnc-viewer).")),
        make("HTTP", "xdg-open", "{url}", C::Clipboard, false,
             tr("Install xdg-utils (Debian/Ubuntu: apt install xdg-utils).")),
        make("HTTPS", "xdg-open", "{url}", C::Clipboard, false,
             tr("Install xdg-utils (Debian/Ubuntu: apt install xdg-utils).")),
    };
}

LaunchProfile DefaultProfiles::forProtocol(const QString &protocol, HostPlatform platform)
{
    const QList<LaunchProfile> all = forPlatform(platform);
    for (const LaunchProfile &p : all)
        if (p.protocol.compare(protocol, Qt::CaseInsensitive) == 0)
            return p;
    return {};
}

QList<LaunchProfile> DefaultProfiles::alternatives(const QString &protocol, HostPlatform platform)
{
    if (platform != HostPlatform::Windows || protocol.compare(QLatin1String("VNC"), Qt::CaseInsensitive) != 0)
        return {};
    const QString hint = forProtocol(protocol, platform).installHint;
    // RealVNC and UltraVNC take no password file the console can make: the clipboard it is.
    return {make("VNC", "C:/Program Files/RealVNC/VNC Viewer/vncviewer.exe", "{host}::{port}",
                 PasswordChannel::Clipboard, false, hint),
            make("VNC", "C:/Program Files/uvnc bvba/UltraVNC/vncviewer.exe", "{host}::{port}",
                 PasswordChannel::Clipboard, false, hint)};
}

QStringList DefaultProfiles::installFolders(HostPlatform platform)
{
    if (platform == HostPlatform::Linux)
        return {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/snap/bin")};
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString programs = env.value(QStringLiteral("ProgramFiles"), QStringLiteral("C:/Program Files"));
    const QString programs86 = env.value(QStringLiteral("ProgramFiles(x86)"), QStringLiteral("C:/Program Files (x86)"));
    const QString system =
        env.value(QStringLiteral("SystemRoot"), QStringLiteral("C:/Windows")) + QStringLiteral("/System32");
    return {system,
            programs86 + QStringLiteral("/teraterm5"),
            programs + QStringLiteral("/teraterm5"),
            programs86 + QStringLiteral("/teraterm"),
            programs + QStringLiteral("/teraterm"),
            programs + QStringLiteral("/TigerVNC"),
            programs86 + QStringLiteral("/TigerVNC")};
}

} // namespace mente::console
