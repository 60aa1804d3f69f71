// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/DevicesClient.h"

namespace mente::console {

void DevicesClient::list(QObject *context, Then<QList<Device>> done) const
{
    send<QList<Device>>(to(api::RouteId::DeviceList), {}, context, &ApiScope::list<Device>, std::move(done));
}

void DevicesClient::device(qint64 id, QObject *context, Then<Device> done) const
{
    send<Device>(to(api::RouteId::DeviceShow, id), {}, context, &ApiScope::one<Device>, std::move(done));
}

void DevicesClient::add(const QString &ip, QObject *context, Then<Device> done) const
{
    send<Device>(to(api::RouteId::DeviceCreate), QJsonObject{{QStringLiteral("ip"), ip.trimmed()}}, context,
                 &ApiScope::one<Device>, std::move(done));
}

void DevicesClient::change(qint64 id, const DevicePatch &patch, QObject *context, Then<Device> done) const
{
    send<Device>(to(api::RouteId::DeviceUpdate, id), patch.toJson(), context, &ApiScope::one<Device>, std::move(done));
}

void DevicesClient::setMonitor(qint64 id, bool monitor, QObject *context, Then<Device> done) const
{
    DevicePatch patch;
    patch.monitor = monitor;
    change(id, patch, context, std::move(done));
}

void DevicesClient::clearNew(const QList<qint64> &ids, QObject *context, Then<Done> done) const
{
    QJsonObject body;
    if (!ids.isEmpty()) {
        QJsonArray array;
        for (const qint64 id : ids)
            array.append(id);
        body.insert(QStringLiteral("ids"), array);
    }
    send<Done>(to(api::RouteId::DevicesClearNew), body, context, &ApiScope::nothing, std::move(done));
}

} // namespace mente::console
