// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Operator.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"
#include "shared/Validation.h"

namespace mente {

QJsonObject Operator::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("group"), group},
        {QStringLiteral("admin"), admin},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("receivesFaultMail"), receivesFaultMail},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("login"), login},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("language"), language},
        {QStringLiteral("mustChangePassword"), mustChangePassword},
        {QStringLiteral("createdAt"), toIsoOrNull(createdAt)},
        {QStringLiteral("removedAt"), toIsoOrNull(removedAt)},
    };
}

Result<Operator> Operator::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Operator op;
    op.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint32>::max());
    op.group = r.string(QStringLiteral("group"), JsonReader::Optional, 64);
    op.admin = r.boolean(QStringLiteral("admin"), JsonReader::Optional);
    op.name = r.string(QStringLiteral("name"), JsonReader::Optional, 128);
    op.email = r.string(QStringLiteral("email"), JsonReader::Optional, 254);
    op.receivesFaultMail = r.boolean(QStringLiteral("receivesFaultMail"), JsonReader::Optional);
    op.phone = r.string(QStringLiteral("phone"), JsonReader::Optional, 32);
    op.login = r.string(QStringLiteral("login"), JsonReader::Required, 32);
    op.enabled = r.boolean(QStringLiteral("enabled"), JsonReader::Optional, true);
    op.language = r.string(QStringLiteral("language"), JsonReader::Optional, 2);
    op.mustChangePassword = r.boolean(QStringLiteral("mustChangePassword"), JsonReader::Optional);
    op.createdAt = fromIso(r.optionalString(QStringLiteral("createdAt"), 40).value_or(QString()));
    op.removedAt = fromIso(r.optionalString(QStringLiteral("removedAt"), 40).value_or(QString()));
    if (!r.ok())
        return r.error();
    if (op.language.isEmpty())
        op.language = QStringLiteral("ja");
    return op;
}

Result<OperatorDraft> OperatorDraft::fromJson(const QJsonObject &json, Mode mode)
{
    JsonReader r(json);
    const auto presence = mode == Mode::Create ? JsonReader::Required : JsonReader::Optional;
    OperatorDraft d;
    auto text = [&](const QString &key, int maxLength, JsonReader::Presence p) -> std::optional<QString> {
        if (!r.has(key)) {
            if (p == JsonReader::Required)
                r.fail(key, QStringLiteral("%1 is required.").arg(key));
            return std::nullopt;
        }
        QString value = r.string(key, JsonReader::Required, maxLength);
        return r.ok() ? std::optional<QString>(value) : std::nullopt;
    };
    auto flag = [&](const QString &key, JsonReader::Presence p) -> std::optional<bool> {
        const auto value = r.optionalBoolean(key);
        if (r.ok() && !value && p == JsonReader::Required)
            r.fail(key, QStringLiteral("%1 is required.").arg(key));
        return value;
    };
    d.group = text(QStringLiteral("group"), 64, JsonReader::Optional);
    d.admin = flag(QStringLiteral("admin"), presence);
    d.name = text(QStringLiteral("name"), 128, presence);
    d.email = text(QStringLiteral("email"), 254, presence);
    d.receivesFaultMail = flag(QStringLiteral("receivesFaultMail"), JsonReader::Optional);
    d.phone = text(QStringLiteral("phone"), 32, presence);
    d.login = text(QStringLiteral("login"), 64, presence);
    d.password = text(QStringLiteral("password"), 256, presence);
    d.enabled = flag(QStringLiteral("enabled"), JsonReader::Optional);
    d.language = text(QStringLiteral("language"), 8, JsonReader::Optional);
    if (!r.ok())
        return r.error();

    auto check = [&](const std::optional<QString> &value, const QString &field, const QString &message) {
        if (value && !message.isEmpty())
            r.fail(field, message);
    };
    if (d.email)
        check(d.email, QStringLiteral("email"), validation::checkEmail(*d.email));
    if (d.phone) {
        d.phone = validation::halfWidthNumber(*d.phone);
        check(d.phone, QStringLiteral("phone"), validation::checkPhone(*d.phone));
    }
    if (d.login)
        check(d.login, QStringLiteral("login"), validation::checkLoginId(*d.login));
    if (d.password)
        check(d.password, QStringLiteral("password"),
              validation::checkPassword(*d.password, d.login.value_or(QString())));
    if (d.language)
        check(d.language, QStringLiteral("language"), validation::checkLanguage(*d.language));
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject OperatorDraft::toJson() const
{
    QJsonObject json;
    auto put = [&json](const QString &key, const auto &value) {
        if (value)
            json.insert(key, *value);
    };
    put(QStringLiteral("group"), group);
    put(QStringLiteral("admin"), admin);
    put(QStringLiteral("name"), name);
    put(QStringLiteral("email"), email);
    put(QStringLiteral("receivesFaultMail"), receivesFaultMail);
    put(QStringLiteral("phone"), phone);
    put(QStringLiteral("login"), login);
    put(QStringLiteral("password"), password);
    put(QStringLiteral("enabled"), enabled);
    put(QStringLiteral("language"), language);
    return json;
}

void OperatorDraft::applyTo(Operator &op) const
{
    if (group)
        op.group = *group;
    if (admin)
        op.admin = *admin;
    if (name)
        op.name = *name;
    if (email)
        op.email = *email;
    if (receivesFaultMail)
        op.receivesFaultMail = *receivesFaultMail;
    if (phone)
        op.phone = *phone;
    if (login)
        op.login = *login;
    if (enabled)
        op.enabled = *enabled;
    if (language)
        op.language = *language;
}

} // namespace mente
