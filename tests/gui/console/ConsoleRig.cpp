// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleRig.h"

#include "GuiHelpers.h"
#include "store/ConsoleSettings.h"
#include "store/LinkTimings.h"
#include "ui/AddBoxDialog.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/MainWindow.h"
#include "ui/TrustDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace mente::test {

using namespace mente::console;

bool ConsoleRig::start()
{
    QHash<QString, QString> kept; // a restart keeps the secrets, as the OS keychain would
    if (vault)
        for (const QString &key : vault->keys())
            kept.insert(key, vault->peek(key));
    vault = nullptr;
    app.reset();
    auto settings = std::make_unique<ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(dir.path() + QStringLiteral("/console.sqlite"));
    LinkTimings t;
    t.statusIntervalMs = 500;
    t.pollIntervalMs = 300;
    t.reachabilityCheckMs = 200;
    t.faultAfterS = 3;
    settings->setTimings(t);
    settings->setLanguage(QStringLiteral("en"));
    auto fake = std::make_unique<FakeVault>();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        fake->put(it.key(), it.value());
    vault = fake.get();
    app = std::make_unique<ConsoleApplication>(std::move(settings), std::move(fake));
    QString error;
    if (!app->start(&error))
        return false;
    app->window()->show();
    return true;
}

qint64 enrol(ConsoleRig &rig, const BoxProcess &box, const QString &login, const QString &password, bool forcedChange)
{
    rig.app->window()->addBox();
    auto *dialog = waitForWidget<AddBoxDialog>(QStringLiteral("addBoxDialog"));
    EXPECT_NE(dialog, nullptr);
    if (!dialog)
        return 0;
    dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(box.apiUrl());
    dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(login);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    auto *trust = waitForWidget<TrustDialog>(QStringLiteral("trustDialog"));
    EXPECT_NE(trust, nullptr) << dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().toStdString();
    if (!trust)
        return 0;
    // The fingerprint shown is the one the box printed, in the same form.
    EXPECT_EQ(trust->findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text(), box.fingerprint());
    QSignalSpy added(dialog, &AddBoxDialog::boxAdded);
    trust->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
    if (!forcedChange)
        return added.wait(20000) ? added.first().first().toLongLong() : 0;

    auto *change = waitForWidget<ChangePasswordDialog>(QStringLiteral("changePasswordDialog"));
    EXPECT_NE(change, nullptr);
    if (!change)
        return 0;
    // A weak password is refused in the dialog, before anything is sent.
    change->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("admin"));
    change->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(QStringLiteral("admin"));
    change->accept();
    EXPECT_TRUE(change->isVisible());
    EXPECT_FALSE(change->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    change->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(NewPassword);
    change->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(NewPassword);
    change->accept();
    if (!added.wait(20000))
        return 0;
    return added.first().first().toLongLong();
}

QJsonObject portOnBox(HttpsClient &https, qint64 portId)
{
    for (const QJsonValue &d : https.get(QStringLiteral("/api/v1/devices")).jsonArray())
        for (const QJsonValue &p : d.toObject().value(QStringLiteral("ports")).toArray())
            if (p.toObject().value(QStringLiteral("id")).toInteger() == portId)
                return p.toObject();
    return {};
}

} // namespace mente::test
