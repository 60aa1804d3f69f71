// SPDX-License-Identifier: GPL-3.0-or-later
// The event fan-out: a real EventLog on a real SQLite file; the streams' clients are byte sinks.
#include "api/EventBacklog.h"
#include "api/EventStreams.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "support/FakeClock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

using namespace mente;
using namespace mente::box;

namespace {

struct Sink
{
    QByteArray in;
    QList<const char *> buffers; // the data pointer of every write
    bool refuse = false;
    std::function<void()> onWrite;
};

QList<qint64> ids(const QByteArray &bytes)
{
    QList<qint64> out;
    static const QRegularExpression id(QStringLiteral("^id: (\\d+)$"), QRegularExpression::MultilineOption);
    for (auto it = id.globalMatch(QString::fromUtf8(bytes)); it.hasNext();)
        out.append(it.next().captured(1).toLongLong());
    return out;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 s = first; s <= last; ++s)
        out.append(s);
    return out;
}

bool waitUntil(const std::function<bool()> &done, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

class EventStreamsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened.value());
        log = std::make_unique<EventLog>(*db, clock);
    }

    // `count` events, each in its own transaction as the monitor writes them.
    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            Event e;
            e.kind = QStringLiteral("port");
            e.id = ++appended;
            e.from = QStringLiteral("ok");
            e.to = QStringLiteral("fault");
            ASSERT_TRUE(db->transaction([&]() -> Status {
                const auto r = log->append(e);
                return r ? success() : Status(r.error());
            }));
        }
    }

    EventStream *attach(EventStreams &streams, Sink &sink, qint64 after)
    {
        return streams.attach(after, [&sink](const QByteArray &bytes) {
            if (sink.refuse)
                return false;
            sink.in += bytes;
            sink.buffers.append(bytes.constData());
            if (sink.onWrite)
                sink.onWrite();
            return true;
        });
    }

    QTemporaryDir dir;
    test::FakeClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventLog> log;
    qint64 appended = 0;
};

} // namespace

TEST_F(EventStreamsTest, EveryStreamGetsEveryEventOnceInOrder)
{
    EventStreams streams(*log, 600, 300);
    streams.setSlice(7);
    std::vector<Sink> sinks(50);
    for (Sink &s : sinks)
        ASSERT_NE(attach(streams, s, 0), nullptr);
    for (int round = 0; round < 6; ++round) {
        append(round + 1); // several events in one pass, or one
        QCoreApplication::processEvents();
    }
    const QList<qint64> want = range(1, 21);
    ASSERT_TRUE(waitUntil([&] {
        for (const Sink &s : sinks)
            if (ids(s.in).size() < want.size())
                return false;
        return true;
    }));
    QCoreApplication::processEvents();
    for (const Sink &s : sinks)
        EXPECT_EQ(ids(s.in), want);
}

TEST_F(EventStreamsTest, StreamsThatAreUpToDateAreSentTheSameBytesFormattedOnce)
{
    EventStreams streams(*log, 600, 300);
    streams.setSlice(3);
    std::vector<Sink> sinks(10);
    for (Sink &s : sinks)
        attach(streams, s, 0);
    QCoreApplication::processEvents();
    append(1);
    ASSERT_TRUE(waitUntil([&] {
        for (const Sink &s : sinks)
            if (s.buffers.isEmpty())
                return false;
        return true;
    }));
    for (const Sink &s : sinks) {
        ASSERT_EQ(s.buffers.size(), 1);
        EXPECT_EQ(s.buffers.first(), sinks.front().buffers.first()); // one buffer, not ten copies
        EXPECT_EQ(ids(s.in), QList<qint64>{1});
    }
}

TEST_F(EventStreamsTest, AStreamFarBehindCatchesUpPageByPageWhileNewEventsArrive)
{
    append(EventStreams::kPage * 2 + 30); // more than the backlog was ever told of: from the store
    EventStreams streams(*log, 600, 300);
    Sink behind, current, middle;
    attach(streams, behind, 0);
    attach(streams, current, appended);
    attach(streams, middle, 700);
    const qint64 before = appended;
    append(5);
    const QList<qint64> all = range(1, before + 5);
    ASSERT_TRUE(waitUntil([&] { return ids(behind.in).size() >= all.size(); }));
    ASSERT_TRUE(waitUntil([&] { return ids(middle.in).size() >= all.size() - 700; }));
    QCoreApplication::processEvents();
    EXPECT_EQ(ids(behind.in), all);
    EXPECT_EQ(ids(current.in), range(before + 1, before + 5));
    EXPECT_EQ(ids(middle.in), range(701, before + 5));
}

TEST_F(EventStreamsTest, AStreamClosedDuringTheFanOutIsDroppedAndTheOthersGetEverything)
{
    EventStreams streams(*log, 600, 300);
    streams.setSlice(4);
    std::vector<Sink> sinks(12);
    std::vector<QPointer<EventStream>> handles;
    for (Sink &s : sinks)
        handles.emplace_back(attach(streams, s, 0));
    QCoreApplication::processEvents();
    // The first stream's client goes while the fan-out is under way: its write ends two others
    // (one served already in this slice, one still waiting), and one client refuses its bytes.
    sinks[0].onWrite = [&] {
        if (handles[1])
            handles[1]->end();
        if (handles[9])
            handles[9]->end();
        sinks[0].onWrite = nullptr;
    };
    sinks[5].refuse = true;
    append(3);
    ASSERT_TRUE(waitUntil([&] { return ids(sinks[11].in).size() >= 3; }));
    append(2);
    ASSERT_TRUE(waitUntil([&] { return ids(sinks[11].in).size() >= 5; }));
    QCoreApplication::processEvents();
    EXPECT_EQ(streams.count(), 12 - 3);
    for (size_t i = 0; i < sinks.size(); ++i) {
        if (i == 1 || i == 9 || i == 5)
            EXPECT_LT(ids(sinks[i].in).size(), 5) << i;
        else
            EXPECT_EQ(ids(sinks[i].in), range(1, 5)) << i;
    }
    EXPECT_TRUE(ids(sinks[5].in).isEmpty());
}

TEST_F(EventStreamsTest, AFullBoxRefusesAnotherStream)
{
    EventStreams streams(*log, 600, 2);
    Sink a, b, c;
    EXPECT_NE(attach(streams, a, 0), nullptr);
    EXPECT_NE(attach(streams, b, 0), nullptr);
    EXPECT_EQ(attach(streams, c, 0), nullptr);
    EXPECT_EQ(streams.count(), 2);
}

TEST(EventBacklog, GivesTheBytesAfterAnyKeptEventAndNothingForOlderOnes)
{
    EventBacklog backlog(1 << 20, 2);
    backlog.reset(10);
    auto events = [](qint64 first, qint64 last) {
        QList<Event> out;
        for (qint64 s = first; s <= last; ++s) {
            Event e;
            e.seq = s;
            e.kind = QStringLiteral("device");
            out.append(e);
        }
        return out;
    };
    backlog.append(events(11, 13));
    backlog.append(events(15, 16)); // a gap (a rolled-back transaction's number)
    EXPECT_EQ(backlog.head(), 16);
    EXPECT_EQ(ids(*backlog.after(10)), (QList<qint64>{11, 12, 13, 15, 16}));
    EXPECT_EQ(ids(*backlog.after(12)), (QList<qint64>{13, 15, 16}));
    EXPECT_EQ(ids(*backlog.after(14)), (QList<qint64>{15, 16}));
    EXPECT_TRUE(backlog.after(16)->isEmpty());
    EXPECT_FALSE(backlog.after(9).has_value());
    backlog.append(events(17, 17)); // a third chunk: the oldest goes
    EXPECT_FALSE(backlog.after(12).has_value());
    EXPECT_EQ(ids(*backlog.after(13)), (QList<qint64>{15, 16, 17}));
    EXPECT_EQ(*backlog.after(16), EventBacklog::format(events(17, 17).first()));
}

namespace {
// Counts the box's warnings that contain `text` while it lives.
class WarningCounter
{
public:
    explicit WarningCounter(const char *text)
    {
        s_text = text;
        s_count = 0;
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtWarningMsg && message.contains(QLatin1String(s_text)))
                ++s_count;
        });
    }
    ~WarningCounter() { qInstallMessageHandler(m_previous); }
    int count() const { return s_count; }

private:
    static inline const char *s_text = nullptr;
    static inline int s_count = 0;
    QtMessageHandler m_previous = nullptr;
};

void pump(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}
} // namespace

// A store that cannot be read is an error, not "no events": a stream behind the backlog is tried
// again a second later (not in a spin of the loop), and gets every event once the store reads again.
TEST_F(EventStreamsTest, AStreamBehindTheBacklogWaitsOutAFailingStoreWithoutSpinning)
{
    append(5); // before the streams: behind their backlog
    EventStreams streams(*log, 600, 10);
    ASSERT_TRUE(db->query().exec(QStringLiteral("ALTER TABLE events RENAME TO events_away")));
    Sink sink;
    {
        WarningCounter failures("cannot read events for a stream behind the backlog");
        ASSERT_NE(attach(streams, sink, 0), nullptr);
        pump(400);
        EXPECT_TRUE(sink.in.isEmpty());
        EXPECT_GE(failures.count(), 1);
        EXPECT_LE(failures.count(), 2) << "tried again in a spin";
    }
    ASSERT_TRUE(db->query().exec(QStringLiteral("ALTER TABLE events_away RENAME TO events")));
    ASSERT_TRUE(waitUntil([&] { return ids(sink.in).size() >= 5; }, 3000));
    EXPECT_EQ(ids(sink.in), range(1, 5));
}

// New events whose read fails reach the streams once the store reads again, with no new event
// to wake them.
TEST_F(EventStreamsTest, NewEventsAFailedReadMissedGoOutWithoutAnotherAppend)
{
    EventStreams streams(*log, 600, 10);
    Sink sink;
    ASSERT_NE(attach(streams, sink, 0), nullptr);
    append(2);
    ASSERT_TRUE(waitUntil([&] { return ids(sink.in).size() >= 2; }));
    append(3); // announced; read from the loop, where the store now fails
    ASSERT_TRUE(db->query().exec(QStringLiteral("ALTER TABLE events RENAME TO events_away")));
    {
        WarningCounter failures("cannot read new events for the streams");
        pump(400);
        EXPECT_EQ(ids(sink.in), range(1, 2));
        EXPECT_GE(failures.count(), 1);
        EXPECT_LE(failures.count(), 2) << "tried again in a spin";
    }
    ASSERT_TRUE(db->query().exec(QStringLiteral("ALTER TABLE events_away RENAME TO events")));
    ASSERT_TRUE(waitUntil([&] { return ids(sink.in).size() >= 5; }, 3000));
    EXPECT_EQ(ids(sink.in), range(1, 5));
}
