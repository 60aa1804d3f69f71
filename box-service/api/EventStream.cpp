// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStream.h"

#include "store/EventLog.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace mente::box {

namespace {
constexpr int kPage = 500;
constexpr qint64 kMaxBacklogBytes = 4 * 1024 * 1024;
} // namespace

EventStream::EventStream(QHttpServerResponder &&responder, EventLog &log, qint64 after, int keepaliveS, QObject *parent)
    : QObject(parent), m_responder(std::move(responder)), m_log(log), m_last(after)
{
    QTcpSocket *socket = m_responder.socket();
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
            deleteLater();
        }
    });
    connect(socket, &QObject::destroyed, this, [this] {
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
            deleteLater();
        }
    });

    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeader("Content-Type", "text/event-stream; charset=utf-8");
    m_responder.writeHeader("Cache-Control", "no-store");
    m_responder.writeHeader("X-Content-Type-Options", "nosniff");
    m_responder.writeHeader("X-Accel-Buffering", "no");
    m_responder.writeBody(QByteArray("retry: 3000\n\n"));

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
    QTcpSocket *socket = m_responder.socket();
    if (m_closed || !socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // A client that stops reading must not make the box buffer without end: drop it; it can
    // reconnect with Last-Event-ID and lose nothing.
    if (socket->bytesToWrite() > kMaxBacklogBytes) {
        socket->abort();
        return;
    }
    m_responder.writeBody(bytes);
}

} // namespace mente::box
