// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/QProcessLauncher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>

namespace mente::console {

Q_LOGGING_CATEGORY(lcLaunch, "mente.console.launch")

bool QProcessLauncher::start(const LaunchPlan &plan, const QByteArray &stdinData, QObject *context, Finished finished,
                             QString *error)
{
    auto *process = new QProcess(context);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = plan.environment.constBegin(); it != plan.environment.constEnd(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->setProgram(plan.program);
    process->setArguments(plan.arguments);
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    if (stdinData.isEmpty())
        process->setStandardInputFile(QProcess::nullDevice());
    QObject::connect(process, &QProcess::finished, context, [process, finished](int code, QProcess::ExitStatus) {
        qCInfo(lcLaunch) << "ended:" << process->program() << "exit" << code;
        process->deleteLater();
        if (finished)
            finished(code);
    });
    process->start();
    if (!process->waitForStarted(10000)) {
        *error = QCoreApplication::translate("mente::console::QProcessLauncher", "%1 did not start: %2")
                     .arg(plan.program, process->errorString());
        delete process;
        return false;
    }
    qCInfo(lcLaunch) << "started:" << plan.commandLine();
    if (!stdinData.isEmpty()) {
        process->write(stdinData);
        process->closeWriteChannel();
    }
    return true;
}

} // namespace mente::console
