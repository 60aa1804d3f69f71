// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"
#include "shared/Result.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace mente::console {

class ConsoleApplication;

// mente-console --open SERIAL DEVICE-IP PORT [--via vpn|tunnel] [--print-command]: what a port
// row's Connect does, for scripts and desktop shortcuts. --print-command prints the command
// line (no secret is ever in it) and starts nothing.
class OpenCommand : public QObject
{
    Q_OBJECT
public:
    struct Arguments
    {
        QString serial;
        QString deviceIp;
        quint16 port = 0;
        std::optional<SessionPath> via;
        bool printOnly = false;
    };
    // values: SERIAL DEVICE-IP PORT; via: "" or vpn|tunnel. The error names the bad argument.
    static Result<Arguments> parse(const QStringList &values, const QString &via, bool printOnly);

    OpenCommand(ConsoleApplication *console, Arguments arguments, QObject *parent = nullptr);
    void run();

signals:
    void finished(int exitCode, const QString &output); // output: the command, or what went wrong

private:
    void fail(const QString &why) { emit finished(1, why); }

    ConsoleApplication *m_console;
    Arguments m_args;
};

} // namespace mente::console
