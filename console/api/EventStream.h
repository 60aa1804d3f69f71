// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/SseParser.h"
#include "shared/Event.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace mente::console {

class BoxClient;
class Timer;
class Timers;

// Follows a box's GET /events/stream (Server-Sent Events) and resumes after the last event seen
// (Last-Event-ID) when the connection drops, with a growing delay. When the box has no stream
// (404) it says so once and stops: the caller polls instead.
// A stream is lost, and dropped, when the box sends nothing (not even its keep-alive comment) for
// three keep-alive intervals (the box says its interval in X-Mente-Keepalive), or when a line or
// message passes the parser's limits; either way it reconnects with the same back-off.
class EventStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultKeepaliveS = 15; // the box's [events] keepalive_s default
    static constexpr int SilentIntervals = 3;

    explicit EventStream(BoxClient *client, QObject *parent = nullptr, Timers *timers = nullptr);
    ~EventStream() override;

    void start(qint64 afterSeq);
    void stop();
    bool isLive() const { return m_live; }
    qint64 lastSeq() const { return m_lastSeq; }
    void setBackoffLimits(int firstMs, int maxMs);
    void setParserLimits(const SseLimits &limits) { m_limits = limits; }
    int keepaliveS() const { return m_keepaliveS; } // the open stream's (or the last one's)
    int nextBackoffMs() const { return m_backoffMs; }

signals:
    void eventReceived(const mente::Event &event);
    void live();
    void unsupported();
    void lost(const QString &why);
    void heartbeat(); // any bytes, a comment line included: the box is answering

private:
    void connectNow();
    void onData();
    void onFinished();
    void retryLater();
    void drop(const QString &why);

    BoxClient *m_client;
    QPointer<QNetworkReply> m_reply;
    SseLimits m_limits;
    SseParser m_parser;
    Timer *m_retry;
    Timer *m_silence; // SilentIntervals keep-alive intervals without a byte: lost
    QByteArray m_errorBody;
    QString m_dropped; // why this side ended the connection, when it did
    qint64 m_lastSeq = 0;
    int m_keepaliveS = DefaultKeepaliveS;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_live = false;
    bool m_unreadable = false; // the last stream broke a bound: the back-off grows until an event arrives
};

} // namespace mente::console
