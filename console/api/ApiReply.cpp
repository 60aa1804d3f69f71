// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mente::console {

QJsonObject ApiReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}
QJsonArray ApiReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

Error ApiReply::error() const
{
    if (!refusedFingerprint.isEmpty())
        return {
            QStringLiteral("certificate"),
            QCoreApplication::translate("mente::console::ApiReply",
                                        "The box presented a different certificate (%1). The connection was refused.")
                .arg(refusedFingerprint),
            {}};
    if (status == 0)
        return {QStringLiteral("network"), networkError, {}};
    if (tooLargeLimit > 0)
        return {QStringLiteral("too_large"),
                QCoreApplication::translate("mente::console::ApiReply",
                                            "The box's answer was larger than %1 MB; the console did not read it.")
                    .arg(tooLargeLimit / (1024 * 1024)),
                {}};
    const QJsonObject e = object().value(QStringLiteral("error")).toObject();
    Error error{e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString(),
                e.value(QStringLiteral("field")).toString()};
    if (error.code.isEmpty())
        error.code = QStringLiteral("http_%1").arg(status);
    if (error.message.isEmpty())
        error.message =
            QCoreApplication::translate("mente::console::ApiReply", "The box answered HTTP %1.").arg(status);
    return error;
}

} // namespace mente::console
