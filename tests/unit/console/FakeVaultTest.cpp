// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeVault.h"

#include <QObject>
#include <QTest>

#include <gtest/gtest.h>

using namespace mente::console;

TEST(FakeVault, AnswersLaterLikeAKeychainAndDropsAnswersForDeadContexts)
{
    FakeVault vault;
    QObject context;
    bool written = false;
    vault.write(QStringLiteral("k"), QStringLiteral("secret"), &context,
                [&](const mente::Status &s) { written = s.ok(); });
    EXPECT_FALSE(written); // asynchronous
    ASSERT_TRUE(QTest::qWaitFor([&]() { return written; }, 1000));
    QString read;
    vault.read(QStringLiteral("k"), &context, [&](const mente::Result<QString> &r) { read = r.value(); });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !read.isEmpty(); }, 1000));
    EXPECT_EQ(read, QStringLiteral("secret"));

    bool called = false;
    {
        QObject shortLived;
        vault.read(QStringLiteral("k"), &shortLived, [&](const mente::Result<QString> &) { called = true; });
    }
    QTest::qWait(20);
    EXPECT_FALSE(called);
}
