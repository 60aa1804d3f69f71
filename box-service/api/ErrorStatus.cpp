// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorStatus.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace mente::box {

namespace {
// clang-format off
constexpr ErrorStatus kTable[] = {
    {"validation",               400}, // a field of the input is wrong: the error names it
    {"json",                     400}, // the body is not the JSON object the call takes
    {"bad_request",              400}, // the HTTP layer: ambiguous or malformed framing
    {"wrong_address",            400}, // the setup page: the new address does not fit the network
    {"unauthorized",             401}, // no token, or a wrong or expired one; wrong login
    {"forbidden",                403}, // an operator on an administrator's call, or on someone else's keys
    {"not_found",                404}, // no such route, device, port, mute, report, ...
    {"method_not_allowed",       405}, // the path exists, not with this method
    {"timeout",                  408}, // the HTTP layer: the request came too slowly
    {"conflict",                 409}, // not possible in the current state (nothing to acknowledge, busy)
    {"not_registered",           409}, // a licence before the customer's registration
    {"cancelled",                409}, // the work was cancelled (the box stopping) before it finished
    {"too_large",                413}, // the body is over [api] max_body_bytes
    {"unsupported_media_type",   415},
    {"expectation_failed",       417}, // the HTTP layer: an Expect other than 100-continue
    {"locked",                   423}, // the login ID is locked after repeated failures
    {"password_change_required", 428}, // the default password must be changed first
    {"rate_limited",             429}, // too many tries from the address, too many scans at once
    {"header_too_large",         431}, // the HTTP layer: head over its limits
    {"internal",                 500}, // the box itself failed (its database); see its log
    {"command_failed",           502}, // a program the box runs for it (network, power) failed
    {"not_implemented",          501}, // the HTTP layer: a transfer coding other than chunked
    {"unsupported",              501}, // the configured backend cannot do this
    {"unavailable",              503}, // a limit of the box for now (event streams, no route for a scan)
    {"system",                   503}, // the operating system refused a resource (sockets, files)
    {"http_version",             505}, // the HTTP layer: not HTTP/1.x
};
// clang-format on
} // namespace

std::span<const ErrorStatus> errorStatusTable()
{
    return kTable;
}

int statusFor(const Error &error)
{
    for (const ErrorStatus &e : kTable)
        if (error.code == QLatin1String(e.code))
            return e.status;
    qCWarning(lcApi) << "error code" << error.code << "has no status in the table: answering 500";
    return 500;
}

} // namespace mente::box
