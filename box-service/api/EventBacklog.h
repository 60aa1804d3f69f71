// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <optional>

namespace mente::box {

// The newest events as Server-Sent-Events bytes, formatted once for every stream: each batch
// read from the store is one chunk, and a stream that is up to date gets the chunk's bytes
// themselves (shared, not copied). Older chunks go once the backlog passes its bounds; a
// stream behind them reads the store itself.
class EventBacklog
{
public:
    explicit EventBacklog(qsizetype maxBytes = 1024 * 1024, int maxChunks = 256);

    // "id: SEQ\nevent: KIND\ndata: JSON\n\n"
    static QByteArray format(const Event &event);
    static QByteArray format(const QList<Event> &events);

    // Events after head(), in order.
    void append(const QList<Event> &events);
    qint64 head() const { return m_head; }
    // Starts the backlog at `seq` (nothing kept): the events up to it are not the backlog's.
    void reset(qint64 seq);

    // The bytes of every event after `last` up to head(); nothing when `last` is older than
    // the oldest kept event (read the store then).
    std::optional<QByteArray> after(qint64 last) const;

private:
    struct Chunk
    {
        qint64 after = 0; // the event before the chunk's first
        QList<qint64> seqs;
        QList<qsizetype> starts; // where each event's bytes begin
        QByteArray bytes;
    };

    void trim();

    qsizetype m_maxBytes;
    int m_maxChunks;
    qint64 m_head = 0;
    qsizetype m_bytes = 0;
    std::deque<Chunk> m_chunks;
};

} // namespace mente::box
