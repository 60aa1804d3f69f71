// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/CommandBuilder.h"

#include <QProcess>

namespace mente::console {

QStringList CommandBuilder::expand(const QString &argumentTemplate, const SessionTarget &target)
{
    QStringList words;
    const QStringList tokens = QProcess::splitCommand(argumentTemplate);
    for (QString word : tokens) {
        if (target.user.isEmpty() && word.contains(QLatin1String("{user}"))) {
            if (!word.contains(QLatin1String("{user}@")))
                continue; // "/u:{user}", "/user={user}": no user, no option
            word.remove(QLatin1String("{user}@"));
        }
        word.replace(QLatin1String("{url}"), target.url());
        word.replace(QLatin1String("{host}"), target.host);
        word.replace(QLatin1String("{port}"), QString::number(target.port));
        word.replace(QLatin1String("{user}"), target.user);
        word.replace(QLatin1String("{device}"), target.device.isEmpty() ? target.host : target.device);
        words << word;
    }
    return words;
}

QStringList CommandBuilder::channelArguments(PasswordChannel channel, const QString &passwordFile)
{
    switch (channel) {
    case PasswordChannel::Stdin: return {QStringLiteral("/from-stdin")};
    case PasswordChannel::VncPasswordFile:
        return passwordFile.isEmpty() ? QStringList() : QStringList{QStringLiteral("-passwd"), passwordFile};
    default: return {};
    }
}

LaunchPlan CommandBuilder::build(const LaunchProfile &profile, const SessionTarget &target, const Tools &tools)
{
    LaunchPlan plan;
    plan.channel = tools.hasPassword ? profile.channel : PasswordChannel::None;
    plan.passwordFile = plan.channel == PasswordChannel::VncPasswordFile ? tools.passwordFile : QString();
    QStringList command{tools.program};
    command << channelArguments(plan.channel, plan.passwordFile) << expand(profile.arguments, target);
    if (plan.channel == PasswordChannel::Askpass) {
        plan.environment.insert(QStringLiteral("SSH_ASKPASS"), tools.askpassHelper);
        plan.environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        plan.environment.insert(QStringLiteral("MENTE_ASKPASS_SOCKET"), tools.askpassSocket);
    }
    if (profile.terminal && !tools.terminal.isEmpty())
        command = tools.terminal + command;
    plan.program = command.takeFirst();
    plan.arguments = command;
    return plan;
}

} // namespace mente::console
