// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories that keep what they read (sessions, operators, meta values: read on every
// API request): each write is seen by the next read, and a write rolled back is not.
#include "StoreFixture.h"
#include "store/MetaStore.h"
#include "store/OperatorStore.h"
#include "store/SessionStore.h"

using namespace mente;
using namespace mente::box;

namespace {
const Error kRollBack{QStringLiteral("internal"), QStringLiteral("rolled back"), {}};

Operator operatorNamed(const QString &login)
{
    Operator op;
    op.login = op.name = login;
    op.email = login + QStringLiteral("@example.jp");
    op.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    return op;
}
} // namespace

class ReadCaches : public StoreFixture
{
protected:
    Status rolledBack(const std::function<void()> &work)
    {
        return db().transaction([&]() -> Status {
            work();
            return kRollBack;
        });
    }
};

TEST_F(ReadCaches, ASessionIsFoundOnceInsertedAndGoneOnceRemovedExpiredOrRolledBack)
{
    OperatorStore operators(db());
    const auto inserted = operators.insert(operatorNamed(QStringLiteral("yamada")), QStringLiteral("hash"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
    const qint64 id = inserted.value();
    SessionStore sessions(db());
    const StoredSession a{QStringLiteral("a"), id, at(60)};
    const StoredSession b{QStringLiteral("b"), id, at(5)};

    EXPECT_FALSE(sessions.find(a.tokenHash)); // not there yet: that answer is kept too
    ASSERT_TRUE(sessions.insert(a, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(sessions.find(a.tokenHash));
    EXPECT_EQ(sessions.find(a.tokenHash)->operatorId, id);
    ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(sessions.find(b.tokenHash));

    ASSERT_TRUE(sessions.removeExpired(at(10)).ok());
    EXPECT_FALSE(sessions.find(b.tokenHash));
    ASSERT_TRUE(sessions.removeForOperator(id, a.tokenHash).ok());
    EXPECT_TRUE(sessions.find(a.tokenHash)); // the one kept
    ASSERT_TRUE(sessions.removeForOperator(id).ok());
    EXPECT_FALSE(sessions.find(a.tokenHash));

    EXPECT_FALSE(rolledBack([&] {
                     ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
                     EXPECT_TRUE(sessions.find(b.tokenHash)); // inside: seen
                 }).ok());
    EXPECT_FALSE(sessions.find(b.tokenHash));
    ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(sessions.remove(b.tokenHash).ok());
    EXPECT_FALSE(sessions.find(b.tokenHash));
}

TEST_F(ReadCaches, AnOperatorReadByIdShowsEveryChangeOnceMadeAndNoneRolledBack)
{
    OperatorStore operators(db());
    const auto inserted = operators.insert(operatorNamed(QStringLiteral("suzuki")), QStringLiteral("hash-1"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
    const qint64 id = inserted.value();
    EXPECT_FALSE(operators.byId(id + 1));
    ASSERT_TRUE(operators.byId(id));
    EXPECT_TRUE(operators.byId(id)->op.enabled);

    Operator changed = operators.byId(id)->op;
    changed.enabled = false;
    ASSERT_TRUE(operators.update(changed).ok());
    EXPECT_FALSE(operators.byId(id)->op.enabled);
    ASSERT_TRUE(operators.setPassword(id, QStringLiteral("hash-2"), true).ok());
    EXPECT_EQ(operators.byId(id)->passwordHash, QStringLiteral("hash-2"));
    EXPECT_TRUE(operators.byId(id)->op.mustChangePassword);

    EXPECT_FALSE(rolledBack([&] {
                     ASSERT_TRUE(operators.setPassword(id, QStringLiteral("hash-3"), false).ok());
                     EXPECT_EQ(operators.byId(id)->passwordHash, QStringLiteral("hash-3"));
                 }).ok());
    EXPECT_EQ(operators.byId(id)->passwordHash, QStringLiteral("hash-2"));

    ASSERT_TRUE(operators.markRemoved(id, at(1)).ok());
    EXPECT_TRUE(operators.byId(id)->op.removed());
    const qint64 next = operators.insert(operatorNamed(QStringLiteral("sato")), QStringLiteral("hash")).value();
    EXPECT_EQ(operators.byId(next)->op.login, QStringLiteral("sato")); // was not there when asked for id + 1
}

TEST_F(ReadCaches, AMetaValueIsTheLastOneSetAndNotOneRolledBack)
{
    MetaStore meta(db());
    EXPECT_FALSE(meta.value(QStringLiteral("vpn.state")));
    ASSERT_TRUE(meta.setValue(QStringLiteral("vpn.state"), QStringLiteral("ok")).ok());
    EXPECT_EQ(meta.value(QStringLiteral("vpn.state")), QStringLiteral("ok"));
    ASSERT_TRUE(
        meta.setObject(QStringLiteral("customer"), {{QStringLiteral("company"), QStringLiteral("山田商事")}}).ok());
    EXPECT_EQ(meta.object(QStringLiteral("customer")).value(QStringLiteral("company")).toString(),
              QStringLiteral("山田商事"));

    EXPECT_FALSE(rolledBack([&] {
                     ASSERT_TRUE(meta.setValue(QStringLiteral("vpn.state"), QStringLiteral("fault")).ok());
                     EXPECT_EQ(meta.value(QStringLiteral("vpn.state")), QStringLiteral("fault"));
                 }).ok());
    EXPECT_EQ(meta.value(QStringLiteral("vpn.state")), QStringLiteral("ok"));
    ASSERT_TRUE(meta.setValue(QStringLiteral("vpn.state"), QStringLiteral("fault")).ok());
    EXPECT_EQ(meta.value(QStringLiteral("vpn.state")), QStringLiteral("fault"));
}
