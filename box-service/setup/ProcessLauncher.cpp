// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ProcessLauncher.h"

#include <QLoggingCategory>
#include <QProcess>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

namespace {
Error commandError(const QString &commandLine, const QString &why)
{
    return Error{QStringLiteral("command_failed"), QStringLiteral("\"%1\" failed: %2").arg(commandLine, why), {}};
}
} // namespace

Status SystemProcessLauncher::run(const QString &commandLine, int timeoutMs)
{
    const QStringList argv = QProcess::splitCommand(commandLine);
    if (argv.isEmpty())
        return commandError(commandLine, QStringLiteral("the command is empty"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(timeoutMs))
        return commandError(commandLine, process.errorString());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return commandError(commandLine, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed().left(400);
    qCInfo(lcSetup) << "ran" << commandLine << "exit" << process.exitCode();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return commandError(commandLine, QStringLiteral("exit code %1%2")
                                             .arg(process.exitCode())
                                             .arg(output.isEmpty() ? QString() : QStringLiteral(": ") + output));
    return success();
}

Result<QString> SystemProcessLauncher::capture(const QStringList &argv, int timeoutMs)
{
    const QString commandLine = argv.join(QLatin1Char(' '));
    if (argv.isEmpty())
        return commandError(commandLine, QStringLiteral("the command is empty"));
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(timeoutMs))
        return commandError(commandLine, process.errorString());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return commandError(commandLine, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return commandError(commandLine,
                            QStringLiteral("exit code %1: %2")
                                .arg(process.exitCode())
                                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(400)));
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

Status SystemProcessLauncher::startDetached(const QString &commandLine)
{
    const QStringList argv = QProcess::splitCommand(commandLine);
    if (argv.isEmpty())
        return commandError(commandLine, QStringLiteral("the command is empty"));
    qCInfo(lcSetup) << "starting" << commandLine;
    if (!QProcess::startDetached(argv.first(), argv.mid(1)))
        return commandError(commandLine, QStringLiteral("it could not be started"));
    return success();
}

} // namespace mente::box
