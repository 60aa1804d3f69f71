// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mente::box {

// What the monitor watches: a device (alive check) or a port (a check that speaks its protocol).
enum class TargetKind { Device, Port };
QString toWire(TargetKind kind);

struct TargetKey
{
    TargetKind kind = TargetKind::Device;
    qint64 id = 0;
    friend bool operator==(const TargetKey &a, const TargetKey &b) { return a.kind == b.kind && a.id == b.id; }
};
inline size_t qHash(const TargetKey &key, size_t seed = 0)
{
    return ::qHash(key.id * 2 + (key.kind == TargetKind::Port ? 1 : 0), seed);
}

// How often and how patiently one target is checked: the [monitor] defaults or its overrides.
struct CheckSettings
{
    int intervalS = 60;
    int timeoutMs = 2000;
    int retries = 3;
    int recoveries = 1;
};

// What one check needs to know of its target.
struct CheckTarget
{
    TargetKey key;
    QString ip;
    int port = 0;          // ports only
    QString protocol;      // ports only: "SSH", "HTTP", ... or "" for a plain TCP connect
    QList<int> knownPorts; // devices only: open ports to try when ICMP is filtered
    int timeoutMs = 2000;
};

// The outcome of one check.
struct CheckResult
{
    bool up = false;
    QString cause;  // why it is down: "timeout", "refused", "bad banner", "tls failed", "http 503", ...
    QString method; // how it was checked: "icmp", "icmp-raw", "tcp:22", "ssh", "http", ...
    int latencyMs = -1;
};

} // namespace mente::box

Q_DECLARE_METATYPE(mente::box::CheckResult)
