// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/DeviceBodies.h"

#include "shared/JsonReader.h"
#include "shared/Protocol.h"
#include "shared/Validation.h"

#include <QJsonArray>

#include <limits>

namespace mente {

QJsonObject DeviceCreate::toJson() const
{
    return {{QStringLiteral("ip"), ip}};
}

Result<DeviceCreate> DeviceCreate::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DeviceCreate d;
    d.ip = r.string(QStringLiteral("ip"), JsonReader::Required, 15);
    if (!r.ok())
        return r.error();
    if (const QString m = validation::checkIPv4(d.ip); !m.isEmpty())
        return Error::validation(QStringLiteral("ip"), m);
    return d;
}

QJsonObject PortCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("port"), port}};
    if (!protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), protocol);
    return o;
}

Result<PortCreate> PortCreate::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PortCreate p;
    p.port = int(r.integer(QStringLiteral("port"), JsonReader::Required, 1, 65535));
    p.protocol = normalizeProtocol(r.string(QStringLiteral("protocol"), JsonReader::Optional, 32));
    if (!r.ok())
        return r.error();
    if (const QString m = checkProtocol(p.protocol); !m.isEmpty())
        return Error::validation(QStringLiteral("protocol"), m);
    return p;
}

QJsonObject ClearNewResult::toJson() const
{
    return {{QStringLiteral("cleared"), cleared}};
}

Result<ClearNewResult> ClearNewResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ClearNewResult c;
    c.cleared = int(r.integer(QStringLiteral("cleared"), JsonReader::Required, 0, std::numeric_limits<int>::max()));
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject RemovedIds::toJson() const
{
    QJsonArray ids;
    for (const qint64 id : removed)
        ids.append(id);
    return {{QStringLiteral("removed"), ids}};
}

Result<RemovedIds> RemovedIds::fromJson(const QJsonObject &json)
{
    const QJsonValue v = json.value(QStringLiteral("removed"));
    if (!v.isArray())
        return Error::validation(QStringLiteral("removed"), QStringLiteral("removed must be an array of ids."));
    RemovedIds r;
    const QJsonArray ids = v.toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const double id = ids.at(i).toDouble(-1);
        // The range before the cast: a double beyond qint64 cast to it is undefined behaviour.
        if (!ids.at(i).isDouble() || !(id >= 1 && id <= 9007199254740992.0) || id != double(qint64(id)))
            return Error::validation(QStringLiteral("removed[%1]").arg(i),
                                     QStringLiteral("removed[%1] must be a positive whole number.").arg(i));
        r.removed.append(qint64(id));
    }
    return r;
}

} // namespace mente
