// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/EventDetails.h"

#include <optional>

namespace mente::console {

// The detail of an event of `kind`, read as the contract's type (shared/EventDetails.h): nothing
// when the event is of another kind, an error naming the field ("detail.percent") when its
// detail does not read.
template<typename Detail> std::optional<Result<Detail>> detailOf(const Event &event, QLatin1String kind)
{
    if (event.kind != kind)
        return std::nullopt;
    Result<EventDetail> parsed = parseEventDetail(event);
    if (!parsed)
        return Result<Detail>(parsed.error());
    if (const auto *detail = std::get_if<Detail>(&parsed.value()))
        return Result<Detail>(*detail);
    return Result<Detail>(Error::validation(QStringLiteral("detail"), QStringLiteral("is not of the expected type")));
}

// Where a scan is, as its "scan" event's `to` says: the box appends one when the scan starts, one
// per tenth of its ports done (running), and one when it ends.
enum class ScanState { Running, Done, Failed };
// An error naming "to" when it is no scan state.
Result<ScanState> scanStateOf(const Event &event);

} // namespace mente::console
