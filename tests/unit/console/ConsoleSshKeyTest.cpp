// SPDX-License-Identifier: GPL-3.0-or-later
// F12: the console's SSH key is made once, kept in the vault, and the same key comes back.
#include "launch/ConsoleSshKey.h"

#include "support/FakeVault.h"

#include <QTest>

#include <gtest/gtest.h>
#include <optional>

using namespace mente;
using namespace mente::console;

namespace {
SshKeyPair loadFrom(ConsoleSshKey &key)
{
    QObject context;
    std::optional<Result<SshKeyPair>> got;
    key.load(&context, [&](const Result<SshKeyPair> &k) { got = k; });
    (void)QTest::qWaitFor([&]() { return got.has_value(); });
    return got && got->ok() ? got->value() : SshKeyPair();
}
} // namespace

TEST(ConsoleSshKey, IsMadeAtFirstUseKeptInTheVaultAndReusedAfterARestart)
{
    FakeVault vault;
    SshKeyPair first;
    {
        ConsoleSshKey key(&vault);
        first = loadFrom(key);
    }
    ASSERT_TRUE(first.isValid());
    ASSERT_TRUE(vault.contains(ConsoleSshKey::vaultKey()));
    EXPECT_TRUE(
        vault.peek(ConsoleSshKey::vaultKey()).startsWith(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----")));
    EXPECT_TRUE(first.publicLine(QStringLiteral("c")).startsWith(QStringLiteral("ssh-ed25519 AAAA")));
    EXPECT_TRUE(first.fingerprint().startsWith(QStringLiteral("SHA256:")));

    ConsoleSshKey again(&vault); // a new console process: the same key from the vault
    const SshKeyPair second = loadFrom(again);
    EXPECT_EQ(second.fingerprint(), first.fingerprint());
    EXPECT_EQ(second.publicLine(QString()), first.publicLine(QString()));
}

TEST(ConsoleSshKey, AnUnreadableKeyInTheVaultIsReplaced)
{
    FakeVault vault;
    vault.put(ConsoleSshKey::vaultKey(), QStringLiteral("not a key"));
    ConsoleSshKey key(&vault);
    const SshKeyPair made = loadFrom(key);
    ASSERT_TRUE(made.isValid());
    EXPECT_NE(vault.peek(ConsoleSshKey::vaultKey()), QStringLiteral("not a key"));
    EXPECT_EQ(SshKeyPair::fromPrivate(vault.peek(ConsoleSshKey::vaultKey()).toUtf8()).fingerprint(),
              made.fingerprint());
}
