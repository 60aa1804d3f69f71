// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Licence.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace mente {
class Clock;
}

namespace mente::box {

class Database;
class DeviceStore;
class MetaStore;
class MonitorScheduler;

// GET /metrics (F15): the box's states in the Prometheus text format, read from the store, so a
// support company can aggregate its fleet in Prometheus.
class MetricsExporter
{
public:
    // What it reads besides the store: the licence, the scheduler's figures, the open streams.
    struct Sources
    {
        std::function<Licence()> licence;
        const MonitorScheduler *monitor = nullptr;
        std::function<int()> openStreams;
        QDateTime startedAt;
    };
    MetricsExporter(const Database &db, const DeviceStore &devices, const MetaStore &meta, const Clock &clock,
                    Sources sources)
        : m_db(db), m_devices(devices), m_meta(meta), m_clock(clock), m_sources(std::move(sources))
    {}
    QByteArray render() const;

private:
    const Database &m_db;
    const DeviceStore &m_devices;
    const MetaStore &m_meta;
    const Clock &m_clock;
    Sources m_sources;
};

} // namespace mente::box
