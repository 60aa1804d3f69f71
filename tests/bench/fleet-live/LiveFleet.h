// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace mente::bench {

class LiveBox;

// Many LiveBoxes on loopback, each with its own port and certificate, spread over a few threads,
// driven by text commands
// (one per line, answered with one line):
//   event I            -> "injected I SEQ"     a port event on box I, sent to its streams
//   drop FIRST COUNT   -> "dropped COUNT"      those boxes go down; attempts are counted from now
//   restore FIRST COUNT-> "restored COUNT"     they answer again
//   streams            -> "streams N"          open event streams over the whole fleet
//   attempts           -> "attempts R MS ..."  when (ms after the last drop) a dropped-range box
//                                              was connected to; R: when it was restored (or -1)
//   quit               -> "bye"
class LiveFleet : public QObject
{
    Q_OBJECT
public:
    explicit LiveFleet(QObject *parent = nullptr);
    ~LiveFleet() override;

    // Makes the boxes (certificates under certDir) and starts listening; false with a reason.
    bool start(int boxes, int threads, const QString &certDir, const QString &password, int keepaliveS, int devices,
               QString *error);
    const QList<LiveBox *> &boxes() const { return m_boxes; }
    QString command(const QString &line); // the answer line; "" for an unknown command

signals:
    void quitRequested();

private:
    static void onBox(LiveBox *box, const std::function<void()> &work); // in the box's thread, waited for

    QList<QThread *> m_threads;
    QList<QObject *> m_contexts; // one per thread, living in it
    QList<LiveBox *> m_boxes;    // box i lives in thread i % threads
    QMutex m_attemptsLock;       // the boxes count attempts in their threads
    QElapsedTimer m_sinceDrop;
    int m_watchFirst = -1;
    int m_watchCount = 0;
    qint64 m_restoredMs = -1;
    QList<qint64> m_attempts;
};

} // namespace mente::bench
