// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/ProcessLauncher.h"

#include <QList>

namespace mente::test {

// Records what the console would start instead of starting it; finish() plays the program's end.
class RecordingLauncher final : public console::ProcessLauncher
{
public:
    struct Started
    {
        console::LaunchPlan plan;
        QByteArray stdinData;
        Finished finished;
    };

    bool start(const console::LaunchPlan &plan, const QByteArray &stdinData, QObject *, Finished finished,
               QString *error) override
    {
        if (!error)
            return false;
        started.append({plan, stdinData, std::move(finished)});
        return true;
    }
    void finish(int index, int code = 0)
    {
        if (started.at(index).finished)
            started.at(index).finished(code);
    }

    QList<Started> started;
};

} // namespace mente::test
