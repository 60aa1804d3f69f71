// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponder>
#include <QObject>

class QTimer;

namespace mente::box {

class EventLog;

// One Server-Sent-Events connection: "id: SEQ / event: KIND / data: JSON" per event, a comment
// line as keep-alive. Events are read from the store after each append (coalesced), so only
// committed events go out, in order, without gaps. Deletes itself when the socket closes.
class EventStream : public QObject
{
    Q_OBJECT
public:
    EventStream(QHttpServerResponder &&responder, EventLog &log, qint64 after, int keepaliveS,
                QObject *parent = nullptr);

Q_SIGNALS:
    void closed();

private:
    void pull();
    void write(const QByteArray &bytes);

    QHttpServerResponder m_responder;
    EventLog &m_log;
    qint64 m_last;
    QTimer *m_pullTimer = nullptr;
    QTimer *m_keepalive = nullptr;
    bool m_closed = false;
};

} // namespace mente::box
