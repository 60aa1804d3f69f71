// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStream.h"

#include "http/HttpResponder.h"
#include "http/HttpStream.h"
#include "store/EventLog.h"

#include <QJsonDocument>
#include <QTimer>

namespace mente::box {

namespace {
constexpr int kPage = 500;
} // namespace

EventStream::EventStream(const HttpResponder &responder, EventLog &log, qint64 after, int keepaliveS, QObject *parent)
    : QObject(parent), m_log(log), m_last(after)
{
    HttpResponse head;
    head.headers = {{"Content-Type", "text/event-stream; charset=utf-8"},
                    {"Cache-Control", "no-store"},
                    {"X-Content-Type-Options", "nosniff"},
                    {"X-Accel-Buffering", "no"},
                    // The keep-alive interval in seconds: a console that hears nothing for three of
                    // them takes the stream for lost and reconnects.
                    {"X-Mente-Keepalive", QByteArray::number(keepaliveS)}};
    m_stream = responder.openStream(head);
    if (!m_stream) {
        m_closed = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT closed();
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    connect(m_stream, &HttpStream::closed, this, [this] {
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
            deleteLater();
        }
    });
    m_stream->write(QByteArray("retry: 3000\n\n"));

    m_pullTimer = new QTimer(this);
    m_pullTimer->setSingleShot(true);
    connect(m_pullTimer, &QTimer::timeout, this, &EventStream::pull);
    // An append happens inside its transaction: read the store once control is back in the loop.
    connect(&m_log, &EventLog::appended, this, [this] {
        if (!m_pullTimer->isActive())
            m_pullTimer->start(0);
    });
    m_keepalive = new QTimer(this);
    connect(m_keepalive, &QTimer::timeout, this, [this] { write(QByteArray(": keep-alive\n\n")); });
    m_keepalive->start(keepaliveS * 1000);
    pull();
}

void EventStream::pull()
{
    for (;;) {
        const QList<Event> events = m_log.after(m_last, kPage);
        QByteArray out;
        for (const Event &e : events) {
            out += "id: " + QByteArray::number(e.seq) + "\nevent: " + e.kind.toUtf8()
                   + "\ndata: " + QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + "\n\n";
            m_last = e.seq;
        }
        if (!out.isEmpty())
            write(out);
        if (events.size() < kPage || m_closed)
            return;
    }
}

void EventStream::write(const QByteArray &bytes)
{
    // The stream drops a client that stops reading (HttpSettings::maxStreamBacklog).
    if (!m_closed && m_stream)
        m_stream->write(bytes);
}

} // namespace mente::box
