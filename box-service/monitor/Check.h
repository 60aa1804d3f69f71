// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/CheckTypes.h"

#include <QElapsedTimer>
#include <QObject>

namespace mente::box {

// One run of one check. Emits finished() exactly once (at the latest after the target's
// timeout plus a margin), then the scheduler deletes it.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(CheckTarget target, QObject *parent = nullptr) : QObject(parent), m_target(std::move(target)) {}

    virtual void start() = 0;
    const CheckTarget &target() const { return m_target; }

Q_SIGNALS:
    void finished(const mente::box::CheckResult &result);

protected:
    // Emits once; later calls are ignored.
    void finish(CheckResult result)
    {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished(result);
    }
    bool done() const { return m_done; }

    CheckTarget m_target;

private:
    bool m_done = false;
};

} // namespace mente::box
