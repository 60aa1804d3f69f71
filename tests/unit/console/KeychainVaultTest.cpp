// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (gnome-keyring in a private D-Bus session, see
// run-with-keyring.sh), the backend QtKeychain uses on Linux.
#include "store/KeychainVault.h"

#include <QObject>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace mente::console;

TEST(KeychainVault, WritesReadsAndRemovesASecret)
{
    KeychainVault vault(QStringLiteral("mente-console-test"));
    QObject context;
    const QString key = QStringLiteral("box-1/password-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<mente::Status> written;
    vault.write(key, QStringLiteral("パスワード-1"), &context, [&](const mente::Status &s) { written = s; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return written.has_value(); }, 20000));
    ASSERT_TRUE(written->ok()) << written->error().message.toStdString();

    std::optional<mente::Result<QString>> read;
    vault.read(key, &context, [&](const mente::Result<QString> &r) { read = r; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return read.has_value(); }, 20000));
    ASSERT_TRUE(read->ok()) << read->error().message.toStdString();
    EXPECT_EQ(read->value(), QStringLiteral("パスワード-1"));

    std::optional<mente::Status> removed;
    vault.remove(key, &context, [&](const mente::Status &s) { removed = s; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return removed.has_value(); }, 20000));
    EXPECT_TRUE(removed->ok());

    std::optional<mente::Result<QString>> again;
    vault.read(key, &context, [&](const mente::Result<QString> &r) { again = r; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return again.has_value(); }, 20000));
    ASSERT_FALSE(again->ok());
    EXPECT_EQ(again->error().code, QStringLiteral("not_found"));
}
