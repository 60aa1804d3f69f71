// SPDX-License-Identifier: GPL-3.0-or-later
// The console's readers of the box's answers: the first byte picks the call (and its HTTP status
// class), the rest is the body as the box sent it. It is decoded as the typed clients decode it
// (ApiScope's one/list, the clients' own readers, the error body of a refusal): a value or an Error
// with a code and a message, never a crash.
#include "api/ApiReply.h"
#include "api/ApiScope.h"
#include "shared/Acknowledgement.h"
#include "shared/Box.h"
#include "shared/Customer.h"
#include "shared/Device.h"
#include "shared/DeviceBodies.h"
#include "shared/DiscoveryRun.h"
#include "shared/Event.h"
#include "shared/Inquiry.h"
#include "shared/JsonReader.h"
#include "shared/Licence.h"
#include "shared/Operator.h"
#include "shared/OutboxMail.h"
#include "shared/Report.h"
#include "shared/ScanRecord.h"
#include "shared/SessionBodies.h"
#include "shared/SshKey.h"
#include "support/FuzzCheck.h"

#include <cstdint>

using namespace mente;
using namespace mente::console;
using mente::test::require;

namespace {
// The typed clients' decoders, opened up for the fuzzer (nothing is sent).
struct Decoders : ApiScope
{
    using ApiScope::list;
    using ApiScope::one;
};

template<typename T> void check(const Result<T> &decoded)
{
    if (!decoded)
        require(!decoded.error().code.isEmpty() && !decoded.error().message.isEmpty());
}

template<typename T> void oneAndList(const ApiReply &reply)
{
    check(Decoders::one<T>(reply));
    check(Decoders::list<T>(reply));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ApiReply reply;
    reply.status = (data[0] & 0x80) ? 400 + (data[0] & 0x1f) : 200;
    reply.body = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (!reply.ok()) {
        const Error e = reply.error(); // {"error":{code,message,field}} or a made-up one
        require(!e.code.isEmpty() && !e.message.isEmpty());
        return 0;
    }
    switch (data[0] % 24) {
    case 0: oneAndList<Acknowledgement>(reply); break;
    case 1: oneAndList<BoxAcknowledgement>(reply); break;
    case 2: oneAndList<BoxInfo>(reply); break;
    case 3: oneAndList<BoxStatus>(reply); break;
    case 4: oneAndList<Device>(reply); break;
    case 5: oneAndList<Port>(reply); break;
    case 6: oneAndList<Inquiry>(reply); break;
    case 7: oneAndList<MonthlyReport>(reply); break;
    case 8: oneAndList<ReportSummary>(reply); break;
    case 9: oneAndList<Operator>(reply); break;
    case 10: oneAndList<SshKey>(reply); break;
    case 11: oneAndList<DiscoveryRun>(reply); break;
    case 12: oneAndList<Event>(reply); break;
    case 13: check(Customer::fromAnswer(reply.object())); break;
    case 14: oneAndList<Licence>(reply); break;
    case 15: oneAndList<ScanRecord>(reply); break;
    case 16: oneAndList<ScanStarted>(reply); break;
    case 17: oneAndList<SessionInfo>(reply); break;
    case 18: oneAndList<HealthInfo>(reply); break;
    case 19: oneAndList<VpnCredentials>(reply); break;
    case 20: oneAndList<OutboxMail>(reply); break;
    case 21: oneAndList<ClearNewResult>(reply); break;
    case 22: oneAndList<RemovedIds>(reply); break;
    default: {
        check(DiscoveryRun::fromJson(reply.object()));
        JsonReader in(reply.object()); // ScansClient::start's reader of {"scanId": n}
        const qint64 id = in.integer(QStringLiteral("scanId"), JsonReader::Required, 1, Q_INT64_C(1) << 53);
        require(!in.ok() || (id >= 1 && id <= (Q_INT64_C(1) << 53)));
        break;
    }
    }
    return 0;
}
