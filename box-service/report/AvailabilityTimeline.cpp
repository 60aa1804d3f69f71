// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AvailabilityTimeline.h"

#include "shared/Report.h"

#include <algorithm>

namespace mente::box {

namespace {
bool inside(const QList<TimeSpan> &spans, qint64 at)
{
    return std::any_of(spans.cbegin(), spans.cend(), [at](const TimeSpan &s) {
        return s.from.toMSecsSinceEpoch() <= at && at < s.to.toMSecsSinceEpoch();
    });
}

void addEdges(QList<qint64> &edges, const QList<TimeSpan> &spans)
{
    for (const TimeSpan &s : spans)
        edges << s.from.toMSecsSinceEpoch() << s.to.toMSecsSinceEpoch();
}
} // namespace

double Availability::share(qint64 part) const
{
    return countedMs > 0 ? roundShare(double(part) / double(countedMs)) : 0.0;
}

Availability AvailabilityTimeline::compute(const AvailabilityInput &in)
{
    Availability out;
    const qint64 start = in.start.toMSecsSinceEpoch();
    const qint64 end = in.end.toMSecsSinceEpoch();
    if (end <= start)
        return out;
    // Every moment something may change; between two of them everything stays the same.
    QList<qint64> edges{start, end};
    for (const StateChange &c : in.changes)
        edges << c.at.toMSecsSinceEpoch();
    addEdges(edges, in.counted);
    addEdges(edges, in.muted);
    addEdges(edges, in.boxDown);
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    HealthState state = in.initial;
    qsizetype next = 0;
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const qint64 from = edges.at(i);
        const qint64 to = edges.at(i + 1);
        if (from < start || to > end)
            continue;
        while (next < in.changes.size() && in.changes.at(next).at.toMSecsSinceEpoch() <= from) {
            if (in.changes.at(next).at.toMSecsSinceEpoch() >= start)
                state = in.changes.at(next).to;
            ++next;
        }
        if (!inside(in.counted, from))
            continue;
        const qint64 length = to - from;
        out.countedMs += length;
        if (inside(in.boxDown, from))
            out.unknownMs += length;
        else if (inside(in.muted, from))
            out.mutedMs += length;
        else if (state == HealthState::Ok)
            out.okMs += length;
        else if (state == HealthState::Fault)
            out.faultMs += length;
        else
            out.unknownMs += length;
    }
    return out;
}

} // namespace mente::box
