// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QString>

namespace mente {

// One message table for errors a person reads, shared by the box's setup page and the console:
// chosen by the error's code and field (the wire name, "ids[3]" counts as "ids"), never by its
// English sentence, which the box's checks may reword. The table's sentences are English source
// texts translated through the Qt catalogue (context "mente::ErrorMessages"), and say the whole
// rule of the field, so one sentence serves "required", "too long" and "malformed" alike.
class ErrorMessages
{
public:
    // The table's sentence in the installed language; empty when the table has none.
    static QString lookup(const QString &code, const QString &field);
    // What to show: the box's sentence word for word when the catalogue translates it (context
    // "SetupPage", the setup page's sentences), else the table's sentence when the installed
    // language translates it (Japanese), else the error's own English message.
    static QString text(const Error &error);
};

} // namespace mente
