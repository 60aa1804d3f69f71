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

// Turns bytes as they arrive into whole messages; comment lines (heartbeats) are counted.
class SseParser
{
public:
    QList<SseMessage> feed(const QByteArray &bytes);
    QByteArray lastEventId() const { return m_lastId; }
    int comments() const { return m_comments; }

private:
    void line(const QByteArray &text, QList<SseMessage> &out);

    QByteArray m_buffer;
    QByteArray m_data;
    QString m_event;
    QByteArray m_lastId;
    bool m_idInMessage = false;
    bool m_dataSeen = false;
    int m_comments = 0;
    bool m_skipLf = false;
};

} // namespace mente::console
