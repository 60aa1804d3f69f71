// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"

namespace mente::box {

// Who asks for a change and from where: for role checks and the audit log.
struct Actor
{
    Operator op;
    QString address;
    QString tokenHash; // the session it came through; empty for the setup page
};

} // namespace mente::box
