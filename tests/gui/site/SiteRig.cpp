// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteRig.h"

#include "store/ConsoleSettings.h"
#include "fleet/Fleet.h"
#include "fleet/PresetEnrolment.h"
#include "support/FakeVault.h"
#include "support/HttpsClient.h"
#include "ui/MainWindow.h"

#include <QTest>

#include <optional>

namespace mente::test {

const QString &SiteRig::adminPassword()
{
    static const QString password = QStringLiteral("Nihongo-2026-box");
    return password;
}

bool SiteRig::start(const QString &language, const QString &boxConfig, QString *error)
{
    box.setConfig(boxConfig);
    if (!box.start()) {
        *error = box.output();
        return false;
    }
    HttpsClient https(box.apiUrl(), box.fingerprint());
    if (https.login(QStringLiteral("admin"), QStringLiteral("admin")).status != 200
        || https.post(QStringLiteral("/api/v1/session/password"),
                      {{QStringLiteral("current"), QStringLiteral("admin")}, {QStringLiteral("new"), adminPassword()}})
                   .status
               != 204) {
        *error = QStringLiteral("cannot change the admin password");
        return false;
    }
    auto settings = std::make_unique<console::ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(dir.path() + QStringLiteral("/console.sqlite"));
    settings->setLanguage(language);
    app = std::make_unique<console::ConsoleApplication>(std::move(settings), std::make_unique<console::FakeVault>());
    if (!app->start(error))
        return false;
    app->window()->show();
    console::PresetEnrolment enrolment(app->controller());
    std::optional<Status> status;
    QObject::connect(&enrolment, &console::PresetEnrolment::finished, [&status](const Status &s) { status = s; });
    enrolment.start(box.apiUrl(), QStringLiteral("admin"), adminPassword(), box.fingerprint());
    if (!QTest::qWaitFor([&]() { return status.has_value(); }, 20000) || !status->ok()) {
        *error = status ? status->error().message : QStringLiteral("the enrolment did not finish");
        return false;
    }
    boxId = enrolment.boxId();
    return boxId > 0 && app->fleet()->find(boxId);
}

} // namespace mente::test
