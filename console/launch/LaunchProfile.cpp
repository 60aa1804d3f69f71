// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/LaunchProfile.h"

#include <QSettings>

namespace mente::console {

namespace {
struct ChannelName
{
    PasswordChannel channel;
    const char *name;
};
constexpr ChannelName Names[] = {
    {PasswordChannel::None, "none"},
    {PasswordChannel::Askpass, "askpass"},
    {PasswordChannel::Stdin, "stdin"},
    {PasswordChannel::VncPasswordFile, "vnc-password-file"},
    {PasswordChannel::WindowsCredential, "windows-credential"},
    {PasswordChannel::Clipboard, "clipboard"},
};
} // namespace

QString passwordChannelName(PasswordChannel channel)
{
    for (const ChannelName &n : Names)
        if (n.channel == channel)
            return QString::fromLatin1(n.name);
    return QStringLiteral("none");
}

PasswordChannel passwordChannelFromName(const QString &name)
{
    for (const ChannelName &n : Names)
        if (name == QLatin1String(n.name))
            return n.channel;
    return PasswordChannel::Clipboard; // unknown: the one channel that always works, and says so
}

void LaunchProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("program"), program);
    settings.setValue(QStringLiteral("arguments"), arguments);
    settings.setValue(QStringLiteral("password"), passwordChannelName(channel));
    settings.setValue(QStringLiteral("terminal"), terminal);
}

LaunchProfile LaunchProfile::load(QSettings &settings, const LaunchProfile &fallback)
{
    LaunchProfile p = fallback;
    p.program = settings.value(QStringLiteral("program"), fallback.program).toString();
    p.arguments = settings.value(QStringLiteral("arguments"), fallback.arguments).toString();
    if (settings.contains(QStringLiteral("password")))
        p.channel = passwordChannelFromName(settings.value(QStringLiteral("password")).toString());
    p.terminal = settings.value(QStringLiteral("terminal"), fallback.terminal).toBool();
    return p;
}

} // namespace mente::console
