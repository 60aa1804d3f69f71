// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories that keep what they read (sessions, operators, meta values: read on every
// API request): each write is seen by the next read, and a write rolled back is not.
#include "StoreFixture.h"
#include "store/MetaStore.h"
#include "store/OperatorStore.h"
#include "store/SessionStore.h"

#include <QSqlQuery>

using namespace mente;
using namespace mente::box;

namespace {
const Error kRollBack{QStringLiteral("internal"), QStringLiteral("rolled back"), {}};

// What a read found; a read that failed fails the test here.
template<typename Row> std::optional<Row> rowOf(const Result<std::optional<Row>> &read)
{
    EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : read.error().message.toStdString());
    return read.ok() ? read.value() : std::nullopt;
}

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

    EXPECT_FALSE(rowOf(sessions.find(a.tokenHash))); // not there yet: that answer is kept too
    ASSERT_TRUE(sessions.insert(a, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(rowOf(sessions.find(a.tokenHash)));
    EXPECT_EQ(rowOf(sessions.find(a.tokenHash))->operatorId, id);
    ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(rowOf(sessions.find(b.tokenHash)));

    ASSERT_TRUE(sessions.removeExpired(at(10)).ok());
    EXPECT_FALSE(rowOf(sessions.find(b.tokenHash)));
    ASSERT_TRUE(sessions.removeForOperator(id, a.tokenHash).ok());
    EXPECT_TRUE(rowOf(sessions.find(a.tokenHash))); // the one kept
    ASSERT_TRUE(sessions.removeForOperator(id).ok());
    EXPECT_FALSE(rowOf(sessions.find(a.tokenHash)));

    EXPECT_FALSE(rolledBack([&] {
                     ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
                     EXPECT_TRUE(rowOf(sessions.find(b.tokenHash))); // inside: seen
                 }).ok());
    EXPECT_FALSE(rowOf(sessions.find(b.tokenHash)));
    ASSERT_TRUE(sessions.insert(b, at(0), QStringLiteral("192.0.2.1")).ok());
    ASSERT_TRUE(sessions.remove(b.tokenHash).ok());
    EXPECT_FALSE(rowOf(sessions.find(b.tokenHash)));
}

TEST_F(ReadCaches, AnOperatorReadByIdShowsEveryChangeOnceMadeAndNoneRolledBack)
{
    OperatorStore operators(db());
    const auto inserted = operators.insert(operatorNamed(QStringLiteral("suzuki")), QStringLiteral("hash-1"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
    const qint64 id = inserted.value();
    EXPECT_FALSE(rowOf(operators.byId(id + 1)));
    ASSERT_TRUE(rowOf(operators.byId(id)));
    EXPECT_TRUE(rowOf(operators.byId(id))->op.enabled);

    Operator changed = rowOf(operators.byId(id))->op;
    changed.enabled = false;
    ASSERT_TRUE(operators.update(changed).ok());
    EXPECT_FALSE(rowOf(operators.byId(id))->op.enabled);
    ASSERT_TRUE(operators.setPassword(id, QStringLiteral("hash-2"), true).ok());
    EXPECT_EQ(rowOf(operators.byId(id))->passwordHash, QStringLiteral("hash-2"));
    EXPECT_TRUE(rowOf(operators.byId(id))->op.mustChangePassword);

    EXPECT_FALSE(rolledBack([&] {
                     ASSERT_TRUE(operators.setPassword(id, QStringLiteral("hash-3"), false).ok());
                     EXPECT_EQ(rowOf(operators.byId(id))->passwordHash, QStringLiteral("hash-3"));
                 }).ok());
    EXPECT_EQ(rowOf(operators.byId(id))->passwordHash, QStringLiteral("hash-2"));

    ASSERT_TRUE(operators.markRemoved(id, at(1)).ok());
    EXPECT_TRUE(rowOf(operators.byId(id))->op.removed());
    const qint64 next = operators.insert(operatorNamed(QStringLiteral("sato")), QStringLiteral("hash")).value();
    EXPECT_EQ(rowOf(operators.byId(next))->op.login, QStringLiteral("sato")); // was not there when asked for id + 1
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

// A read that fails (here: its table is away) is an error, not "no such row", and is not kept:
// once the table is back the row is found. Before, the failure was kept as "no row" for good,
// so a session the database could not be asked for once stayed logged out.
class ReadCachesWhenTheDatabaseFails : public ReadCaches
{
protected:
    void rename(const QString &from, const QString &to)
    {
        QSqlQuery q = db().query();
        ASSERT_TRUE(exec(q, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)).ok());
    }
};

TEST_F(ReadCachesWhenTheDatabaseFails, ASessionReadThatFailedIsAnErrorAndIsReadAgainNextTime)
{
    OperatorStore operators(db());
    const qint64 id = operators.insert(operatorNamed(QStringLiteral("kato")), QStringLiteral("hash")).value();
    SessionStore sessions(db());
    const StoredSession s{QStringLiteral("s"), id, at(60)};
    ASSERT_TRUE(sessions.insert(s, at(0), QStringLiteral("192.0.2.1")).ok());

    rename(QStringLiteral("sessions"), QStringLiteral("sessions_away"));
    const auto failed = sessions.find(s.tokenHash);
    ASSERT_FALSE(failed.ok()) << "a failed read must not look like a missing session";
    EXPECT_EQ(failed.error().code, QStringLiteral("internal"));
    rename(QStringLiteral("sessions_away"), QStringLiteral("sessions"));

    const auto found = rowOf(sessions.find(s.tokenHash));
    ASSERT_TRUE(found) << "the failure was kept as 'no session'";
    EXPECT_EQ(found->operatorId, id);
}

TEST_F(ReadCachesWhenTheDatabaseFails, AnOperatorReadThatFailedIsAnErrorAndIsReadAgainNextTime)
{
    OperatorStore operators(db());
    const qint64 id = operators.insert(operatorNamed(QStringLiteral("ito")), QStringLiteral("hash")).value();

    rename(QStringLiteral("operators"), QStringLiteral("operators_away"));
    const auto failed = operators.byId(id);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, QStringLiteral("internal"));
    rename(QStringLiteral("operators_away"), QStringLiteral("operators"));

    const auto found = rowOf(operators.byId(id));
    ASSERT_TRUE(found) << "the failure was kept as 'no operator'";
    EXPECT_EQ(found->op.login, QStringLiteral("ito"));
}

TEST_F(ReadCachesWhenTheDatabaseFails, AMetaReadThatFailedIsAnErrorAndIsReadAgainNextTime)
{
    MetaStore meta(db());
    ASSERT_TRUE(meta.setValue(QStringLiteral("serial"), QStringLiteral("0123456789AB")).ok());

    rename(QStringLiteral("meta"), QStringLiteral("meta_away"));
    const auto failed = meta.read(QStringLiteral("serial"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, QStringLiteral("internal"));
    EXPECT_FALSE(meta.readObject(QStringLiteral("serial")).ok());
    EXPECT_FALSE(meta.value(QStringLiteral("serial"))) << "the lenient read falls back to absent";
    rename(QStringLiteral("meta_away"), QStringLiteral("meta"));

    EXPECT_EQ(rowOf(meta.read(QStringLiteral("serial"))), QStringLiteral("0123456789AB"));
    EXPECT_EQ(meta.value(QStringLiteral("serial")), QStringLiteral("0123456789AB"));
}
