// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/EventBacklog.h"
#include "api/EventStream.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace mente::box {

class EventLog;
class HttpResponder;

// The open Server-Sent-Events streams of GET /api/v1/events/stream, at most `maxStreams`.
// Each stream is an HttpStream of the HTTP layer; it ends when the client's connection goes.
//
// New events are read from the store once (after their transaction, from the loop) and
// formatted once; every stream that is up to date is sent the same bytes. A stream behind the
// kept backlog (a client resuming from an old Last-Event-ID) reads the store a page at a time.
// The streams are served a slice per loop pass, so 200 of them never hold up the requests
// waiting behind them; each gets every committed event once, in order, without gaps.
class EventStreams : public QObject
{
    Q_OBJECT
public:
    EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent = nullptr);

    // Takes over the connection; sends every event after `after`, then each new one.
    // False (and a 503 written) when too many streams are open.
    bool open(const HttpResponder &responder, qint64 after);
    // A stream writing through `write` (open() uses it; so do tests). Null when too many are open.
    EventStream *attach(qint64 after, EventStream::Writer write);
    int count() const { return int(m_streams.size()); }

    // Streams served per loop pass, and events per page read for a stream behind the backlog.
    void setSlice(int streams) { m_slice = std::max(1, streams); }
    static constexpr int kPage = 500;
    static constexpr int kRetryMs = 1000; // after a failed read of the store

private:
    void readNew();
    void queueBehind();
    void queue(EventStream *stream);
    void serveSlice();
    // Whether the stream got anything (false: the store could not be read for it).
    bool serve(EventStream *stream);

    EventLog &m_log;
    int m_keepaliveS;
    int m_maxStreams;
    int m_slice = 20;
    EventBacklog m_backlog;
    QList<QPointer<EventStream>> m_streams;
    QList<QPointer<EventStream>> m_pending; // behind the head, in the order they fell behind
    QTimer *m_readTimer = nullptr;
    QTimer *m_serveTimer = nullptr;
    QTimer *m_retryTimer = nullptr; // streams the store could not be read for: queued again after kRetryMs
};

} // namespace mente::box
