// SPDX-License-Identifier: GPL-3.0-or-later
// The console's event stream reader on arbitrary bytes: the SSE parser fed the stream whole and in
// pieces the input picks must hand on the same messages (and the same last id and heartbeat count),
// none longer than the stream; each message's data goes through Event::fromJson and the event
// decoders (scan progress, new device, acknowledgement) as EventStream and the fleet read them.
#include "api/EventReading.h"
#include "api/SseParser.h"
#include "shared/Event.h"
#include "support/FuzzCheck.h"

#include <QJsonDocument>

#include <cstdint>

using namespace mente;
using namespace mente::console;
using mente::test::require;

namespace {
struct Stream
{
    QList<SseMessage> messages;
    QByteArray lastId;
    int comments = 0;
};

// Feeds the bytes in pieces: each step takes 1 + step[i] % 64 bytes (the whole stream when step is empty).
Stream read(const QByteArray &bytes, const QByteArray &steps)
{
    SseParser parser;
    Stream s;
    qsizetype at = 0;
    for (qsizetype i = 0; at < bytes.size(); ++i) {
        const qsizetype n = steps.isEmpty() ? bytes.size() : 1 + quint8(steps.at(i % steps.size())) % 64;
        s.messages += parser.feed(bytes.mid(at, n));
        at += n;
    }
    s.lastId = parser.lastEventId();
    s.comments = parser.comments();
    return s;
}

bool same(const SseMessage &a, const SseMessage &b)
{
    return a.event == b.event && a.data == b.data && a.id == b.id && a.hasId == b.hasId;
}

// A detail that does not read is an error with a message, never a crash.
template<typename T> void check(const Result<T> &decoded)
{
    if (!decoded)
        require(!decoded.error().message.isEmpty());
}

void decode(const SseMessage &m)
{
    const auto event = Event::fromJson(QJsonDocument::fromJson(m.data).object());
    if (!event) {
        require(!event.error().message.isEmpty());
        return;
    }
    check(parseEventDetail(*event)); // every kind's detail, as the console reads it
    if (event->kind == QLatin1String("scan"))
        check(scanStateOf(*event));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte says how many of the next bytes are step sizes; the rest is the stream.
    const qsizetype stepCount = size == 0 ? 0 : qMin<qsizetype>(data[0] % 8, qsizetype(size) - 1);
    const QByteArray steps(reinterpret_cast<const char *>(data) + 1, stepCount);
    const qsizetype skip = size == 0 ? 0 : 1 + stepCount;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + skip, qsizetype(size) - skip);

    const Stream whole = read(bytes, {});
    const Stream pieces = read(bytes, steps.isEmpty() ? QByteArray(1, '\0') : steps);
    require(whole.messages.size() == pieces.messages.size());
    for (qsizetype i = 0; i < whole.messages.size(); ++i)
        require(same(whole.messages.at(i), pieces.messages.at(i)));
    require(whole.lastId == pieces.lastId && whole.comments == pieces.comments);
    for (const SseMessage &m : whole.messages) {
        require(m.data.size() <= bytes.size() && m.id.size() <= bytes.size());
        if (!m.data.isEmpty())
            decode(m);
    }
    return 0;
}
