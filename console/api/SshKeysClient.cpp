// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SshKeysClient.h"

namespace mente::console {

void SshKeysClient::list(qint64 operatorId, QObject *context, Then<QList<SshKey>> done) const
{
    send<QList<SshKey>>(to(api::RouteId::SshKeyList, operatorId), {}, context, &ApiScope::list<SshKey>,
                        std::move(done));
}

void SshKeysClient::upload(qint64 operatorId, const QString &line, QObject *context, Then<SshKey> done) const
{
    send<SshKey>(to(api::RouteId::SshKeyAdd, operatorId), QJsonObject{{QStringLiteral("key"), line}}, context,
                 &ApiScope::one<SshKey>, std::move(done));
}

} // namespace mente::console
