// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Timer.h"

#include <QTimer>

namespace mente::console {

namespace {
class QtTimer final : public Timer
{
public:
    explicit QtTimer(QObject *parent) : Timer(parent) { connect(&m_timer, &QTimer::timeout, this, &Timer::timeout); }

    void setSingleShot(bool singleShot) override { m_timer.setSingleShot(singleShot); }
    void setInterval(int ms) override { m_timer.setInterval(ms); }
    int interval() const override { return m_timer.interval(); }
    void start() override { m_timer.start(); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class QtTimers final : public Timers
{
public:
    Timer *make(QObject *parent) override { return new QtTimer(parent); }
};
} // namespace

Timers &Timers::system()
{
    static QtTimers timers;
    return timers;
}

} // namespace mente::console
