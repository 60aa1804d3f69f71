// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ConsoleApplication.h"
#include "support/BoxProcess.h"

#include <QTemporaryDir>

#include <memory>

namespace mente::test {

// A real box (admin password changed) and the real console (FakeVault, offscreen) that added it
// through PresetEnrolment, in the language asked for.
struct SiteRig
{
    QTemporaryDir dir;
    BoxProcess box;
    std::unique_ptr<console::ConsoleApplication> app;
    qint64 boxId = 0;

    // Fills error on failure.
    bool start(const QString &language, const QString &boxConfig, QString *error);
    static const QString &adminPassword();
};

} // namespace mente::test
