// SPDX-License-Identifier: GPL-3.0-or-later
// BoxClient against the real box: pinning, 428, re-login on 401.
#include "api/BoxClient.h"

#include "shared/ApiPaths.h"
#include "support/FakeVault.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;
using mente::test::BoxProcess;

namespace {
const QString NewPassword = QStringLiteral("Kanri-2026-secure");

ApiReply callAndWait(BoxClient &client, const QByteArray &method, const QString &path, const QJsonValue &body = {})
{
    std::optional<ApiReply> reply;
    QObject context;
    client.call(method, path, body, &context, [&](const ApiReply &r) { reply = r; });
    (void)QTest::qWaitFor([&]() { return reply.has_value(); }, 20000);
    return reply.value_or(ApiReply{});
}

BoxRecord recordFor(const BoxProcess &box, qint64 id = 1)
{
    BoxRecord r;
    r.id = id;
    r.url = box.apiUrl();
    r.login = QStringLiteral("admin");
    r.fingerprint = box.fingerprint();
    return r;
}
} // namespace

TEST(BoxClient, ForcedPasswordChangeThenReloginWhenTheTokenIsRefused)
{
    BoxProcess box;
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    QNetworkAccessManager nam;
    FakeVault vault;
    const BoxRecord record = recordFor(box);
    vault.put(record.passwordKey(), QStringLiteral("admin"));
    BoxClient client(&nam, &vault, record);
    QSignalSpy mustChange(&client, &BoxClient::passwordChangeRequired);

    // A new box answers 428 to everything until the default password is changed.
    ApiReply status = callAndWait(client, "GET", api::Status);
    EXPECT_EQ(status.status, 428);
    EXPECT_GE(mustChange.size(), 1);
    EXPECT_TRUE(client.mustChangePassword());

    std::optional<ApiReply> changed;
    QObject context;
    client.changePassword(QStringLiteral("admin"), NewPassword, &context, [&](const ApiReply &r) { changed = r; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return changed.has_value(); }, 20000));
    ASSERT_TRUE(changed->ok()) << changed->body.toStdString();
    EXPECT_EQ(vault.peek(record.passwordKey()), NewPassword);
    EXPECT_FALSE(client.mustChangePassword());

    status = callAndWait(client, "GET", api::Status);
    ASSERT_EQ(status.status, 200) << status.body.toStdString();
    EXPECT_FALSE(status.object().value(QStringLiteral("serial")).toString().isEmpty());
    EXPECT_TRUE(client.isAdmin());

    // A token the box no longer accepts: the client logs in again with the stored password.
    client.forgetSession();
    vault.put(record.tokenKey(),
              QStringLiteral(R"({"token":"not-a-token","operator":{"id":1,"login":"admin","admin":true}})"));
    BoxClient fresh(&nam, &vault, record);
    status = callAndWait(fresh, "GET", api::Status);
    EXPECT_EQ(status.status, 200) << status.body.toStdString();
    EXPECT_NE(vault.peek(record.tokenKey()),
              QStringLiteral(R"({"token":"not-a-token","operator":{"id":1,"login":"admin","admin":true}})"));
}

TEST(BoxClient, RefusesABoxWhoseCertificateIsNotThePinnedOne)
{
    BoxProcess box;
    BoxProcess other;
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    ASSERT_TRUE(other.start()) << other.output().toStdString();
    ASSERT_NE(box.fingerprint(), other.fingerprint());
    QNetworkAccessManager nam;
    FakeVault vault;
    BoxRecord record = recordFor(box);
    record.url = other.apiUrl(); // same pin, different certificate behind the address
    vault.put(record.passwordKey(), QStringLiteral("admin"));
    BoxClient client(&nam, &vault, record);
    QSignalSpy refused(&client, &BoxClient::certificateRefused);
    QSignalSpy answered(&client, &BoxClient::answered);
    const ApiReply r = callAndWait(client, "GET", api::Status);
    EXPECT_EQ(r.status, 0);
    ASSERT_GE(refused.size(), 1);
    EXPECT_EQ(refused.first().first().toString(), other.fingerprint());
    EXPECT_EQ(r.error().code, QStringLiteral("certificate"));
    EXPECT_EQ(answered.size(), 0); // not a single request reached the impostor's API
}
