// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace mente::box {

struct BoxContext;

// GET /metrics (F15): the box's states in the Prometheus text format, read from the store, so a
// support company can aggregate its fleet in Prometheus.
class MetricsExporter
{
public:
    explicit MetricsExporter(const BoxContext &box) : m_box(box) {}
    QByteArray render() const;

private:
    const BoxContext &m_box;
};

} // namespace mente::box
