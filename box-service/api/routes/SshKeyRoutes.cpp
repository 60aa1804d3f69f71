// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/SshKeyService.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>

namespace mente::box {

namespace {
const QString kKeys = api::Operators + QStringLiteral("/{id}/ssh-keys");
const QString kKey = kKeys + QStringLiteral("/{keyId}");
} // namespace

// Operator access, not admin: the service lets an operator manage their own keys only.
void registerSshKeyRoutes(Router &router, BoxContext &box)
{
    router.add("GET", kKeys, Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        const auto keys = box.sshKeys->list(*request.actor, *id);
        if (!keys)
            return ApiReply::error(keys.error());
        QJsonArray list;
        for (const SshKey &key : keys.value())
            list.append(key.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", kKeys, Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (const Status allowed = box.sshKeys->mayManage(*request.actor, *id); !allowed)
            return ApiReply::error(allowed.error());
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto upload = SshKeyUpload::fromJson(body.value());
        if (!upload)
            return ApiReply::error(upload.error());
        return ApiReply::from(box.sshKeys->add(*request.actor, *id, upload->key), 201);
    });

    router.add("DELETE", kKey, Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto keyId = request.id(1);
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (!keyId)
            return ApiReply::notFound(QStringLiteral("SSH key"));
        if (const Status s = box.sshKeys->remove(*request.actor, *id, *keyId); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });
}

} // namespace mente::box
