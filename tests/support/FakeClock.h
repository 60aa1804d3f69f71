// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace mente::test {

// A clock that stands still until the test moves it (box and console tests alike).
class FakeClock final : public Clock
{
public:
    FakeClock() = default;
    explicit FakeClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
};

} // namespace mente::test
