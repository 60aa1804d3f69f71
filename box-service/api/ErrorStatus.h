// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <span>

namespace mente::box {

// One error code the box can give a caller, and the HTTP status it answers with.
struct ErrorStatus
{
    const char *code;
    int status;
};

// The one table of error codes and statuses: the API maps every Error through it (statusFor),
// docs/openapi.yaml lists the same. A unit test fails when the box's sources make an error whose
// code is not here, so no failure reaches a caller as an unplanned 500.
std::span<const ErrorStatus> errorStatusTable();

// The status for the error's code; a code missing from the table is a bug of the box: 500.
int statusFor(const Error &error);

} // namespace mente::box
