// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/SshKeyService.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>

namespace mente::box {

// Operator access, not admin: the service lets an operator manage their own keys only.
void registerSshKeyRoutes(Router &router, SshKeyService &sshKeys)
{
    router.add(RouteId::SshKeyList, [&sshKeys](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        const auto keys = sshKeys.list(*request.actor, *id);
        if (!keys)
            return ApiReply::error(keys.error());
        QJsonArray list;
        for (const SshKey &key : keys.value())
            list.append(key.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::SshKeyAdd, [&sshKeys](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (const Status allowed = sshKeys.mayManage(*request.actor, *id); !allowed)
            return ApiReply::error(allowed.error());
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto upload = SshKeyUpload::fromJson(body.value());
        if (!upload)
            return ApiReply::error(upload.error());
        return ApiReply::from(sshKeys.add(*request.actor, *id, upload->key), 201);
    });

    router.add(RouteId::SshKeyDelete, [&sshKeys](const ApiRequest &request) {
        const auto id = request.id();
        const auto keyId = request.id(1);
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (!keyId)
            return ApiReply::notFound(QStringLiteral("SSH key"));
        if (const Status s = sshKeys.remove(*request.actor, *id, *keyId); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });
}

} // namespace mente::box
