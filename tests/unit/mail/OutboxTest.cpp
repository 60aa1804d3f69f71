// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTestSupport.h"
#include "notify/MailDispatcher.h"
#include "notify/Outbox.h"
#include "store/Database.h"

#include <QMutex>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
// A scripted transport: answers with the queued outcomes in turn, then delivers.
class ScriptedTransport final : public MailTransport
{
public:
    SendOutcome send(const MailEnvelope &envelope, const std::atomic<bool> &) override
    {
        QMutexLocker lock(&m_mutex);
        m_seen.append(envelope);
        return m_script.isEmpty() ? SendOutcome{true, false, {}} : m_script.takeFirst();
    }
    void push(SendOutcome outcome)
    {
        QMutexLocker lock(&m_mutex);
        m_script.append(outcome);
    }
    QList<MailEnvelope> seen()
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    QMutex m_mutex;
    QList<SendOutcome> m_script;
    QList<MailEnvelope> m_seen;
};

struct OutboxFixture : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
    ScriptedTransport *transport = nullptr;
    std::unique_ptr<MailDispatcher> dispatcher;

    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        outbox = std::make_unique<Outbox>(*db, clock);
    }

    void startDispatcher(MailDispatcher::Policy policy = {1, 2, 5})
    {
        auto t = std::make_unique<ScriptedTransport>();
        transport = t.get();
        dispatcher = std::make_unique<MailDispatcher>(*outbox, std::move(t), clock, policy);
        dispatcher->start();
    }

    qint64 queue(const QString &to = QStringLiteral("a@example.jp"))
    {
        Outbox::NewMail m;
        m.kind = QStringLiteral("registered");
        m.language = QStringLiteral("ja");
        m.from = QStringLiteral("box@example.jp");
        m.recipients = {to};
        m.subject = QStringLiteral("件名");
        m.message = "Subject: x\r\n\r\nbody\r\n";
        auto id = outbox->enqueue(m);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    QString stateOf(qint64 id) { return outbox->byId(id)->state; }
};
} // namespace

TEST_F(OutboxFixture, QueuedMailIsDelivered)
{
    startDispatcher();
    const qint64 id = queue();
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Sent; }));
    const OutboxMail mail = *outbox->byId(id);
    EXPECT_EQ(mail.attempts, 1);
    EXPECT_TRUE(mail.sentAt.isValid());
    ASSERT_EQ(transport->seen().size(), 1);
    EXPECT_EQ(transport->seen().first().to, QStringList{QStringLiteral("a@example.jp")});
    EXPECT_EQ(transport->seen().first().from, QStringLiteral("box@example.jp"));
    EXPECT_EQ(transport->seen().first().message, QByteArray("Subject: x\r\n\r\nbody\r\n"));
}

TEST_F(OutboxFixture, TemporaryFailureIsRetriedWithBackoff)
{
    startDispatcher();
    transport->push({false, false, QStringLiteral("Couldn't connect to server")});
    const qint64 id = queue();
    ASSERT_TRUE(test::waitUntil([&] { return outbox->byId(id)->attempts == 1 && stateOf(id) == Outbox::Queued; }));
    const OutboxMail waiting = *outbox->byId(id);
    EXPECT_EQ(waiting.lastError, QStringLiteral("Couldn't connect to server"));
    EXPECT_GE(clock.now().secsTo(waiting.nextAttemptAt), 0);
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Sent; }, 5000));
    EXPECT_EQ(outbox->byId(id)->attempts, 2);
    EXPECT_TRUE(outbox->byId(id)->lastError.isEmpty());
    EXPECT_EQ(outbox->byId(id)->interruptedSends, 0) << "no text went out: it cannot arrive twice";
}

TEST_F(OutboxFixture, AFailureAfterTheTextWentOutIsCountedAsAnInterruptedSend)
{
    startDispatcher();
    transport->push({false, false, QStringLiteral("Failure when receiving data from the peer"), true});
    const qint64 id = queue();
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Sent; }, 5000));
    const OutboxMail mail = *outbox->byId(id);
    EXPECT_EQ(mail.attempts, 2);
    EXPECT_EQ(mail.interruptedSends, 1) << "the server may have the first copy";
    EXPECT_EQ(mail.toJson().value(QStringLiteral("interruptedSends")).toInt(), 1);
}

TEST_F(OutboxFixture, RefusedMailFailsPermanentlyAndCanBeRetried)
{
    startDispatcher();
    transport->push({false, true, QStringLiteral("RCPT failed (SMTP 550)")});
    const qint64 id = queue();
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Failed; }));
    EXPECT_EQ(outbox->count(Outbox::Failed), 1);
    auto retried = outbox->retry(id);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->state, Outbox::Queued);
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Sent; }));
    // A sent mail is not sent again.
    const auto again = outbox->retry(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("conflict"));
    EXPECT_EQ(outbox->retry(99999).error().code, QStringLiteral("not_found"));
}

TEST_F(OutboxFixture, GivesUpAfterMaxAttempts)
{
    startDispatcher({1, 1, 2});
    transport->push({false, false, QStringLiteral("timeout")});
    transport->push({false, false, QStringLiteral("timeout again")});
    const qint64 id = queue();
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Failed; }, 6000));
    EXPECT_EQ(outbox->byId(id)->attempts, 2);
    EXPECT_EQ(outbox->byId(id)->lastError, QStringLiteral("timeout again"));
}

TEST_F(OutboxFixture, InterruptedSendingIsQueuedAgainAtStart)
{
    const qint64 id = queue();
    ASSERT_TRUE(outbox->claimNextDue().has_value()); // as if the box died while sending
    EXPECT_EQ(stateOf(id), Outbox::Sending);
    startDispatcher();
    ASSERT_TRUE(test::waitUntil([&] { return stateOf(id) == Outbox::Sent; }));
    EXPECT_EQ(outbox->byId(id)->attempts, 2);
    EXPECT_EQ(outbox->byId(id)->interruptedSends, 1) << "the stop cut a send short: the mail may arrive twice";
}

TEST_F(OutboxFixture, RolledBackCauseQueuesNothing)
{
    startDispatcher();
    const Status s = db->transaction([&]() -> Status {
        queue();
        return Error{QStringLiteral("internal"), QStringLiteral("the cause failed"), {}};
    });
    EXPECT_FALSE(s.ok());
    test::waitUntil([] { return false; }, 200);
    EXPECT_TRUE(outbox->list(10).isEmpty());
    EXPECT_TRUE(transport->seen().isEmpty());
}

TEST(MailDispatcherBackoff, DoublesUpToTheMaximum)
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const MailDispatcher::Policy p{30, 3600, 100};
    EXPECT_EQ(t0.secsTo(MailDispatcher::nextAttempt(t0, 1, p)), 30);
    EXPECT_EQ(t0.secsTo(MailDispatcher::nextAttempt(t0, 2, p)), 60);
    EXPECT_EQ(t0.secsTo(MailDispatcher::nextAttempt(t0, 5, p)), 480);
    EXPECT_EQ(t0.secsTo(MailDispatcher::nextAttempt(t0, 8, p)), 3600);
    EXPECT_EQ(t0.secsTo(MailDispatcher::nextAttempt(t0, 80, p)), 3600);
}
