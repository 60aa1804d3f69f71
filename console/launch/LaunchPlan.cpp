// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/LaunchPlan.h"

#include "launch/SessionTarget.h"

namespace mente::console {

namespace {
QString quoted(const QString &word)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-{}");
    bool safe = !word.isEmpty();
    for (const QChar c : word)
        safe = safe && plain.contains(c);
    if (safe)
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

QString SessionTarget::url() const
{
    const QString scheme = protocol.compare(QLatin1String("HTTPS"), Qt::CaseInsensitive) == 0 ? QStringLiteral("https")
                                                                                              : QStringLiteral("http");
    QString p = path.isEmpty() ? QStringLiteral("/") : path;
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return QStringLiteral("%1://%2:%3%4").arg(scheme, host).arg(port).arg(p);
}

QString LaunchPlan::commandLine() const
{
    QStringList words;
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        words << it.key() + QLatin1Char('=') + quoted(it.value());
    words << quoted(program);
    for (const QString &a : arguments)
        words << quoted(a);
    return words.join(QLatin1Char(' '));
}

} // namespace mente::console
