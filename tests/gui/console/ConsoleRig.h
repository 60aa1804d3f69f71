// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ConsoleApplication.h"
#include "support/BoxProcess.h"
#include "support/FakeVault.h"
#include "support/HttpsClient.h"

#include <QTemporaryDir>

#include <memory>

namespace mente::test {

inline const QString NewPassword = QStringLiteral("Kanri-2026-secure");

// The real console (offscreen) with its settings and database in a throwaway folder, short link
// timings, English, and a FakeVault for the secrets; start() again is a console restart.
struct ConsoleRig
{
    QTemporaryDir dir;
    console::FakeVault *vault = nullptr;
    std::unique_ptr<console::ConsoleApplication> app;

    bool start();
};

// Adds the box through the real dialogs: address, trust the fingerprint, log in as admin/admin,
// change the forced password. Returns the new box's id (0 on failure).
qint64 enrol(ConsoleRig &rig, const BoxProcess &box, const QString &login = QStringLiteral("admin"),
             const QString &password = QStringLiteral("admin"), bool forcedChange = true);

// A port as the box lists it (GET /devices), or {} when it has none with that id.
QJsonObject portOnBox(HttpsClient &https, qint64 portId);

} // namespace mente::test
