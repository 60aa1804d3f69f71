// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"
#include "store/LinkTimings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mente::console {

class BoxClient;
class ConsoleStore;
class EventStream;
class Fleet;
class Timer;
class Timers;

// Keeps the fleet's picture of one box current: fetches /status, follows the event stream
// (or polls /events when the box has none), and writes what it learns into the Fleet and the
// local cache. Owns the box's client. While the stream is lost (and until it is back) it polls
// /events as well, so nothing waits for the reconnect. Its stream and poll timers come from
// `timers` (Qt's unless a test hands in fake ones).
class BoxLink : public QObject
{
    Q_OBJECT
public:
    BoxLink(BoxClient *client, Fleet *fleet, ConsoleStore *store, const LinkTimings &timings, QObject *parent = nullptr,
            Timers *timers = nullptr);
    ~BoxLink() override;

    BoxClient *client() const { return m_client; }
    qint64 boxId() const;
    void start();
    void stop();
    void refreshStatus();
    bool streaming() const;
    bool polling() const; // asking /events on a timer (no stream, or the stream is lost)

signals:
    void eventReceived(const mente::Event &event); // for open detail views
    void passwordChangeRequired();

private:
    void onEvent(const Event &event);
    void pollEvents();
    void startFollowing();
    bool statusIsNews() const; // whether the periodic status poll would tell anything new

    static constexpr int kStatusAnywayMs = 10 * 60 * 1000; // the status is fetched at least this often

    BoxClient *m_client;
    Fleet *m_fleet;
    ConsoleStore *m_store;
    LinkTimings m_timings;
    EventStream *m_stream;
    QTimer m_statusTimer;
    Timer *m_pollTimer;
    QTimer m_refreshSoon; // coalesces status refreshes after a burst of events
    QTimer m_saveSeq;
    QElapsedTimer m_heard;     // since the stream last said anything (keep-alives included)
    QElapsedTimer m_statusAge; // since the last status read
    qint64 m_lastSeq = 0;
    bool m_eventsMissing = false;
    bool m_polling = false;
};

} // namespace mente::console
