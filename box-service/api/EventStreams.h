// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace mente::box {

class EventLog;
class HttpResponder;

// The open Server-Sent-Events streams of GET /api/v1/events/stream, at most `maxStreams`.
// Each stream is an HttpStream of the HTTP layer; it ends when the client's connection goes.
class EventStreams : public QObject
{
    Q_OBJECT
public:
    EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent = nullptr);

    // Takes over the connection; sends every event after `after`, then each new one.
    // False (and a 503 written) when too many streams are open.
    bool open(const HttpResponder &responder, qint64 after);
    int count() const { return m_count; }

private:
    EventLog &m_log;
    int m_keepaliveS;
    int m_maxStreams;
    int m_count = 0;
};

} // namespace mente::box
