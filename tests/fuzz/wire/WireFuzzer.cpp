// SPDX-License-Identifier: GPL-3.0-or-later
// Every JSON wire parser and every validator of libmente on arbitrary bytes: they must answer
// with a value or an Error, never crash, hang or read out of bounds.
#include "shared/Box.h"
#include "shared/Customer.h"
#include "shared/Device.h"
#include "shared/Event.h"
#include "shared/Inquiry.h"
#include "shared/JsonReader.h"
#include "shared/Licence.h"
#include "shared/Operator.h"
#include "shared/Protocol.h"
#include "shared/TimeFormat.h"
#include "shared/Validation.h"

#include <cstdint>

using namespace mente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto object = parseJsonObject(bytes);
    if (object) {
        const QJsonObject &o = object.value();
        (void)Customer::fromJson(o);
        (void)Operator::fromJson(o);
        (void)OperatorDraft::fromJson(o, OperatorDraft::Mode::Create);
        (void)OperatorDraft::fromJson(o, OperatorDraft::Mode::Update);
        (void)Device::fromJson(o);
        (void)Port::fromJson(o);
        (void)DevicePatch::fromJson(o);
        (void)PortPatch::fromJson(o);
        (void)BoxStatus::fromJson(o);
        (void)BoxInfo::fromJson(o);
        (void)Event::fromJson(o);
        (void)Licence::fromJson(o);
        (void)licenceKeyFromJson(o);
        (void)Inquiry::fromJson(o);
        (void)InquiryDraft::fromJson(o, InquiryDraft::Mode::Update);
        if (const auto c = Customer::fromJson(o))
            (void)Customer::fromJson(c->toJson()); // what we write we must read back
    }
    const QString text = QString::fromUtf8(bytes);
    using namespace validation;
    (void)checkIPv4(text);
    (void)checkNetmask(text);
    (void)checkHostInSubnet(text, int(size % 40));
    (void)checkGateway(text.section(QLatin1Char(' '), 0, 0), 24, text.section(QLatin1Char(' '), 1, 1));
    (void)checkMac(text);
    (void)checkEmail(text);
    (void)checkPhone(text);
    (void)checkPostalCode(text);
    (void)checkKana(text);
    (void)checkDnsLabel(text);
    (void)checkLoginId(text);
    (void)checkPassword(text, text.left(4));
    (void)checkLicenceKey(text);
    (void)normalizeProtocol(text);
    (void)checkProtocol(text);
    (void)fromIso(text);
    return 0;
}
