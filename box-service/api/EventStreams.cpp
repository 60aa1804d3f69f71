// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStreams.h"

#include "api/ApiServer.h"
#include "http/HttpResponder.h"
#include "http/HttpStream.h"
#include "store/EventLog.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace mente::box {

EventStreams::EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent)
    : QObject(parent), m_log(log), m_keepaliveS(keepaliveS), m_maxStreams(maxStreams)
{
    m_backlog.reset(m_log.lastSeq());
    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    connect(m_readTimer, &QTimer::timeout, this, &EventStreams::readNew);
    m_serveTimer = new QTimer(this);
    m_serveTimer->setSingleShot(true);
    connect(m_serveTimer, &QTimer::timeout, this, &EventStreams::serveSlice);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EventStreams::queueBehind);
    // An append happens inside its transaction: read the store once control is back in the loop,
    // so only committed events go out.
    connect(&m_log, &EventLog::appended, this, [this] {
        if (!m_readTimer->isActive())
            m_readTimer->start(0);
    });
}

bool EventStreams::open(const HttpResponder &responder, qint64 after)
{
    if (count() >= m_maxStreams) {
        ApiReply reply = ApiReply::error(
            {QStringLiteral("unavailable"), QStringLiteral("Too many event streams are open; try again later."), {}});
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("10")));
        responder.send(ApiServer::toHttp(reply));
        return false;
    }
    HttpResponse head;
    head.headers = {{"Content-Type", "text/event-stream; charset=utf-8"},
                    {"Cache-Control", "no-store"},
                    {"X-Content-Type-Options", "nosniff"},
                    {"X-Accel-Buffering", "no"},
                    // The keep-alive interval in seconds: a console that hears nothing for three of
                    // them takes the stream for lost and reconnects.
                    {"X-Mente-Keepalive", QByteArray::number(m_keepaliveS)}};
    const QPointer<HttpStream> http = responder.openStream(head);
    if (!http)
        return true; // the client went (or asked HEAD only): nothing to hold
    http->write(QByteArrayLiteral("retry: 3000\n\n"));
    // The HTTP layer drops a client that stops reading (HttpSettings::maxStreamBacklog); it
    // reconnects with Last-Event-ID.
    EventStream *stream = attach(after, [http](const QByteArray &bytes) { return http && http->write(bytes); });
    connect(http, &HttpStream::closed, stream, &EventStream::end);
    auto *keepalive = new QTimer(stream);
    connect(keepalive, &QTimer::timeout, stream, &EventStream::keepAlive);
    keepalive->start(m_keepaliveS * 1000);
    return true;
}

EventStream *EventStreams::attach(qint64 after, EventStream::Writer write)
{
    if (count() >= m_maxStreams)
        return nullptr;
    auto *stream = new EventStream(after, std::move(write), this);
    m_streams.append(stream);
    connect(stream, &EventStream::closed, this, [this, stream] {
        m_streams.removeAll(stream);
        qCDebug(lcApi) << "event stream closed," << count() << "open";
    });
    qCDebug(lcApi) << "event stream opened after" << after << "," << count() << "open";
    // What the store holds after `after` goes out from the loop, like every event after it.
    queue(stream);
    return stream;
}

void EventStreams::readNew()
{
    const auto read = m_log.after(m_backlog.head(), kPage);
    if (!read) {
        // Committed events wait in the store: try again soon, not only at the next append.
        qCWarning(lcApi).noquote() << "cannot read new events for the streams:" << read.error().message;
        m_readTimer->start(kRetryMs);
        return;
    }
    const QList<Event> &events = read.value();
    m_backlog.append(events);
    if (events.size() == kPage)
        m_readTimer->start(0); // a burst: the next page in the next pass
    queueBehind();
}

void EventStreams::queueBehind()
{
    for (const QPointer<EventStream> &stream : std::as_const(m_streams))
        if (stream && !stream->queued && stream->last() < m_backlog.head())
            queue(stream);
}

void EventStreams::queue(EventStream *stream)
{
    stream->queued = true;
    m_pending.append(stream);
    if (!m_serveTimer->isActive())
        m_serveTimer->start(0);
}

void EventStreams::serveSlice()
{
    for (int served = 0; served < m_slice && !m_pending.isEmpty();) {
        const QPointer<EventStream> stream = m_pending.takeFirst();
        if (!stream || !stream->isOpen())
            continue; // closed while it waited
        stream->queued = false;
        const bool moved = serve(stream);
        ++served;
        if (!stream || !stream->isOpen() || stream->queued || stream->last() >= m_backlog.head())
            continue;
        if (moved)
            queue(stream); // a page from the store was not all: the rest in a later pass
        else if (!m_retryTimer->isActive())
            m_retryTimer->start(kRetryMs); // the store could not be read: again later, not in a spin
    }
    if (!m_pending.isEmpty() && !m_serveTimer->isActive())
        m_serveTimer->start(0);
}

bool EventStreams::serve(EventStream *stream)
{
    if (const std::optional<QByteArray> bytes = m_backlog.after(stream->last())) {
        stream->send(*bytes, std::max(stream->last(), m_backlog.head()));
        return true;
    }
    // Behind what the backlog keeps: one page from the store.
    const auto read = m_log.after(stream->last(), kPage);
    if (!read) {
        qCWarning(lcApi).noquote() << "cannot read events for a stream behind the backlog:" << read.error().message;
        return false;
    }
    if (read->isEmpty())
        return false;
    stream->send(EventBacklog::format(read.value()), read->last().seq);
    return true;
}

} // namespace mente::box
