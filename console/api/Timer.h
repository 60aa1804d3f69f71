// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace mente::console {

// A timer as the links use one (the event stream's back-off and silence watch, the poll), behind
// a seam so that a test can run it on a fake clock (Timers) instead of waiting for real seconds.
// The same shape as the QTimer calls it replaces.
class Timer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void setSingleShot(bool singleShot) = 0;
    virtual void setInterval(int ms) = 0;
    virtual int interval() const = 0;
    virtual void start() = 0;
    void start(int ms)
    {
        setInterval(ms);
        start();
    }
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

// Makes timers: Qt's for the program, a fake clock's in tests.
class Timers
{
public:
    virtual ~Timers() = default;
    virtual Timer *make(QObject *parent) = 0;

    static Timers &system(); // QTimer underneath
};

} // namespace mente::console
