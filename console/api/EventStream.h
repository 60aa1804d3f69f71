// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/SseParser.h"
#include "shared/Event.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace mente::console {

class BoxClient;

// Follows a box's GET /events/stream (Server-Sent Events) and resumes after the last event seen
// (Last-Event-ID) when the connection drops, with a growing delay. When the box has no stream
// (404) it says so once and stops: the caller polls instead.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(BoxClient *client, QObject *parent = nullptr);
    ~EventStream() override;

    void start(qint64 afterSeq);
    void stop();
    bool isLive() const { return m_live; }
    qint64 lastSeq() const { return m_lastSeq; }
    void setBackoffLimits(int firstMs, int maxMs);

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

    BoxClient *m_client;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_retry;
    qint64 m_lastSeq = 0;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_live = false;
};

} // namespace mente::console
