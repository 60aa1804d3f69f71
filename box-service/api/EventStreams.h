// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponder>
#include <QObject>

namespace mente::box {

class EventLog;

// The open Server-Sent-Events streams of GET /api/v1/events/stream, at most `maxStreams`.
// QHttpServer 6.4 has no streaming reply, so each stream keeps its responder and writes the
// status line, headers and events itself; it ends when the client's socket goes.
class EventStreams : public QObject
{
    Q_OBJECT
public:
    EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent = nullptr);

    // Takes over the connection; sends every event after `after`, then each new one.
    // False (and a 503 written) when too many streams are open.
    bool open(QHttpServerResponder &&responder, qint64 after);
    int count() const { return m_count; }

private:
    EventLog &m_log;
    int m_keepaliveS;
    int m_maxStreams;
    int m_count = 0;
};

} // namespace mente::box
