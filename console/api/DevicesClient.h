// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Device.h"

namespace mente::console {

// The devices scope of a box's API (F6): the device list with its ports, one device, adding one
// by hand, changing one, and clearing the "new" marks discovery set.
class DevicesClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void list(QObject *context, Then<QList<Device>> done) const;
    void device(qint64 id, QObject *context, Then<Device> done) const;
    void add(const QString &ip, QObject *context, Then<Device> done) const;
    void change(qint64 id, const DevicePatch &patch, QObject *context, Then<Device> done) const;
    void setMonitor(qint64 id, bool monitor, QObject *context, Then<Device> done) const;
    // Every "new" mark when ids is empty, else those devices'.
    void clearNew(const QList<qint64> &ids, QObject *context, Then<Done> done) const;
};

} // namespace mente::console
