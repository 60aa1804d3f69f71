// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mente::console {

// One Server-Sent Events message (https://html.spec.whatwg.org/multipage/server-sent-events.html).
struct SseMessage
{
    QString event = QStringLiteral("message");
    QByteArray data;
    QByteArray id; // the last id seen on the stream, for Last-Event-ID
    bool hasId = false;
};

// How much one line and one message may hold. A box's event is a few hundred bytes of JSON; far
// more than these is a broken or hostile stream, not an event.
struct SseLimits
{
    qsizetype maxLine = 128 * 1024;
    qsizetype maxMessage = 512 * 1024; // every data line of one message together
};

// Turns bytes as they arrive into whole messages; comment lines (heartbeats) are counted. Past a
// limit it stops: failed() is true, the message being read is dropped, every later byte is
// ignored, and the caller drops the connection (a reconnect starts a new parser).
class SseParser
{
public:
    explicit SseParser(SseLimits limits = {}) : m_limits(limits) {}

    QList<SseMessage> feed(const QByteArray &bytes);
    QByteArray lastEventId() const { return m_lastId; }
    int comments() const { return m_comments; }
    bool failed() const { return !m_failure.isEmpty(); }
    QString failure() const { return m_failure; } // why it stopped, for the log
    // What it holds now: never much more than the limits, whatever arrives.
    qsizetype buffered() const { return m_buffer.size() + m_data.size(); }

private:
    void line(const QByteArray &text, QList<SseMessage> &out);
    void fail(const QString &why);

    SseLimits m_limits;
    QByteArray m_buffer;
    QByteArray m_data;
    QString m_event;
    QByteArray m_lastId;
    QString m_failure;
    bool m_idInMessage = false;
    bool m_dataSeen = false;
    int m_comments = 0;
    bool m_skipLf = false;
};

} // namespace mente::console
