// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace mente::box {

class EventLog;
class HttpResponder;
class HttpStream;

// One Server-Sent-Events connection: "id: SEQ / event: KIND / data: JSON" per event, a comment
// line as keep-alive. Events are read from the store after each append (coalesced), so only
// committed events go out, in order, without gaps. Deletes itself when the connection closes
// (the HTTP layer drops a client that stops reading; it reconnects with Last-Event-ID).
class EventStream : public QObject
{
    Q_OBJECT
public:
    EventStream(const HttpResponder &responder, EventLog &log, qint64 after, int keepaliveS, QObject *parent = nullptr);

Q_SIGNALS:
    void closed();

private:
    void pull();
    void write(const QByteArray &bytes);

    QPointer<HttpStream> m_stream;
    EventLog &m_log;
    qint64 m_last;
    QTimer *m_pullTimer = nullptr;
    QTimer *m_keepalive = nullptr;
    bool m_closed = false;
};

} // namespace mente::box
