// SPDX-License-Identifier: GPL-3.0-or-later
// The API's request bodies as the box reads them: the first byte picks the route's body type, the
// rest is the body. It goes through parseJsonObject (what every route calls) and the type's
// fromJson (or the JsonReader fields a route reads itself). A refusal must be an Error with a code
// and a message; an accepted body written back with toJson must read again as the same value.
#include "shared/BoxMute.h"
#include "shared/Customer.h"
#include "shared/Device.h"
#include "shared/DeviceBodies.h"
#include "shared/IdList.h"
#include "shared/Inquiry.h"
#include "shared/JsonReader.h"
#include "shared/Licence.h"
#include "shared/Mute.h"
#include "shared/Operator.h"
#include "shared/Protocol.h"
#include "shared/Report.h"
#include "shared/ScanRecord.h"
#include "shared/SessionBodies.h"
#include "shared/SshKey.h"
#include "support/FuzzCheck.h"

#include <QDateTime>

#include <cstdint>

using namespace mente;
using mente::test::require;

namespace {
void refusal(const Error &e)
{
    require(!e.code.isEmpty() && !e.message.isEmpty());
}

// Accepted: toJson reads back as the same body. Refused: a named error.
template<typename Parse> void body(const QJsonObject &json, Parse parse)
{
    const auto parsed = parse(json);
    if (!parsed) {
        refusal(parsed.error());
        return;
    }
    const QJsonObject written = parsed->toJson();
    const auto again = parse(written);
    require(again.ok());
    require(again->toJson() == written);
}

template<typename R> void result(const R &parsed)
{
    if (!parsed)
        refusal(parsed.error());
}

// The routes that read their few fields with a JsonReader of their own (SessionRoutes, DeviceRoutes).
void routeFields(const QJsonObject &json)
{
    JsonReader login(json);
    (void)login.string(QStringLiteral("login"), JsonReader::Required, 64);
    (void)login.string(QStringLiteral("password"), JsonReader::Required, 256);
    if (!login.ok())
        refusal(login.error());
    JsonReader device(json);
    const QString ip = device.string(QStringLiteral("ip"), JsonReader::Required, 15);
    require(ip.size() <= 15 || !device.ok());
    JsonReader port(json);
    const qint64 number = port.integer(QStringLiteral("port"), JsonReader::Required, 1, 65535);
    (void)normalizeProtocol(port.string(QStringLiteral("protocol"), JsonReader::Optional, 32));
    require(!port.ok() || (number >= 1 && number <= 65535));
    JsonReader any(json);
    (void)any.time(QStringLiteral("until"), JsonReader::Optional);
    (void)any.optionalBoolean(QStringLiteral("monitor"));
    (void)any.optionalInteger(QStringLiteral("minutes"), 1, 10080);
    (void)any.object(QStringLiteral("detail"), JsonReader::Optional);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto parsed = parseJsonObject(bytes);
    if (!parsed) {
        refusal(parsed.error());
        return 0;
    }
    const QJsonObject &json = parsed.value();
    static const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    switch (data[0] % 20) {
    case 0: body(json, [](const QJsonObject &o) { return Customer::fromJson(o); }); break;
    case 1: result(licenceKeyFromJson(json)); break;
    case 2:
        body(json, [](const QJsonObject &o) { return OperatorDraft::fromJson(o, OperatorDraft::Mode::Create); });
        break;
    case 3:
        body(json, [](const QJsonObject &o) { return OperatorDraft::fromJson(o, OperatorDraft::Mode::Update); });
        break;
    case 4: {
        const auto ids = idsFromJson(json, QStringLiteral("device ids"));
        result(ids);
        if (ids)
            require(ids->size() <= 1000);
        break;
    }
    case 5: body(json, [](const QJsonObject &o) { return DevicePatch::fromJson(o); }); break;
    case 6: body(json, [](const QJsonObject &o) { return PortPatch::fromJson(o); }); break;
    case 7: body(json, [](const QJsonObject &o) { return DeviceCreate::fromJson(o); }); break;
    case 8: body(json, [](const QJsonObject &o) { return PortCreate::fromJson(o); }); break;
    case 9:
        body(json, [](const QJsonObject &o) { return InquiryDraft::fromJson(o, InquiryDraft::Mode::Create); });
        break;
    case 10:
        body(json, [](const QJsonObject &o) { return InquiryDraft::fromJson(o, InquiryDraft::Mode::Update); });
        break;
    case 11: result(MuteRequest::fromJson(json, now)); break;
    case 12: result(BoxMuteRequest::fromJson(json, now)); break;
    case 13: result(reportMonthFromJson(json)); break;
    case 14: body(json, [](const QJsonObject &o) { return SshKeyUpload::fromJson(o); }); break;
    case 15: body(json, [](const QJsonObject &o) { return LoginRequest::fromJson(o); }); break;
    case 16: body(json, [](const QJsonObject &o) { return PasswordChange::fromJson(o); }); break;
    case 17: body(json, [](const QJsonObject &o) { return ScanRequest::fromJson(o); }); break;
    case 18: {
        const QString line = json.value(QStringLiteral("key")).toString();
        const auto key = SshPublicKey::parse(line);
        result(key);
        break;
    }
    default: routeFields(json); break;
    }
    return 0;
}
